""""The Kremlin issued a statement saying ...", '"...," a Kremlin release read.': an account its source put out and
what it says with no comma between (cue_words.PUT_OUT_SAYING), and a text named by its source and its noun doing what
a text does, "read" or "mentioned" (cue_words.DOC_VERBS), cite that source's text; so does an account named with the
occasion it was put out after ("a statement released after the call by the Kremlin", cue_words.AFTER_THE_CALL)."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only

SAID = "the President pledged that no new missile batteries would be placed near the northern border."


def test_a_statement_issued_saying():
    docs = folder(f"Snow fell. The Kremlin issued a statement saying {SAID}")
    a = only(check(docs))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)
    assert docs[2].text[a.start:a.end].startswith("The Kremlin issued a statement saying")


def test_a_readout_released_on_a_day_stating():
    a = only(check(folder(f"Snow fell. The Kremlin released a readout on Saturday stating that {SAID}")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)


def test_the_other_side_s_statement_saying_is_misattributed():
    a = only(check(folder(f"Snow fell. The White House issued a statement saying {SAID}")))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")


def test_a_release_named_by_its_source_read():
    docs = folder(f"Snow fell. \u201c{SAID[0].upper()}{SAID[1:-1]},\u201d a Kremlin release read.")
    a = only(check(docs))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "a Kremlin release", SUPPORTED)


def test_a_statement_named_by_its_source_read_that():
    a = only(check(folder(f"Snow fell. A White House statement read that {SAID}")))
    assert (a.cited, a.cited_as, a.verdict, a.found_in) == ("us", "A White House statement", MISATTRIBUTED, "ru")


def test_a_source_that_reads_without_a_text_is_no_cue():
    assert not [a for a in check(folder(f"Snow fell. The Kremlin read the news that {SAID}")) if a.doc == "news"]


def test_a_statement_released_after_the_call_by_the_source():
    a = only(check(folder(f"Snow fell. {SAID[0].upper()}{SAID[1:-1]}, according to a statement released after the "
                          "call by the Kremlin.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "a statement released after the call by the Kremlin", SUPPORTED)


def test_a_readout_of_the_call_put_out_following_the_talks_saying():
    a = only(check(folder(f"Snow fell. The Kremlin put out a readout of the call following the talks saying {SAID}")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)
