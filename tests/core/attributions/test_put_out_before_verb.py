"""Two cue forms of wire copy the attribution probe (eval/attr_probe.yaml) found unread: an account named with its
being put out between its noun and its verb ("an Indian government statement issued late Friday said",
cue_words.PUT_OUT_NAMED), and an adverb of time between an institution and its verb ("The Kremlin earlier said",
cue_words.BODY_TIME), which after a person's name tells words said on another occasion and stays no cue."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only

SAID = "the President pledged that no new missile batteries would be placed near the northern border."


def test_a_statement_released_on_a_day_said():
    docs = folder(f"Snow fell. A Kremlin statement released on Tuesday said {SAID}")
    a = only(check(docs))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "A Kremlin statement released on Tuesday", SUPPORTED)


def test_a_statement_issued_late_on_a_day_said_after_the_words():
    cap = SAID[0].upper() + SAID[1:-1]
    a = only(check(folder(f"Snow fell. {cap}, a Kremlin statement issued late Friday said.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)


def test_a_side_s_government_statement_issued_after_the_call_said():
    a = only(check(folder(f"Snow fell. The Russian government statement issued after the call said {SAID}")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)


def test_the_other_side_s_readout_released_said_is_misattributed():
    a = only(check(folder(f"Snow fell. A White House readout released on Monday said {SAID}")))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")


def test_an_institution_earlier_said():
    docs = folder(f"Snow fell. The Kremlin earlier said {SAID}")
    a = only(check(docs))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)


def test_an_institution_had_already_said():
    a = only(check(folder(f"Snow fell. The White House had already said {SAID}")))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")


def test_a_person_who_earlier_said_is_no_cue():
    docs = folder(f"Kremlin spokesman Dmitry Peskov spoke on Monday. Peskov earlier said {SAID}")
    assert not [a for a in check(docs) if a.doc == "news"]
