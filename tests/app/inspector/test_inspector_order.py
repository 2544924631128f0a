"""Issue 11, findings 7 and 11: the inspector says first what is left out or wrong, and following a counterpart
never silently replaces a pane the user chose."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QUrl

from readout_viewer.app.inspector.page import claim_html, link_href
from readout_viewer.core.model import MISATTRIBUTED, Attribution


def test_what_is_left_out_comes_before_the_counterparts(tiny):
    page = claim_html(tiny, "e1/us#2", shown=("e1/us", "e1/ru"))
    assert page.index("left out") < page.index("Counterparts")
    assert "by 1 document of the event" in page and "by the others by" not in page
    many = claim_html(tiny, "e1/us#3", shown=("e1/us", "e1/ru"))
    assert "by 2 documents" in many and many.index("<b>Moscow") < many.index("The Paper")  # shown panes first


def test_a_misattribution_comes_before_the_counterparts_and_says_where_the_words_are(tiny):
    text = tiny.document["e1/paper"].text
    analysis = replace(tiny, attributions=(Attribution("e1/paper", 0, 20, "e1/us", "officials", MISATTRIBUTED,
                                                       "e1/ru", 0.8, "only Moscow says it"),))
    page = claim_html(analysis, "e1/paper#1")
    assert page.index("misattributed") < page.index("Counterparts")
    assert "it is in Moscow" in page and "only Moscow says it" in page and "score 0.80" in page
    assert text  # the claim's text is quoted at the top
    assert page.index("The two men") < page.index("misattributed")


def test_a_counterpart_in_a_shown_pane_is_selected_without_changing_the_panes(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/paper", "e1/ru"])
    window.area.select_claim("e1/us#1")
    before = window.area.shown()
    window.inspector._follow(QUrl(link_href("e1/us#1", "e1/ru#1")))
    assert window.area.shown() == before
    assert window.selected_link().a == "e1/ru#1" and "e1/ru#1" in window.selected_claim_ids()


def test_a_counterpart_not_shown_says_which_pane_it_takes_and_can_be_undone(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/ru"])
    window.area.select_claim("e1/us#1")
    page = claim_html(window.analysis, "e1/us#1", shown=tuple(window.area.shown()))
    assert "not shown — click: in place of Moscow" in page
    window.inspector._follow(QUrl(link_href("e1/us#1", "e1/paper#1")))
    assert window.area.shown() == ["e1/us", "e1/paper"]
    assert "In place of Moscow" in window.statusBar().currentMessage()
    assert window.selected_link().a == "e1/paper#1"
    window.area.previous_panes()
    assert window.area.shown() == ["e1/us", "e1/ru"]


def test_a_question_is_said_to_be_no_statement(tiny):
    analysis = replace(tiny, claims=tuple(replace(c, kind="question") if c.id == "e1/us#1" else c
                                          for c in tiny.claims))
    page = claim_html(analysis, "e1/us#1")
    assert "a question, not a statement" in page and "Counterparts" not in page
