"""Keyboard shortcuts a person uses without the mouse: corrections on the selected link, highlight filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.builders import small_folder

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, make_window, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(small_folder(tmp_path / "folder"))
    window.activateWindow()
    return window


def test_every_correction_in_the_edit_menu_has_a_shortcut(qtbot, make_window, tmp_path):
    window = _open(qtbot, make_window, tmp_path)
    actions = window.controller.actions
    for action in actions:
        assert not action.shortcut().isEmpty(), action.text()
    assert "Ctrl+Return" in actions.confirm.toolTip()
    keys = [a.shortcut().toString() for a in window.findChildren(type(actions.confirm)) if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), "two actions answer the same key"


def test_keys_confirm_and_reject_the_selected_link_and_undo_takes_it_back(qtbot, make_window, tmp_path):
    window = _open(qtbot, make_window, tmp_path)
    link = window.analysis.links[0]
    window.area.select_link(link)
    pane = window.area.panes[0].text
    pane.setFocus()
    with qtbot.waitSignal(window.analysis_shown):
        qtbot.keyClick(pane, Qt.Key.Key_Return, CTRL)
    assert window.analysis.links[0].confirmed
    window.area.select_link(window.analysis.links[0])
    with qtbot.waitSignal(window.analysis_shown):
        qtbot.keyClick(pane, Qt.Key.Key_Delete, CTRL)
    assert window.analysis.links == ()
    with qtbot.waitSignal(window.analysis_shown):
        qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    assert len(window.analysis.links) == 1


def test_filter_keys_switch_the_highlight(qtbot, make_window, tmp_path):
    window = _open(qtbot, make_window, tmp_path)
    pane = window.area.panes[0].text
    qtbot.keyClick(pane, Qt.Key.Key_2, CTRL)
    assert window.area.wanted == "diverge" and window.menu_actions.filters["diverge"].isChecked()
    qtbot.keyClick(pane, Qt.Key.Key_1, CTRL)
    assert window.area.wanted == "all"
    assert "Ctrl+3" in window.menu_actions.filters["omitted"].toolTip()


def test_toolbar_buttons_say_their_key_in_their_tooltip(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    assert "(Ctrl+K)" in window.menu_actions.lock.toolTip()
    for action in window.findChildren(type(window.menu_actions.lock)):
        keys = action.shortcut().toString()
        if keys and action.toolTip():
            assert keys in action.toolTip(), action.text()


def test_the_shortcuts_list_is_two_columns_wide_and_lists_every_key():
    from readout_viewer.app.help_menu import shortcuts_html
    rows = [("Menu", f"Action {i}", f"F{i}") for i in range(1, 30)]
    html = shortcuts_html(rows)
    assert html.count("<tr>") == 15  # 29 shortcuts in 15 lines, not 29
    assert all(f"<b>F{i}</b>" in html for i in range(1, 30))


def test_the_findings_action_names_every_kind_its_list_shows(qtbot, make_window, tmp_path):
    """Seen by helper qa4: the Findings button's tip said "Every divergence, omission, altered quote and
    misattribution, as one list" above a list whose chips also count Not found, Unsupported and Unreported."""
    from readout_viewer.core.model.vocabulary import KIND_WORDS
    window = _open(qtbot, make_window, tmp_path)
    findings = window.menu_actions.findings
    for tip in (findings.toolTip(), findings.statusTip()):
        for word in KIND_WORDS.values():
            assert word.lower() in tip.lower(), (word, tip)
        assert "Ctrl+Shift+F" in tip


def test_the_help_menu_says_what_the_colours_mean(qtbot, make_window, monkeypatch):
    """Seen by helper qa6: the Help menu held the shortcuts and About only; nothing told a newcomer the colours."""
    from PySide6.QtWidgets import QMessageBox

    from readout_viewer.app.help_menu import shortcuts_html
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = make_window()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    colours = next(a for a in help_menu.actions() if "colours" in a.text())
    colours.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    for words in ("agrees", "diverges", "left out", "misattributed", "other panes shown"):
        assert words in shown[0], words
        assert words in shortcuts_html([("File", "Open", "Ctrl+O")])
