"""A source of the folder put after its words with "reported" ("“...,” reported the Armenian government's press office",
the third attribution probe, eval/attr_probe3.yaml: cue_words.SOURCE_INVERTED_VERBS), as after "said"; not a person's
bare name after it ("“...,” reports Sardzhyan": a journalist's report)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

TOUCHED = "the sides touched upon the situation around Nagorno-Karabakh and security in the South Caucasus region"


def _armenia_and_france() -> list:
    am = reading("am", "Armenian Prime Minister Nikol Pashinyan held a telephone conversation with French President "
                 f"Emmanuel Macron. {TOUCHED[0].upper()}{TOUCHED[1:]}.", OFFICIAL,
                 "Office of the Prime Minister of the Republic of Armenia", "AM")
    fr = reading("fr", "French President Emmanuel Macron spoke with Armenian Prime Minister Nikol Pashinyan. The two "
                 "leaders discussed energy.", OFFICIAL, "Élysée (Présidence de la République française)", "FR")
    return [am, fr]


def test_reported_after_a_quotation_names_the_body():
    found = news_attributions(_armenia_and_france(), f"Snow fell. “{TOUCHED[0].upper()}{TOUCHED[1:]},” reported the "
                              "Armenian government’s press office.")
    assert [(a.cited, a.verdict) for a in found] == [("am", SUPPORTED)]


def test_reports_after_a_clause_names_the_government():
    found = news_attributions(_armenia_and_france(), f"Snow fell. {TOUCHED[0].upper()}{TOUCHED[1:]}, reports the "
                              "Armenian government.")
    assert [a.cited for a in found] == ["am"]


def test_a_journalist_who_reports_is_no_source():
    found = news_attributions(_armenia_and_france(), f"Snow fell. “{TOUCHED[0].upper()}{TOUCHED[1:]},” reports "
                              "Sardzhyan.")
    assert found == []
