"""What one side left out, checked as a reader would: an omitted statement's page shows the closest wording of
each document that leaves it out, and a click on it shows that passage in its pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from readout_viewer.core.session import analyze_folder
from tests.app.inspector.shown import SIZE, claim_href, inspector_page

KREMLIN = """---
title: Telephone conversation with the Federal Chancellor
source: Kremlin
role: official
side: RU
kind: readout
date: '2022-05-28'
---
Vladimir Putin had a telephone conversation with Federal Chancellor Olaf Scholz.

The President of Russia invited the Federal Chancellor to visit Moscow in the autumn.

Grain exports from Black Sea ports were discussed at length.
"""
PAPER = """---
title: Scholz and Putin talk grain
source: Daily Paper
role: outlet
date: '2022-05-28'
---
Chancellor Olaf Scholz and Vladimir Putin spoke by telephone on Saturday.

The two men agreed on visiting each other's capitals before the winter.

Grain exports from Black Sea ports were discussed at length, the Kremlin said.
"""


def _folder(tmp_path):
    event = tmp_path / "folder" / "2022-05-28-call"
    event.mkdir(parents=True)
    (event / "kremlin.md").write_text(KREMLIN, encoding="utf-8")
    (event / "paper.md").write_text(PAPER, encoding="utf-8")
    return tmp_path / "folder"


def test_an_omitted_statement_shows_the_closest_wording_and_a_click_shows_that_passage(qtbot, make_window,
                                                                                       tmp_path):
    analysis = analyze_folder(_folder(tmp_path), use_decisions=False)
    invited = next(c for c in analysis.claims if "invited" in c.text)
    omission = analysis.omission_of[invited.id]
    near = omission.near("2022-05-28-call/paper")
    assert near is not None and "visiting" in analysis.claim[near.claim].text and near.words == ("visiting",)
    window, page = inspector_page(make_window, analysis, invited.id)
    assert "left out" in page and "Closest wording where it is left out" in page
    assert "agreed on visiting each other's capitals" in page and "shares “visiting”" in page
    assert claim_href(near.claim) in window.inspector.browser.toHtml()
    window.inspector.browser.anchorClicked.emit(QUrl(claim_href(near.claim)))
    qtbot.waitUntil(lambda: window.selected_claim_ids()[:1] == [near.claim])
    assert "visiting each other's capitals" in window.inspector.browser.toPlainText()


def test_a_statement_carried_everywhere_has_no_closest_wording(qtbot, make_window, tmp_path):
    analysis = analyze_folder(_folder(tmp_path), use_decisions=False)
    grain = next(c for c in analysis.claims if c.doc.endswith("kremlin") and "Grain" in c.text)
    assert grain.id not in analysis.omission_of
    _, page = inspector_page(make_window, analysis, grain.id)
    assert "Closest wording" not in page and "left out" not in page


def test_an_omitted_statements_tooltip_quotes_the_closest_wording(tmp_path):
    from readout_viewer.app.panes.marks import marks_of, tip_of
    from readout_viewer.core.status import statuses
    analysis = analyze_folder(_folder(tmp_path), use_decisions=False)
    invited = next(c for c in analysis.claims if "invited" in c.text)
    shown = [invited.doc, "2022-05-28-call/paper"]
    tip = next(tip_of(m, analysis) for m in marks_of(invited.doc, analysis, statuses(analysis, invited.doc, shown))
               if m.start == invited.start and m.background)
    assert tip.startswith("left out by the others\nclosest in Daily Paper: “The two men agreed on visiting each other's capitals")
    assert tip.endswith("(shares “visiting”)")


def test_the_tooltip_over_an_omitted_statement_in_its_pane_quotes_the_closest_wording(qtbot, make_window, tmp_path):
    """The closest wording is written when the tooltip is first asked for (after the first paint): it still shows."""
    analysis = analyze_folder(_folder(tmp_path), use_decisions=False)
    invited = next(c for c in analysis.claims if "invited" in c.text)
    window = make_window(size=SIZE)
    window.show_analysis(analysis)
    window.area.show_documents([invited.doc, "2022-05-28-call/paper"])
    text = window.area.panes[0].text
    qtbot.waitExposed(text)
    cursor = QTextCursor(text.document())
    cursor.setPosition(text._index.to_qt(invited.start + 3))
    at = text.cursorRect(cursor).center()
    QToolTip.hideText()
    QApplication.sendEvent(text.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, text.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: "closest in Daily Paper: “The two men agreed on visiting" in QToolTip.text())
    assert QToolTip.text().startswith("left out by the others\n")
