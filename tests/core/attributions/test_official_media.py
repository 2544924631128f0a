"""A side's state media named "official" with the side's adjective after it ("The official Syrian news agency also
reported", "the official Turkmen media reports": the third attribution probe, eval/attr_probe3.yaml;
side_names.OFFICIAL_CARRIERS) or as "official media" after it ("Turkmen official media"): the side's account."""

from readout_viewer.core.model import OFFICIAL
from tests.builders import news_attributions, reading

WISHED = "the two leaders exchanged greetings on the holiday and agreed to expand gas supplies"


def _turkmenistan_and_turkey() -> list:
    tm = reading("tm", "Turkmen President Serdar Berdimuhamedov held a telephone conversation with Turkish President "
                 f"Recep Tayyip Erdogan. {WISHED[0].upper()}{WISHED[1:]}.", OFFICIAL,
                 "State News Agency of Turkmenistan (TDH)", "TM")
    tr = reading("tr", "Turkish President Recep Tayyip Erdogan spoke with Turkmen President Serdar Berdimuhamedov. "
                 "The two sides discussed trade.", OFFICIAL, "Presidency of the Republic of Türkiye", "TR")
    return [tm, tr]


def test_the_official_adjective_media_cite_the_side():
    found = news_attributions(_turkmenistan_and_turkey(), f"Snow fell. {WISHED[0].upper()}{WISHED[1:]}, the "
                              "official Turkmen media reports.")
    assert [a.cited for a in found] == ["tm"]


def test_the_official_adjective_news_agency_cites_the_side():
    found = news_attributions(_turkmenistan_and_turkey(), "Snow fell. The official Turkmen news agency also "
                              f"reported that {WISHED}.")
    assert [a.cited for a in found] == ["tm"]


def test_official_media_after_the_adjective_cite_the_side():
    found = news_attributions(_turkmenistan_and_turkey(), f"Snow fell. {WISHED[0].upper()}{WISHED[1:]}, Turkmen "
                              "official media said.")
    assert [a.cited for a in found] == ["tm"]
