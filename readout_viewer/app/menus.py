"""The window's menus, toolbar and shortcuts; each action calls one method of the window or its parts."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QMenu, QToolBar, QWidget

from readout_viewer.app import menu_commands, navigate, theme
from readout_viewer.app.greyed import can_act
from readout_viewer.app.protocols import ViewerWindow, WindowActions
from readout_viewer.core import confidence, status
from readout_viewer.core.model import Analysis
from readout_viewer.core.model.vocabulary import KIND_WORDS, OMISSION

# The find field is this wide (pixels).
FIND_WIDTH = 280
# The omissions' word is the findings' (core.model.vocabulary.KIND_WORDS): one word for one thing wherever it is read.
LEFT_OUT = KIND_WORDS[OMISSION]
# What View → Findings and the toolbar's Findings button say they show: every kind its chips count, in their words
# (it said "every divergence, omission, altered quote and misattribution", three of the seven kinds unnamed).
FINDINGS_TIP = f"Every finding as one list: {', '.join(w.lower() for w in KIND_WORDS.values())}"
FILTER_SHORT = {"all": "All", status.DIVERGE: "Divergences", status.OMITTED: LEFT_OUT, "quotes": "Quotes"}
# Keys of the highlight filters, in menu order (next to Ctrl+0, "normal size", as tab keys are in browsers).
FILTER_KEYS = {"all": "Ctrl+1", status.DIVERGE: "Ctrl+2", status.OMITTED: "Ctrl+3", "quotes": "Ctrl+4"}
FILTER_WORDS = {"all": "Show &everything", status.DIVERGE: "&Divergences only", status.OMITTED: f"&{LEFT_OUT} only",
                "quotes": "&Quotes only"}
# Why a control that could not act on the folder shown is greyed (its tooltip, in place of what it does).
NO_TEXTS = "Open a folder with texts first"
ANALYSING = "The texts are being analysed: what diverges and what is left out is marked when it is done"
NOT_ANALYSED = "The texts were not analysed: File → Reload folder marks what diverges and what is left out"
NO_DIVERGENCE = "No divergence in this folder"
NO_OFFICIAL = f"No official text in this folder: nothing is {LEFT_OUT.lower()} of one"
NOTHING_LEFT_OUT = f"Nothing {LEFT_OUT.lower()}: every official claim is reported somewhere in this folder"


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
    file.addAction(_action(window, "&Open folder…", lambda: menu_commands.open_dialog(window),
                           QKeySequence.StandardKey.Open, "Open a folder of texts about one event"))
    recent = file.addMenu("Open &recent")
    file.addAction(_action(window, "&New document from clipboard…", lambda: menu_commands.paste(window),
                           "Ctrl+Shift+V", "Save the copied text as a Markdown document of this folder"))
    file.addAction(_action(window, "Re&load folder", lambda: menu_commands.reload(window),
                           QKeySequence.StandardKey.Refresh, "Analyse the folder again (after its files changed)"))
    cancel = _action(window, "&Cancel analysis", window.runner.cancel, "Esc", "Stop the running analysis")
    cancel.setEnabled(False)
    file.addAction(cancel)
    export_pdf = _action(window, "&Export PDF…", lambda: menu_commands.export(window), "Ctrl+E",
                         "Export an annotated PDF")
    file.addAction(export_pdf)
    file.addSeparator()
    file.addAction(_action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit))
    find_action = _action(window, "&Find…", lambda: menu_commands.focus_find(window), QKeySequence.StandardKey.Find,
                          "Find words in the shown documents")
    a = WindowActions(recent=recent, cancel=cancel, export=export_pdf, edit=bar.addMenu("&Edit"), find=find_action,
                      find_field=QLineEdit(window))
    a.edit.addAction(a.find)
    a.edit.addSeparator()
    _view_menu(window, a, bar.addMenu("&View"))
    _navigate_menu(window, a, bar.addMenu("&Navigate"))
    help_ = bar.addMenu("&Help")
    help_.addAction(_action(window, "What the &colours mean", lambda: _help("colours", window)))
    help_.addAction(_action(window, "&Keyboard shortcuts", lambda: _help("show_shortcuts", window), "F1"))
    help_.addAction(_action(window, "&About readout-viewer", lambda: _help("about", window)))
    _toolbar(window, a)
    refresh_recent(window, a)
    refresh_controls(window, None, a=a)
    for stopped in (window.runner.cancelled, window.runner.failed):  # the texts alone stay shown, not analysed
        stopped.connect(lambda *_: refresh_controls(window, window.analysis))
    return a


def _help(box: str, window: ViewerWindow) -> None:
    """One of the Help menu's boxes, its module (and QMessageBox's types) loaded when one is first asked for."""
    from readout_viewer.app import help_menu
    getattr(help_menu, box)(window)


def _view_menu(window: ViewerWindow, a: WindowActions, view: QMenu) -> None:
    a.lock = _action(window, "&Lock scrolling", window.area.set_locked, "Ctrl+K",
                     "Scroll the panes together, lined up on linked claims", checkable=True)
    a.lock.setIconText("Lock scroll")
    view.addAction(a.lock)
    view.addSeparator()
    _filter_actions(window, a, view)
    view.addSeparator()
    view.addAction(_action(window, "Zoom &in", lambda: window.area.zoom_by(1), QKeySequence.StandardKey.ZoomIn))
    view.addAction(_action(window, "Zoom &out", lambda: window.area.zoom_by(-1), QKeySequence.StandardKey.ZoomOut))
    view.addAction(_action(window, "&Normal size", lambda: window.area.zoom_by(0), "Ctrl+0"))
    _theme_menu(window, a, view.addMenu("&Theme"))
    view.addSeparator()
    a.findings = _action(window, "&Findings", lambda: menu_commands.show_dock(
        window, window.docks.dock_findings, window.docks.findings.table), "Ctrl+Shift+F",
                         FINDINGS_TIP)
    a.compare = _action(window, "&Compare two documents", lambda: menu_commands.show_dock(
        window, window.docks.dock_compare, window.docks.compare.a), "Ctrl+M",
        "What one document says that another leaves out, both ways, whatever the panes show")
    view.addAction(a.findings)
    view.addAction(a.compare)
    view.addAction(_action(window, "&Previous panes", lambda: menu_commands.previous_panes(window),
                           "Ctrl+Backspace", "Show the documents the panes showed before the last change"))
    view.addAction(_action(window, "Panel &drawer", window.toggle_drawer, "Ctrl+J",
                           "Hide the panels below the panes (the texts get the whole height), or show them"))
    view.addAction(_action(window, "&Enlarge the panels", window.enlarge_drawer, "Ctrl+Shift+J",
                           "Give the panels below the panes most of the height (a long list), or their usual share"))
    view.addSeparator()
    for dock in window.docks.all():
        view.addAction(dock.toggleViewAction())


def _filter_actions(window: ViewerWindow, a: WindowActions, view: QMenu) -> None:
    """One checkable action per highlight filter (all, divergences, omissions, quotes), one checked at a time."""
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
             "Shift+F7"), (f"Next &{LEFT_OUT.lower()}", status.OMITTED, True, "F8"),
             (f"Previous {LEFT_OUT[0].lower()}&{LEFT_OUT[1:]}", status.OMITTED, False, "Shift+F8"))
    a.steps = {}
    for text, wanted, forward, key in steps:
        act = _action(window, text, lambda _=False, w=wanted, f=forward: menu_commands.step(window, w, f), key)
        act.setIconText(("◀ " if not forward else "") + ("Divergence" if wanted == status.DIVERGE else LEFT_OUT)
                        + (" ▶" if forward else ""))
        act.setToolTip(f"{text.replace('&', '')} ({key})")
        nav.addAction(act)
        a.steps[(wanted, forward)] = act
    nav.addSeparator()
    for text, forward, key in (("Next &finding", True, "F9"), ("Previous fi&nding", False, "Shift+F9")):
        act = _action(window, text, lambda _=False, f=forward: menu_commands.step_finding(window, f), key,
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
    nav.addAction(_action(window, "Find &next", lambda: menu_commands.find(window, True),
                          QKeySequence.StandardKey.FindNext))
    nav.addAction(_action(window, "Find &previous", lambda: menu_commands.find(window, False),
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
    a.find_field.setPlaceholderText("Find in panes (Ctrl+F)")  # whole in the ~200 px a 1280 px toolbar leaves it
    a.find_field.setToolTip("Find words in the panes (Ctrl+F); Enter goes to the next place")
    a.find_field.setClearButtonEnabled(True)
    a.find_field.setAccessibleName("Find in panes")
    a.find_field.setMaximumWidth(FIND_WIDTH)
    a.find_field.returnPressed.connect(lambda: menu_commands.find(window, True))
    tools.addWidget(a.find_field)


def _score_box(window: ViewerWindow) -> QDoubleSpinBox:
    """The confidence floor: links, attributions and reports scored below it are hidden everywhere."""
    box = QDoubleSpinBox(window)
    box.setRange(0.0, 1.0)
    box.setSingleStep(confidence.STEP)
    box.setDecimals(2)
    box.setPrefix("Score ≥ ")
    box.setAccessibleName("Lowest score shown")  # "Score ≥" read aloud says no more than "score"
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


def refresh_controls(window: ViewerWindow, analysis: Analysis | None, interim: bool = False,
                     a: WindowActions | None = None) -> None:
    """Enable the navigation and view controls that can act on `analysis` (None: no folder; `interim`: its texts
    alone, still being analysed); each one greyed says why in its tooltip (an enabled one, what it does)."""
    a = a or window.menu_actions
    documents = analysis.documents if analysis is not None else ()
    empty = NO_TEXTS if not documents else None
    unread = NOT_ANALYSED if analysis is not None and not analysis.claims else None  # texts alone, cancelled
    pending = empty or (ANALYSING if interim else unread)
    links = analysis.links if analysis is not None else ()
    diverging = pending or (None if any(link.relation == status.DIVERGE for link in links) else NO_DIVERGENCE)
    omissions = analysis.omissions if analysis is not None else ()
    left_out = pending or (None if analysis is not None and analysis.has_official else NO_OFFICIAL) or (
        None if any(o.missing_from for o in omissions) else NOTHING_LEFT_OUT)
    why: dict[QAction | QWidget | None, str | None] = {a.lock: empty, a.findings: empty, a.compare: empty,
                                                       a.score: empty}
    why.update(dict.fromkeys(a.filters.values(), empty))
    for (wanted, _), act in a.steps.items():
        why[act] = {status.DIVERGE: diverging, status.OMITTED: left_out}.get(wanted, empty)
    for control, reason in why.items():
        if control is not None:
            can_act(control, reason)


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

