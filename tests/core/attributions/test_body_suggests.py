""""Kremlin suggests that ...": what an institution or its text suggests is what its account says (cue_words.SUGGESTS,
named_cues.mapped); a person's suggestion is a proposal made on the call, no cue."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only

SAID = "the President pledged that no new missile batteries would be placed near the northern border."


def test_an_institution_suggests_that():
    docs = folder(f"Snow fell. Kremlin suggests that {SAID}")
    a = only(check(docs))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "Kremlin", SUPPORTED)
    assert docs[2].text[a.start:a.end].startswith("Kremlin suggests that")


def test_a_statement_that_suggested_what_the_other_side_said_is_misattributed():
    a = only(check(folder(f"Snow fell. The White House statement suggested that {SAID}")))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")


def test_a_person_who_suggested_is_no_cue():
    docs = folder(f"Kremlin spokesman Dmitry Peskov spoke on Monday. Peskov suggested that {SAID}")
    assert not [a for a in check(docs) if a.doc == "news"]


def test_suggested_without_that_is_no_cue():
    assert not [a for a in check(folder(f"Snow fell. The Kremlin suggested a meeting; {SAID}")) if a.doc == "news"]
