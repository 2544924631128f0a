"""Where a sentence ends, asked of a line and of a text: the one rule every caller shares."""

from __future__ import annotations

from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, says_where
from readout_viewer.core.attributions.unreported import _posted_by
from readout_viewer.core.language.captions import present_caption
from readout_viewer.core.language.kinds import kind_of
from readout_viewer.core.language.sentences import (
    ends_in_stop,
    ends_sentence,
    sentence_ends,
    sentences,
)
from readout_viewer.core.language.speakers import sentence_starts
from readout_viewer.core.loading.metadata import _first_sentence
from readout_viewer.core.model import CAPTION, Claim


def test_a_line_ends_in_a_stop_with_quotes_and_brackets_after_it():
    assert ends_in_stop('He said: "We agree."') and ends_in_stop("(As agreed in 2021.)") and ends_in_stop("Wait\u2026")
    assert ends_in_stop("The leaders said:") and not ends_in_stop("The leaders said:", colon=False)
    assert not ends_in_stop('Quest For Quiet On The "Eastern Front"') and not ends_in_stop("") and \
        not ends_in_stop('"')


def test_a_line_ending_in_an_abbreviation_does_not_end_its_sentence():
    assert not ends_sentence("talks with the U.S.") and not ends_sentence("a letter to Mr.")
    assert ends_sentence("talks with the president.") and ends_sentence("and so on...") and \
        ends_sentence('"We agree."')


def test_the_spans_and_ends_of_a_texts_sentences():
    text = 'Mr. Biden met Xi. "We agree," he said. Trade is key.1 The end\u2026 Next'
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == ["Mr. Biden met Xi.", '"We agree," he said.', "Trade is key.1",
                                             "The end\u2026", "Next"]
    assert sentence_ends(text) == [e for _, e in spans[:-1]]


def test_a_claim_after_an_ellipsis_starts_a_sentence_of_its_own():
    text = "We will see what happens\u2026 The talks go on in June."
    first, second = Claim("d#1", "d", 0, 25, text[:25]), Claim("d#2", "d", 26, len(text), text[26:])
    assert sentence_starts([first, second]) == {"d#1": 0, "d#2": 26}


def test_a_post_is_told_from_the_start_of_its_sentence_not_from_an_abbreviation():
    text = "Trump told the U.S. public in a post on Truth Social that talks would start."
    assert _posted_by(text, len(text), ["trump"])


def test_a_cue_after_an_abbreviation_does_not_open_its_sentence():
    text = "The talks were candid, U.S. officials said in a statement on the website on Thursday."
    assert says_where(text, text.index("officials"), text.index(" in a"), len(text), AFTER) == BEFORE
    text = "The talks were candid. Officials said in a statement on the website on Thursday that talks went on."
    assert says_where(text, text.index("Officials"), text.index(" in a"), len(text), AFTER) == AFTER


def test_a_title_is_the_first_sentence_up_to_its_closing_quote():
    line = 'Xi says ties "must not return to the past." The two sides agreed to talk again in the spring.'
    assert _first_sentence(line) == 'Xi says ties "must not return to the past."'



def test_a_present_caption_may_name_the_us_and_still_be_one_sentence():
    assert present_caption("President Joe Biden speaks with Xi Jinping from the U.S. capital on Thursday.")
    assert not present_caption("President Joe Biden speaks with Xi. The talks lasted two hours on Thursday.")


def test_a_caption_may_place_its_people_in_the_picture():
    """Seen in corpus/'s RFE/RL page: the photo's caption read as a statement because of "(right)" after the name."""
    caption = ("U.S. President Joe Biden (right) speaks to Russian President Vladimir Putin (on-screen) in the Situation "
               "Room at the White House on December 7.")
    assert present_caption(caption)
    assert kind_of("Chinese President Xi Jinping (L) meeting Joe Biden in Bali.") == CAPTION
    assert not present_caption("Joe Biden (right) speaks to Putin. The talks lasted two hours.")  # two sentences


def test_a_single_capital_that_is_a_word_ends_the_sentence():
    text = "The minister posted it on platform Q. A photo of the two ministers follows."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The minister posted it on platform Q.", "A photo of the two ministers follows."]
    assert sentence_ends("They spoke of vitamin D. The talks went on.") == [24]


def test_a_single_capital_before_a_name_stays_an_initial():
    text = "The talks were led by minister K. Lindqvist. He spoke first."
    assert [text[s:e] for s, e in sentences(text)] == ["The talks were led by minister K. Lindqvist.", "He spoke first."]
    assert len(sentences("President Joseph R. The envoy")) == 1  # a capital after a name word is an initial
