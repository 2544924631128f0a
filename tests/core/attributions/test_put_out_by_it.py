""""According to a statement the Kremlin released", "according to a statement released on Saturday by the Kremlin":
an account its source put out, named with its source as the subject of a clause after it or with the day between
its verb and its source, cites that source's text (cue_words.PUT_OUT_BY_IT, PUT_OUT_WHEN)."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_a_statement_the_source_released():
    a = only(check(folder("Snow fell. The President pledged that no new missile batteries would be placed near the "
                          "northern border, according to a statement the Kremlin released.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "a statement the Kremlin released", SUPPORTED)


def test_a_readout_that_the_other_side_issued_is_misattributed():
    a = only(check(folder("Snow fell. According to a readout that the White House issued, the President pledged "
                          "that no new missile batteries would be placed near the northern border.")))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")


def test_a_statement_released_on_a_day_by_the_source():
    a = only(check(folder("Snow fell. The President pledged that no new missile batteries would be placed near the "
                          "northern border, according to a statement released on Saturday by the Kremlin.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "a statement released on Saturday by the Kremlin", SUPPORTED)


def test_a_readout_issued_late_on_a_day():
    a = only(check(folder("Snow fell. The President urged restraint along the northern border, according to a "
                          "readout issued late Friday by the White House.")))
    assert (a.cited, a.verdict) == ("us", SUPPORTED)


def test_a_source_after_the_account_s_comma_is_no_such_clause():
    found = check(folder("Snow fell. According to the statement, the Kremlin released the President's words: no new "
                         "missile batteries would be placed near the northern border."))
    assert not [a for a in found if a.doc == "news" and "released" in (a.cited_as or "")]
