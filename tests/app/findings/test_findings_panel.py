"""Issue 11, finding 4: every finding in one list, counted by kind, stepped through with "n of N" and a wrap notice,
shown on both sides in the panes, exported as the CLI's CSV."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from readout_viewer.core import compare, findings
from readout_viewer.core.model import MISATTRIBUTED, Attribution


def _with_misattribution(tiny):
    text = tiny.document["e1/paper"].text
    at = text.index("The two men")
    wrong = Attribution("e1/paper", at, at + 30, "e1/us", "officials", MISATTRIBUTED, "e1/ru", 0.9,
                        "only the Russian readout says it")
    return replace(tiny, attributions=(wrong,))


def test_the_panel_lists_every_finding_of_the_core_with_counts_per_kind(qtbot, make_window, tiny):
    analysis = _with_misattribution(tiny)
    window = make_window()
    window.show_analysis(analysis)
    panel = window.docks.findings
    assert panel.visible() == compare.press_first(analysis, findings.findings(analysis))  # Left out: press order
    counts = findings.counts(findings.findings(analysis))
    for kind, chip in panel.chips.items():
        assert chip.text().endswith(f" {counts[kind]}")
    assert window.docks.dock_findings.windowTitle() == f"Findings ({sum(counts.values())})"


def test_one_click_on_a_kind_lists_only_it_and_a_row_shows_both_sides(qtbot, make_window, tiny):
    analysis = _with_misattribution(tiny)
    window = make_window()
    window.show_analysis(analysis)
    window.area.show_documents(["e1/us", "e1/ru"])  # the paper is not shown
    panel = window.docks.findings
    panel.chips[findings.MISATTRIBUTION].trigger()
    [row] = panel.visible()
    assert row.kind == findings.MISATTRIBUTION
    assert panel.model.data(panel.proxy.mapToSource(panel.proxy.index(0, 4))) == "officials"
    panel.table.selectRow(0)
    assert "e1/paper" in window.area.shown() and "e1/ru" in window.area.shown()  # where it is, and where it is from
    assert window.selected_claim_ids()[0] == "e1/paper#1"
    assert "misattributed" in window.inspector.html()
    panel.chips[findings.MISATTRIBUTION].trigger()  # again: every kind
    assert len(panel.visible()) == len(findings.findings(analysis))


def test_a_divergence_row_selects_the_pair(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/paper", "e1/us"])
    panel = window.docks.findings
    panel.only(findings.DIVERGENCE)
    panel.table.selectRow(0)
    assert set(window.area.shown()) >= {"e1/ru", "e1/us"}
    assert set(window.selected_claim_ids()[:2]) == {"e1/ru#2", "e1/us#2"}
    assert window.selected_link() == tiny.links[1]


def test_stepping_says_n_of_total_and_wraps_with_a_notice(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.findings
    total = len(panel.visible())
    assert panel.position.text() == f"– of {total}"
    window.menu_actions.steps[("finding", True)].trigger()  # F9
    assert panel.position.text() == f"1 of {total}"
    assert "Finding 1 of" in window.statusBar().currentMessage()
    for _ in range(total - 1):
        panel.step(True)
    assert panel.position.text() == f"{total} of {total}"
    with qtbot.waitSignal(panel.message) as said:
        panel.step(True)
    assert "Wrapped around to the first" in said.args[0]
    assert panel.position.text().startswith(f"1 of {total}")
    with qtbot.waitSignal(panel.message) as said:
        window.menu_actions.steps[("finding", False)].trigger()  # Shift+F9 from the first: to the last
    assert "last" in said.args[0] and panel.position.text().startswith(f"{total} of {total}")


def test_words_and_a_document_narrow_the_list_and_the_counts(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.findings
    panel.scope_to("e1/us")
    assert {f.doc for f in panel.visible()} == {"e1/us"}
    assert panel.chips[findings.ALTERED_QUOTE].text().endswith(" 0")
    panel.scope_to(None)
    panel.words.setText("Moscow")  # a document's source, not its words
    assert panel.visible() and all("Moscow" in panel.model.name(f.doc) + panel.model.name(f.other_doc) + f.other_text
                                   for f in panel.visible())


def test_sorting_by_score_puts_the_weakest_first(qtbot, make_window, tiny):
    from readout_viewer.app.findings.table import SCORE
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.findings
    panel.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)
    scores = [f.score for f in panel.visible() if f.score is not None]
    assert scores == sorted(scores, reverse=True)


def test_export_writes_the_rows_listed_as_the_cli_does(qtbot, make_window, tiny, tmp_path):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.findings
    out = tmp_path / "f.csv"
    panel.ask_path = lambda suggested: out
    assert panel.export_csv() == out
    listed = compare.press_first(tiny, findings.findings(tiny))  # the CLI's rows, Left out in the press's order
    assert out.read_text(encoding="utf-8") == findings.to_csv(tiny, listed)
    panel.only(findings.OMISSION)
    panel.export_csv()
    assert out.read_text(encoding="utf-8") == findings.to_csv(tiny, [f for f in listed if f.kind == findings.OMISSION])


def test_f7_says_which_divergence_of_how_many_and_when_it_wraps(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    step = window.menu_actions.steps[("diverge", True)]
    step.trigger()
    first = window.statusBar().currentMessage()
    assert first.startswith("Divergence 1 of 2")  # e1/us#2 and e1/ru#2
    step.trigger()
    assert window.statusBar().currentMessage().startswith("Divergence 2 of 2")
    step.trigger()
    assert "wrapped around to the first" in window.statusBar().currentMessage()


def test_giving_the_list_the_focus_or_filtering_it_never_changes_the_panes(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/paper", "e1/us"])
    window.menu_actions.findings.trigger()  # Ctrl+Shift+F: the list takes the focus
    panel = window.docks.findings
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(panel.table, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert panel.table.currentIndex().isValid()  # Qt made the first row current: that alone shows nothing
    assert window.area.shown() == ["e1/paper", "e1/us"]
    panel.only(findings.OMISSION)
    panel.words.setText("meet")
    assert len(panel.visible()) == 1
    assert window.area.shown() == ["e1/paper", "e1/us"] and panel.current() is None
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # a key that selects a row does show it
    assert panel.current() is not None and window.selected_claim_ids()


def test_on_a_wide_window_the_text_and_reason_columns_take_the_room_left(qtbot, tiny):
    """Seen at 1920 px: the eight columns stopped 420 px short of the right edge while texts were cut."""
    from readout_viewer.app.findings.panel import FindingsPanel
    from readout_viewer.app.findings.table import NARROW_WIDTH, REASON, TEXT, WIDTHS
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(1900, 300)
    panel.show()
    panel.set_analysis(tiny)
    table = panel.table

    def filled() -> bool:
        return abs(sum(table.columnWidth(c) for c in range(len(WIDTHS))) - table.viewport().width()) <= 1
    qtbot.waitUntil(filled)
    assert table.columnWidth(TEXT) > WIDTHS[TEXT] and table.columnWidth(REASON) > WIDTHS[REASON]
    panel.resize(700, 300)  # narrower than the columns: text and reason share what Type and Document leave
    qtbot.waitUntil(lambda: table.columnWidth(TEXT) < WIDTHS[TEXT] and table.columnWidth(REASON) < WIDTHS[REASON])
    assert min(table.columnWidth(TEXT), table.columnWidth(REASON)) >= NARROW_WIDTH  # then the table scrolls


def test_export_suggests_a_name_after_the_folder(qtbot, make_window, tiny, tmp_path):
    """The file dialog offers "<folder>-findings.csv" (it offered "findings-5.csv": the count of rows; qa5)."""
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.findings
    asked = []
    panel.ask_path = lambda suggested: asked.append(suggested)
    panel.export_csv()
    assert asked == [f"{Path(tiny.root).name}-findings.csv"]
