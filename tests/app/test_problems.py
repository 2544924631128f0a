"""The Problems dock lists unreadable files and, under their own heading, corrections that lost their text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readout_viewer.app.problems import ProblemsPanel, orphan_summary
from readout_viewer.core.model import Analysis, Problem
from tests.builders import small_folder

DECISIONS = """version: 1
decisions:
- action: relabel
  a: {doc: ev/paper, text: "A sentence that was edited away long ago."}
  b: {doc: ev/office, text: "The minister met the envoy on Monday."}
  relation: diverge
  reason: wording
  author: tester
  at: "2026-01-01T00:00:00Z"
- action: note
  a: {doc: ev/office, text: "Another sentence nobody wrote."}
  note: check this against the tape
"""


def _rows(item):
    return [(item.child(i).text(0), item.child(i).text(1)) for i in range(item.childCount())]


def test_orphaned_corrections_are_listed_with_their_document_text_and_action(qtbot, make_window, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(small_folder(tmp_path / "folder", DECISIONS))
    assert len(window.analysis.orphans) == 2
    panel = window.docks.problems
    heading = next(panel.topLevelItem(i) for i in range(panel.topLevelItemCount())
                   if panel.topLevelItem(i).text(0).startswith("Corrections that no longer match"))
    assert "(2)" in heading.text(0)
    relabel, note = heading.child(0), heading.child(1)
    assert relabel.text(0) == "relabel as diverge (wording)" and "ev/paper" in relabel.text(1)
    assert ("Paper: Report", "“A sentence that was edited away long ago.”") in _rows(relabel)  # its name
    assert ("Office: Readout", "“The minister met the envoy on Monday.”") in _rows(relabel)
    assert "ev/paper" in relabel.toolTip(0)  # the id, for editing decisions.yaml by hand
    assert "tester" in relabel.toolTip(0)
    assert note.text(0) == "note: “check this against the tape”"
    assert window.docks.dock_problems.windowTitle() == "Problems (2)"
    assert panel.topLevelItem(0).text(1) == "Every file was read."  # not "no problem" above two orphans


def test_files_and_orphans_each_have_their_rows(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    analysis = Analysis(root="/x", problems=(Problem("bad.pdf", "not a text"),),
                        orphans=({"entry": "- nonsense", "problem": "the entry cannot be read"},))
    panel.set_analysis(analysis)
    assert panel.topLevelItem(0).text(0) == "bad.pdf"
    heading = panel.topLevelItem(1)
    assert heading.childCount() == 1 and heading.child(0).text(1) == "the entry cannot be read"
    assert "nonsense" in heading.child(0).toolTip(1)
    assert orphan_summary({"action": "link", "relation": "agree"}) == "link as agree"
    assert heading.flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_new_analysis_replaces_every_row_of_the_last_one(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    many = Analysis(root="/x", problems=tuple(Problem(path=f"doc{i:04d}.docx", message="not a Word document")
                                              for i in range(2000)))
    panel.set_analysis(many)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_analysis(Analysis(root="/x", problems=(Problem(path="one.pdf", message="no text layer"),)))
    assert [panel.topLevelItem(i).text(0) for i in range(panel.topLevelItemCount())] == ["one.pdf"]


def test_the_problems_list_waits_for_the_paint_and_its_title_does_not(qtbot, make_window, tiny):
    """A tab behind Findings at the first paint: its title (with the count) is set before the paint, its list is
    made and filled once the panes have painted, or at once when asked for sooner."""
    analysis = Analysis(root=tiny.root, documents=tiny.documents, claims=tiny.claims, links=tiny.links,
                        problems=(Problem("bad.pdf", "not a text"),))
    window = make_window()
    titles: list[tuple[str, bool]] = []
    window.highlights_shown.connect(lambda: titles.append((window.docks.dock_problems.windowTitle(),
                                                           window.docks.dock_problems.widget() is None)))
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.show_analysis(analysis, defer=True)
    assert titles == [("Problems (1)", True)]  # titled, not yet made, at the panes' first paint
    assert window.docks.dock_problems.widget() is window.docks.problems
    assert window.docks.problems.topLevelItem(0).text(0) == "bad.pdf"
    other = make_window()
    assert other.docks.dock_problems.widget() is None
    panel = other.docks.problems  # asked for before any analysis: made then, and put in its dock
    assert other.docks.dock_problems.widget() is panel and panel.topLevelItemCount() == 0
