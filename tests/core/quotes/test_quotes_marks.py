"""Finding quotations: mark direction, nesting, paragraphs, apostrophes."""

from readout_viewer.core.quotes import marks
from readout_viewer.core.quotes.marks import find_quotations
from readout_viewer.core.quotes.words import BRACKET, ELLIPSIS, NO_GAP, quote_words, word_key


def inner(text):
    return [text[q.start:q.end] for q in find_quotations(text)]


def test_the_mark_patterns_find_every_mark_of_their_family():
    assert marks._DOUBLE_MARK.findall("a" + marks.DOUBLE + "b") == list(marks.DOUBLE)
    assert marks._SINGLE_MARK.findall("a" + marks.SINGLE + marks.DOUBLE) == list(marks.SINGLE)


def test_mixed_typographic_open_and_straight_close():
    assert inner('He sought \u201cde-escalation through dialogue." Then:') == ["de-escalation through dialogue."]


def test_nested_double_and_single_quotes():
    text = "Biden \"made clear the principle of 'no decisions without Ukraine,'\" the White House said."
    assert inner(text) == ["made clear the principle of 'no decisions without Ukraine,'", "no decisions without Ukraine"]


def test_each_paragraph_opening_with_a_mark_is_its_own_quotation():
    text = "\u201cFirst part of the speech.\n\n\u201cSecond part of the speech,\u201d he said."
    assert inner(text) == ["First part of the speech.", "Second part of the speech"]
    assert [q.closed for q in find_quotations(text)] == [False, True]


def test_apostrophes_are_not_quote_marks():
    assert inner("Russia's and the allies' view: don\u2019t 'go there' now") == ["go there"]


def test_gaps_in_quoted_words():
    text = "one [two] three \u2026 four"
    assert [(w.key, w.gap) for w in quote_words(text, 0, len(text))] == [
        ("one", NO_GAP), ("three", BRACKET), ("four", ELLIPSIS)]


def test_spelling_keys_keep_numbers_and_short_words_apart():
    assert word_key("100000") != word_key("10000")
    assert word_key("four") != word_key("for")
    assert word_key("Zelenskyy".lower()) == word_key("zelensky")


def test_british_single_quotes_with_a_plural_possessive_inside():
    text = "He said \u2018the allies\u2019 view is that talks must go on\u2019, and left."
    assert inner(text) == ["the allies\u2019 view is that talks must go on"]


def test_marks_beside_brackets_questions_emphasis_and_inches():
    text = 'He asked ("Why now?") and said **"We will respond firmly."** to a 12" pipe question.'
    assert inner(text) == ["Why now?", "We will respond firmly."]


def test_a_second_opening_single_mark_closes_the_quotation_it_opened():
    # "‘…‘": the closing mark typed as a second opening one, a common slip; with nothing open it closes nothing
    assert inner("He said \u2018what we want is a fair deal\u2018. Then he left.") == ["what we want is a fair deal"]
    assert inner("The allies\u2018 plan and \u2018the deal is good for all\u2018, he said") == ["the deal is good for all"]
    assert inner("It was done\u2018. Then he left.") == []
