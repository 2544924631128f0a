"""A side's bodies by the names outlets give them that the tables lacked, from the second attribution probe
(eval/attr_probe2.yaml): a president's secretariat by his name ("Milei's secretariat said", offices.LEADER_OFFICES)
a ruler's court by its own name ("the Royal Court said" of Saudi Arabia's, "the Amir Diwan" of Kuwait's emir) and
Turkey's "presidential sources", as Turkish wire copy cites the presidency (loading.cited_names.CITED_AS)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

AGREED = "the two leaders agreed to expand cooperation on clean energy and maritime security"
_CAP = AGREED[0].upper() + AGREED[1:]


def _call(code: str, title: str, name: str, source: str) -> list:
    """The readouts of a call between `name` (`title`, side `code`) and U.S. President Donald Trump: the other side's
    holds the agreement."""
    theirs = reading(code.lower(), f"{title} {name} held a telephone conversation with U.S. President Donald Trump. "
                     f"{_CAP}.", OFFICIAL, source, code)
    us = reading("us", f"U.S. President Donald Trump spoke today with {title} {name}. The leaders discussed trade.",
                 OFFICIAL, "The White House", "US")
    return [theirs, us]


def test_a_president_s_secretariat_by_his_name_cites_his_text():
    docs = _call("AR", "Argentine President", "Javier Milei", "Presidency of the Argentine Nation (Casa Rosada)")
    found = news_attributions(docs, f"Snow fell. {_CAP}, Mr. Milei's secretariat said Thursday.")
    assert [(a.cited, a.verdict) for a in found] == [("ar", SUPPORTED)]


def test_the_saudi_royal_court_cites_the_saudi_text():
    docs = _call("SA", "Saudi Crown Prince", "Mohammed bin Salman", "Saudi Press Agency (SPA), Kingdom of Saudi Arabia")
    found = news_attributions(docs, f"Snow fell. {_CAP}, the Royal Court said in a statement.")
    assert [(a.cited, a.verdict) for a in found] == [("sa", SUPPORTED)]


def test_kuwait_s_amir_diwan_cites_the_kuwaiti_text():
    docs = _call("KW", "Kuwaiti Emir", "Nawaf Al-Ahmad", "Kuwait News Agency (KUNA)")
    found = news_attributions(docs, f"Snow fell. {_CAP}, a statement by the Amir Diwan said.")
    assert [(a.cited, a.verdict) for a in found] == [("kw", SUPPORTED)]


def test_a_secretariat_of_no_leader_named_cites_no_one():
    docs = _call("AR", "Argentine President", "Javier Milei", "Presidency of the Argentine Nation (Casa Rosada)")
    found = news_attributions(docs, f"Snow fell. The party's secretariat said {AGREED}.")
    assert [a.cited for a in found if a.cited] == []


def _turkey_and_qatar() -> list:
    tr = reading("tr", f"Turkish President Recep Tayyip Erdogan held a telephone conversation with Qatari Emir Tamim "
                 f"bin Hamad. {_CAP}.", OFFICIAL, "Presidency of the Republic of Türkiye, Directorate of "
                 "Communications", "TR")
    qa = reading("qa", "Qatari Emir Tamim bin Hamad spoke with Turkish President Recep Tayyip Erdogan. The two sides "
                 "discussed the region.", OFFICIAL, "Amiri Diwan, State of Qatar", "QA")
    return [tr, qa]


def test_turkey_s_presidential_sources_cite_the_turkish_text():
    found = news_attributions(_turkey_and_qatar(), f"Snow fell. According to presidential sources, {AGREED}.")
    assert [(a.cited, a.verdict) for a in found] == [("tr", SUPPORTED)]


def test_a_presidential_source_said_after_the_words():
    found = news_attributions(_turkey_and_qatar(), f"Snow fell. {_CAP}, a presidential source said.")
    assert [(a.cited, a.verdict) for a in found] == [("tr", SUPPORTED)]
