"""The window's menus, toolbar and shortcuts; each action calls one method of the window or its parts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDoubleSpinBox, QFileDialog, QLabel, QLineEdit, QMenu, QMessageBox, QToolBar

from readout_viewer.app import navigate, theme
from readout_viewer.app.protocols import ViewerWindow, WindowActions
from readout_viewer.core import confidence, status

# A short hint in the status bar stays this long (milliseconds); the find field is this wide (pixels).
HINT_MS = 4000
FIND_WIDTH = 280
# Width of the shortcuts list, in average characters: two columns of menu, action and keys on one line each.
SHORTCUTS_CHARS = 96
FILTER_SHORT = {"all": "All", status.DIVERGE: "Divergences", status.OMITTED: "Omissions", "quotes": "Quotes"}
# Keys of the highlight filters, in menu order (next to Ctrl+0, "normal size", as tab keys are in browsers).
FILTER_KEYS = {"all": "Ctrl+1", status.DIVERGE: "Ctrl+2", status.OMITTED: "Ctrl+3", "quotes": "Ctrl+4"}
FILTER_WORDS = {"all": "Show &everything", status.DIVERGE: "&Divergences only", status.OMITTED: "&Omissions only",
                "quotes": "&Quotes only"}


def _action(window, text: str, slot, shortcut=None, tip: str | None = None, checkable: bool = False) -> QAction:
    # Every action here is made with its text as a keyword: QAction(text, parent) makes PySide6 try the overload
    # that takes an icon first, which creates QIcon's enum types (ThemeIcon's 130 members: 5-10 ms of a start) that
    # no menu here uses.
    action = QAction(window, text=text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or text.replace('&', '').rstrip('…')} ({keys})" if keys and keys not in (tip or "") else tip
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    (action.toggled if checkable else action.triggered).connect(slot)
    return action


def build(window: ViewerWindow) -> WindowActions:
    """Create the menus and the toolbar; returns the actions that others need (lock, filters, recent menu...)."""
    bar = window.menuBar()
    file = bar.addMenu("&File")
    file.addAction(_action(window, "&Open folder…", lambda: open_dialog(window), QKeySequence.StandardKey.Open,
                           "Open a folder of texts about one event"))
    recent = file.addMenu("Open &recent")
    file.addAction(_action(window, "&New document from clipboard…", lambda: _paste(window),
                           "Ctrl+Shift+V", "Save the copied text as a Markdown document of this folder"))
    file.addAction(_action(window, "Re&load folder", lambda: reload(window),
                           QKeySequence.StandardKey.Refresh, "Analyse the folder again (after its files changed)"))
    cancel = _action(window, "&Cancel analysis", window.runner.cancel, "Esc", "Stop the running analysis")
    cancel.setEnabled(False)
    file.addAction(cancel)
    export_pdf = _action(window, "&Export PDF…", lambda: export(window), "Ctrl+E", "Export an annotated PDF")
    file.addAction(export_pdf)
    file.addSeparator()
    file.addAction(_action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit))
    find_action = _action(window, "&Find…", lambda: focus_find(window), QKeySequence.StandardKey.Find,
                          "Find words in the shown documents")
    a = WindowActions(recent=recent, cancel=cancel, export=export_pdf, edit=bar.addMenu("&Edit"), find=find_action,
                      find_field=QLineEdit(window))
    a.edit.addAction(a.find)
    a.edit.addSeparator()
    _view_menu(window, a, bar.addMenu("&View"))
    _navigate_menu(window, a, bar.addMenu("&Navigate"))
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(_action(window, "&Keyboard shortcuts", lambda: show_shortcuts(window), "F1"))
    help_menu.addAction(_action(window, "&About readout-viewer", lambda: about(window)))
    _toolbar(window, a)
    refresh_recent(window, a)
    return a


def _view_menu(window: ViewerWindow, a: WindowActions, view: QMenu) -> None:
    a.lock = _action(window, "&Lock scrolling", window.area.set_locked, "Ctrl+K",
                     "Scroll the panes together, lined up on linked claims", checkable=True)
    a.lock.setIconText("Lock scroll")
    view.addAction(a.lock)
    view.addSeparator()
    group = QActionGroup(window)
    a.filters = {}
    for key, words in FILTER_WORDS.items():
        act = QAction(window, text=words, checkable=True)
        act.setChecked(key == "all")
        act.setIconText(FILTER_SHORT[key])
        act.setShortcut(QKeySequence(FILTER_KEYS[key]))
        act.setToolTip(f"Highlight: {words.replace('&', '').lower()} ({FILTER_KEYS[key]})")
        act.triggered.connect(lambda _=False, k=key: window.area.set_filter(k))
        group.addAction(act)
        view.addAction(act)
        a.filters[key] = act
    view.addSeparator()
    view.addAction(_action(window, "Zoom &in", lambda: window.area.zoom_by(1), QKeySequence.StandardKey.ZoomIn))
    view.addAction(_action(window, "Zoom &out", lambda: window.area.zoom_by(-1), QKeySequence.StandardKey.ZoomOut))
    view.addAction(_action(window, "&Normal size", lambda: window.area.zoom_by(0), "Ctrl+0"))
    _theme_menu(window, a, view.addMenu("&Theme"))
    view.addSeparator()
    a.findings = _action(window, "&Findings", lambda: show_dock(window, window.docks.dock_findings,
                                                                 window.docks.findings.table), "Ctrl+Shift+F",
                         "Every divergence, omission, altered quote and misattribution, as one list")
    a.compare = _action(window, "&Compare two documents", lambda: show_dock(
        window, window.docks.dock_compare, window.docks.compare.a), "Ctrl+M",
        "What one document says that another leaves out, both ways, whatever the panes show")
    view.addAction(a.findings)
    view.addAction(a.compare)
    view.addAction(_action(window, "&Previous panes", lambda: previous_panes(window), "Ctrl+Backspace",
                           "Show the documents the panes showed before the last change"))
    view.addAction(_action(window, "Panel &drawer", window.toggle_drawer, "Ctrl+J",
                           "Hide the panels below the panes (the texts get the whole height), or show them"))
    view.addAction(_action(window, "&Enlarge the panels", window.enlarge_drawer, "Ctrl+Shift+J",
                           "Give the panels below the panes most of the height (a long list), or their usual share"))
    view.addSeparator()
    for dock in window.docks.all():
        view.addAction(dock.toggleViewAction())


def _theme_menu(window: ViewerWindow, a: WindowActions, menu: QMenu) -> None:
    """System, light or dark colours; the choice is remembered."""
    group = QActionGroup(window)
    a.themes = {}
    for name, words in ((theme.SYSTEM, "&System colours"), (theme.LIGHT, "&Light"), (theme.DARK, "&Dark")):
        act = QAction(window, text=words, checkable=True)
        act.setChecked(name == window.theme)
        act.triggered.connect(lambda _=False, n=name: window.set_theme(n))
        group.addAction(act)
        menu.addAction(act)
        a.themes[name] = act


def _navigate_menu(window: ViewerWindow, a: WindowActions, nav: QMenu) -> None:
    steps = (("Next &divergence", status.DIVERGE, True, "F7"), ("Previous d&ivergence", status.DIVERGE, False,
             "Shift+F7"), ("Next &omission", status.OMITTED, True, "F8"),
             ("Previous o&mission", status.OMITTED, False, "Shift+F8"))
    a.steps = {}
    for text, wanted, forward, key in steps:
        act = _action(window, text, lambda _=False, w=wanted, f=forward: step(window, w, f), key)
        act.setIconText(("◀ " if not forward else "") + ("Divergence" if wanted == status.DIVERGE else "Omission")
                        + (" ▶" if forward else ""))
        act.setToolTip(f"{text.replace('&', '')} ({key})")
        nav.addAction(act)
        a.steps[(wanted, forward)] = act
    nav.addSeparator()
    for text, forward, key in (("Next &finding", True, "F9"), ("Previous fi&nding", False, "Shift+F9")):
        act = _action(window, text, lambda _=False, f=forward: step_finding(window, f), key,
                      "Step through the Findings panel's list as filtered and sorted")
        act.setIconText(("◀ " if not forward else "") + "Finding" + (" ▶" if forward else ""))
        nav.addAction(act)
        a.steps[("finding", forward)] = act
    nav.addSeparator()
    for text, slot, key in (("Next &claim", lambda: navigate.step_claim(window.area, True), "Alt+Down"),
                            ("Previous c&laim", lambda: navigate.step_claim(window.area, False), "Alt+Up"),
                            ("Next &pane", lambda: navigate.step_pane(window.area, True), "Alt+Right"),
                            ("Previous p&ane", lambda: navigate.step_pane(window.area, False), "Alt+Left")):
        nav.addAction(_action(window, text, slot, key, "Select claims without the mouse (then confirm, reject, "
                              "relabel or note the selected link)" if "claim" in text else
                              "Go to the pane beside: its counterpart of the selected claim"))
    nav.addSeparator()
    nav.addAction(_action(window, "Find &next", lambda: find(window, True), QKeySequence.StandardKey.FindNext))
    nav.addAction(_action(window, "Find &previous", lambda: find(window, False),
                          QKeySequence.StandardKey.FindPrevious))


def _toolbar(window: ViewerWindow, a: WindowActions) -> None:
    tools = QToolBar("Navigation", window)
    tools.setObjectName("navigation_toolbar")
    tools.setMovable(False)
    window.addToolBar(tools)
    tools.addAction(a.lock)
    tools.addSeparator()
    for key in (status.DIVERGE, status.OMITTED):
        tools.addAction(a.steps[(key, False)])
        tools.addAction(a.steps[(key, True)])
        tools.addSeparator()
    for act in a.filters.values():
        tools.addAction(act)
    tools.addSeparator()
    for act in (a.findings, a.compare):
        tools.addAction(act)
    tools.addSeparator()
    a.score = _score_box(window)
    tools.addWidget(a.score)
    tools.addSeparator()
    a.find_field.setPlaceholderText("Find in panes (Ctrl+F, Enter: next)")
    a.find_field.setClearButtonEnabled(True)
    a.find_field.setMaximumWidth(FIND_WIDTH)
    a.find_field.returnPressed.connect(lambda: find(window, True))
    tools.addWidget(a.find_field)


def _paste(window: ViewerWindow) -> None:
    from readout_viewer.app import paste_action  # its dialog and the metadata guesses: when first asked for
    paste_action.new_from_clipboard(window)


def previous_panes(window: ViewerWindow) -> None:
    if not window.area.previous_panes():
        window.statusBar().showMessage("No earlier choice of panes.", HINT_MS)


def _score_box(window: ViewerWindow) -> QDoubleSpinBox:
    """The confidence floor: links, attributions and reports scored below it are hidden everywhere."""
    box = QDoubleSpinBox(window)
    box.setRange(0.0, 1.0)
    box.setSingleStep(confidence.STEP)
    box.setDecimals(2)
    box.setPrefix("Score ≥ ")
    box.setValue(window.min_score)
    box.setKeyboardTracking(False)  # typing "0.45" is one change, not three
    box.setToolTip("Hide the links, attributions and reports the engine scores below this, in the panes, ribbons, "
                   f"lists and the PDF (remembered). Scores under {confidence.WEAK:.2f} are marked weak; 0 hides "
                   "nothing.")
    box.valueChanged.connect(window.set_min_score)
    return box


def refresh_recent(window: ViewerWindow, a: WindowActions | None = None) -> None:
    a = a or window.menu_actions
    a.recent.clear()
    folders = window.settings.recent_folders()
    for folder in folders:
        act = a.recent.addAction(f"{folder.name}   —   {folder}", lambda f=folder: window.open_folder(f))
        if not folder.is_dir():  # moved or deleted since: shown, but greyed, with why
            act.setEnabled(False)
            act.setText(f"{act.text()}   (not found)")
    if folders:
        a.recent.addSeparator()
        a.recent.addAction("Clear this list", lambda: (window.settings.clear_recent(), refresh_recent(window)))
    a.recent.setEnabled(bool(folders))


def add_undo(window: ViewerWindow, controller) -> None:
    """Undo / Redo of the analyst's corrections, in the Edit menu (once per controller)."""
    a = window.menu_actions
    for old in a.undo_actions or ():
        a.edit.removeAction(old)
    undo = controller.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = controller.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    first = a.edit.actions()[0] if a.edit.actions() else None
    a.edit.insertActions(first, [undo, redo])
    a.undo_actions = (undo, redo)


def open_dialog(window: ViewerWindow) -> None:
    start = str(window.folder or Path.home())
    folder = QFileDialog.getExistingDirectory(window, "Open a folder of texts", start)
    if folder:
        window.open_folder(Path(folder))


def reload(window: ViewerWindow) -> None:
    if window.folder is not None:
        window.open_folder(window.folder)


def export(window: ViewerWindow) -> None:
    if window.runner.busy():  # the texts may be shown already, their highlights are not
        window.statusBar().showMessage("The folder is still being analysed: export once it is done.", 8000)
    elif window.analysis is not None:
        from readout_viewer.app.export_action import export_with_dialog  # its dialog: when asked for
        export_with_dialog(window, window.analysis, window.folder, window.area.shown(), min_score=window.min_score)


def focus_find(window: ViewerWindow) -> None:
    window.menu_actions.find_field.setFocus()
    window.menu_actions.find_field.selectAll()


def find(window: ViewerWindow, forward: bool) -> None:
    words = window.menu_actions.find_field.text()
    if not words:
        return
    if navigate.find_text(window.area, words, forward):
        found = navigate.count_text(window.area, words)
        window.statusBar().showMessage(f"“{words}”: {found} in the shown documents (F3 next, Shift+F3 previous).",
                                       HINT_MS)
    else:
        window.statusBar().showMessage(f"“{words}” is not in the shown documents.", HINT_MS)


def step(window: ViewerWindow, wanted: str, forward: bool) -> None:
    """Next (previous) divergence or omission, saying which of how many, and when it wrapped around."""
    found = navigate.step_status(window.area, wanted, forward)
    if found is None:
        window.statusBar().showMessage(f"No claim {status_words(wanted)} in the shown documents.", HINT_MS)
        return
    noun = "Divergence" if wanted == status.DIVERGE else "Omission"
    wrapped = f" — wrapped around to the {'first' if forward else 'last'}" if found.wrapped else ""
    window.statusBar().showMessage(f"{noun} {found.number} of {found.total} in the shown documents{wrapped}.",
                                   HINT_MS)


def step_finding(window: ViewerWindow, forward: bool) -> None:
    """Next (previous) row of the Findings panel (shown and raised), as its filters list them."""
    dock = window.docks.dock_findings
    if not dock.isVisible():
        dock.show()
    dock.raise_()
    found = window.docks.findings.step(forward)
    if found is not None:
        position = window.docks.findings.position.text()
        window.statusBar().showMessage(f"Finding {position}: {found.kind}.", HINT_MS)


def show_dock(window: ViewerWindow, dock, focus=None) -> None:
    """Show a dock (out of the drawer if it was hidden there) in front of its tabs."""
    dock.show()
    dock.raise_()
    if focus is not None:
        focus.setFocus()


def status_words(wanted: str) -> str:
    return {status.DIVERGE: "diverges", status.OMITTED: "is omitted"}.get(wanted, wanted)


def shortcuts(window: ViewerWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) of every menu action that has a shortcut, in menu order."""
    out = []
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for act in top.menu().actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
            if keys:
                out.append((top.text().replace("&", ""), act.text().replace("&", ""), keys))
    return out


def shortcuts_html(rows: list[tuple[str, str, str]]) -> str:
    """The shortcuts as a table of two side-by-side halves (a single column ran off a laptop's screen)."""
    cells = [f"<td>{menu}</td><td>{name}</td><td><b>{keys}</b></td>" for menu, name, keys in rows]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:] + ["<td></td><td></td><td></td>"] * (half - len(cells[half:]))
    body = "".join(f"<tr>{a}<td width='24'></td>{b}</tr>" for a, b in zip(left, right))
    return (f"<table cellspacing='4'>{body}</table><p>Click a claim to inspect it; hover a ribbon to light a "
            "pair, click it to select the pair.</p>")


def show_shortcuts(window: ViewerWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts", shortcuts_html(shortcuts(window)),
                      QMessageBox.StandardButton.Ok, window)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:  # the box would squeeze the table and wrap every name in two
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * SHORTCUTS_CHARS)
    box.exec()


def about(window: ViewerWindow) -> None:
    QMessageBox.about(window, "readout-viewer", "<b>readout-viewer</b><p>Compare official readouts of a diplomatic "
                      "event with the articles written about them, claim by claim.</p>")
