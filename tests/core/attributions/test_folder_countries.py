"""A side the table of countries lacks is named as its own official text's source names it ("Presidency of the
Republic of Valdoria": "the Valdorian presidency said", "Valdoria's foreign ministry said", "a Valdorian official
said"), as a side in the table is by its entry (folder_countries.py): a new call's country is not a table row."""

from readout_viewer.core.attributions.folder_countries import (
    adjectives_of,
    country_named,
    folder_countries,
    partner_countries,
)
from readout_viewer.core.attributions.side_names import spoken_partners
from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

WH_TEXT = "The President spoke today with the Governor. They welcomed the new ferry line to the northern islands."
HQ_TEXT = "The Governor and the President discussed the harbour. The Governor pledged to dredge the harbour by spring."


def _official(source="Presidency of the Republic of Valdoria (as carried by Harbour Wire)"):
    return [reading("wh", WH_TEXT, OFFICIAL, "The White House", "US"), reading("hq", HQ_TEXT, OFFICIAL, source, "VL")]


def test_the_country_a_source_names_after_of():
    assert country_named("Presidency of the Arab Republic of Valdoria (statement carried by Harbour Wire)") == "Valdoria"
    assert country_named("The Presidency, Republic of South Valdoria") == "South Valdoria"
    assert country_named("Office of the President") is None
    assert country_named("Ministry of Foreign Affairs of Valdoria") == "Valdoria"
    assert country_named("The White House") is None


def test_the_adjective_the_texts_write():
    assert adjectives_of("Valdoria", ["Talks with the Valdorian side went on.", "Valdoria's envoy"]) == ("valdorian",)
    assert adjectives_of("Valdoria", ["Valdoria's envoy came."]) == ()


def test_the_side_by_its_adjective_and_office():
    news = "The Valdorian presidency said the Governor pledged to dredge the harbour by spring."
    assert cited_verdicts(_official(), news) == [("hq", SUPPORTED)]


def test_the_side_by_its_name_and_office():
    news = "Valdoria's foreign ministry said the Governor pledged to dredge the harbour by spring."
    assert cited_verdicts(_official(), news) == [("hq", SUPPORTED)]


def test_an_unnamed_official_of_the_side():
    news = "A Valdorian official said the Governor pledged to dredge the harbour by spring."
    assert cited_verdicts(_official(), news) == [("hq", SUPPORTED)]


def test_a_country_no_official_text_names_is_no_source():
    # the guard: an outlet naming a country makes no side of it; only an official text's source does
    docs = _official("Government House")
    assert folder_countries([*docs, reading("news", "The Valdorian presidency said so.")]) == {}
    news = "The Valdorian presidency said the Governor pledged to dredge the harbour by spring."
    assert "hq" not in [cited for cited, _ in cited_verdicts(docs, news)]


def test_a_side_in_the_table_keeps_its_entry():
    assert folder_countries([reading("wh", WH_TEXT, OFFICIAL, "Executive Office of the United States", "US")]) == {}


def test_a_leader_titled_with_the_country():
    news = ("The President spoke with Valdorian President Anwar Sadeq on Monday. Sadeq said that the Governor pledged "
            "to dredge the harbour by spring.")
    assert ("hq", SUPPORTED) in cited_verdicts(_official(), news)


def test_a_leader_titled_of_the_country():  # the forms the table's countries are read in (countries.leaders_in)
    news = ("The President spoke with the President of Valdoria, Anwar Sadeq, on Monday. Sadeq said that the Governor "
            "pledged to dredge the harbour by spring.")
    assert ("hq", SUPPORTED) in cited_verdicts(_official(), news)


# The other party of the call, with no text in the folder, as the official text's first line names its country.
FIRST_LINE = ("The President spoke today with Emir Sami Rahal of Valdoria. They welcomed the new ferry line to the "
              "northern islands.")


def _first_line():
    return [reading("wh", FIRST_LINE, OFFICIAL, "The White House", "US")]


def test_the_other_party_by_its_first_line_country():
    news = "The Valdorian emir's office said the two leaders welcomed the new ferry line to the northern islands."
    assert cited_verdicts(_first_line(), news) == [(None, SUPPORTED)]
    news = "Valdoria's foreign ministry said the leaders welcomed the new ferry line to the northern islands."
    assert cited_verdicts(_first_line(), news) == [(None, SUPPORTED)]


def test_what_no_account_holds_of_the_other_party():
    news = "The Valdorian emir said the two leaders agreed to build a new airport on the southern cape."
    assert cited_verdicts(_first_line(), news) == [(None, UNSUPPORTED)]


def test_a_first_line_country_with_a_text_is_heard():
    # its official text's source names it: a side of the folder (under whatever code the folder gives it, here one
    # the table holds for another country), not a second side with no text
    docs = [*_first_line(), reading("vl", "The Emir welcomed the ferry line.", OFFICIAL,
                                    "Office of the Emir of Valdoria", "ES")]
    assert partner_countries(spoken_partners(docs), docs, folder_countries(docs)) == {}
