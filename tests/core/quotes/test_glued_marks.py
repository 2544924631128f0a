"""A closing mark glued between two words with no quotation open ("Rossi”he asked ... Valdoria“.", reversed marks run
together with the words) opens the quotation a later mark closes; the quotation marks are one table."""

from readout_viewer.core.attributions.cue_sides import BEFORE, Cue
from readout_viewer.core.attributions.pronouns import pronoun_cue
from readout_viewer.core.language import quote_marks
from readout_viewer.core.language.speakers import Speakers
from readout_viewer.core.quotes import changes, marks
from readout_viewer.core.quotes.marks import find_quotations


def _quoted(text):
    return [text[q.start:q.end] for q in find_quotations(text)]


def test_reversed_marks_glued_to_the_words_are_a_quotation():
    assert _quoted("Rossi\u201dhe asked for a port in Valdoria\u201c. Then snow fell.") == [
        "he asked for a port in Valdoria"]


def test_a_glued_closing_mark_that_nothing_closes_after_is_no_quotation():
    assert _quoted("The ship\u201ds bell rang twice.") == []


def test_a_glued_closing_mark_still_closes_an_open_quotation():
    assert _quoted("\u201cWe will sail\u201dnow, Rossi said.") == ["We will sail"]


def test_the_marks_are_read_from_one_table():
    assert marks.DOUBLE_OPEN is quote_marks.DOUBLE_OPEN and marks.SINGLE is quote_marks.SINGLE
    assert set(quote_marks.QUOTE_CHARS) <= set(changes.QUOTE_EDGES)
    assert set(quote_marks.CLOSING) <= set(quote_marks.QUOTE_CHARS)


def test_a_name_after_each_closing_mark_of_the_table_speaks():
    speakers = Speakers({"Rossi": "IT"})
    for close in quote_marks.CLOSING:
        opening = quote_marks.OPENING_OF[close]
        found = speakers.found(f"{opening}We will sail,{close} said Rossi.")
        assert [code for _, _, code in found] == ["IT"], close



def test_a_pronoun_after_a_guillemet_speaks_for_the_speaker_before():
    text = "The arrival of ships \u00abhas closed the port,\u00bb he said."
    speaker = Cue(0, 5, 0, 10, ("us",), BEFORE, person=True)
    cue = pronoun_cue(text, 0, len(text), speaker)
    assert cue is not None and text[cue.start:cue.end] == "he"
