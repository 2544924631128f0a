"""An agency's "learnt from" naming its source ("..., Kazinform has learnt from the Akorda press service", the byline of
Central Asian agencies; the third attribution probe, eval/attr_probe3.yaml): an "according to" of its own
(cue_words.ACCORDING_OR_CITING)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

AGREED = "the two presidents agreed to expand cooperation in trade, energy and transport"


def _kazakhstan_and_uzbekistan() -> list:
    kz = reading("kz", "Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Uzbek President "
                 f"Shavkat Mirziyoyev. {AGREED[0].upper()}{AGREED[1:]}.", OFFICIAL,
                 "Akorda, Press Service of the President of Kazakhstan", "KZ")
    uz = reading("uz", "Uzbek President Shavkat Mirziyoyev spoke with Kazakh President Kassym-Jomart Tokayev. The "
                 "two sides discussed water.", OFFICIAL, "Press Service of the President of Uzbekistan", "UZ")
    return [kz, uz]


def test_an_agency_that_learnt_from_a_source_cites_it():
    found = news_attributions(_kazakhstan_and_uzbekistan(), f"Snow fell. {AGREED[0].upper()}{AGREED[1:]}, "
                              "Kazinform has learnt from the Akorda press service.")
    assert [(a.cited, a.verdict) for a in found] == [("kz", SUPPORTED)]


def test_learned_from_in_american_spelling():
    found = news_attributions(_kazakhstan_and_uzbekistan(), f"Snow fell. {AGREED[0].upper()}{AGREED[1:]}, the "
                              "agency learned from the Akorda press service.")
    assert [a.cited for a in found] == ["kz"]


def test_lessons_learnt_from_no_source_cite_nothing():
    found = news_attributions(_kazakhstan_and_uzbekistan(), "Snow fell. The region has learnt from the floods of "
                              "last spring that dams need repair.")
    assert not [a for a in found if a.cited]
