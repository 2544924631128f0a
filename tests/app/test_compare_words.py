"""Seen by helper ux5: the Compare panel's summary read "Both: 0 of A's statements (0 ≠) and 0 of B's (0 ≠)"
(the White House and Xinhua readouts of a call): a formula, where a reader wants a sentence."""

from __future__ import annotations


def test_the_summary_says_in_words_what_both_carry(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    panel = window.docks.compare
    panel.choose("e1/us", "e1/ru")
    qtbot.waitUntil(lambda: "Both" in panel.summary.text())
    text = panel.summary.text()
    assert text.startswith("Both carry 2 of A's 3 statements (1 told differently) and 2 of B's 3 (1 told differently)")
    assert "≠" not in text


def test_two_texts_that_share_nothing_say_so(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    panel = window.docks.compare
    panel.choose("e1/ru", "e1/paper")
    qtbot.waitUntil(lambda: "share" in panel.summary.text())
    assert panel.summary.text().startswith("The two share no statement")
