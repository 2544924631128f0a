"""The correction actions (confirm, reject, relabel, link, note, undo, redo) on the inspector bar and Edit menu."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from readout_viewer.app.protocols import ViewerWindow
from readout_viewer.core.labels import claim_shown, clip, quoted
from readout_viewer.core.model import AGREE, DIVERGE, REASONS, Analysis, Link

# The choices offered when linking two claims: agree, or diverge with one of the engine's reasons.
LINK_CHOICES = (AGREE,) + tuple(f"{DIVERGE}: {r}" for r in REASONS)
# A property set on the actions made here, so that they are never mistaken for the window's own.
OWN_PROPERTY = "readoutViewerCorrection"
# A property set on the actions put on the inspector bar, so that the next install can take them off.
BAR_PROPERTY = "readoutViewerCorrectionBar"
# Short labels on the narrow inspector bar (menus show the full text).
BAR_LABELS = ("Confirm", "Reject", "Agree", "Diverge\u2026", "Link", "Note\u2026", "Link note\u2026", "Undo", "Redo")
# Keys of the corrections on a selected link (shown in the Edit menu and the bar's tooltips); none is taken
# by the read-only panes, and Ctrl+Delete rejects without the risk of a bare Delete (undo restores anyway).
KEYS = {"confirm": "Ctrl+Return", "reject": "Ctrl+Delete", "agree": "Ctrl+Shift+A", "diverge": "Ctrl+Shift+D",
        "link_note": "Ctrl+Shift+N"}
# Longest claim excerpt shown in a dialog's label, in characters: enough to recognise the claim.
EXCERPT_CHARS = 90


class Dialogs:
    """The thin dialogs that ask for a reason or a note (tests replace them); they hold no logic."""

    def choice(self, parent, title: str, label: str, items: tuple[str, ...], editable: bool) -> str | None:
        text, ok = QInputDialog.getItem(parent, title, label, list(items), 0, editable)
        return text if ok else None

    def text(self, parent, title: str, label: str) -> str | None:
        from readout_viewer.app.decisions.notedialog import ask_note
        return ask_note(parent, title, label)


class CorrectionActions(NamedTuple):
    confirm: QAction
    reject: QAction
    agree: QAction
    diverge: QAction
    link: QAction
    note: QAction
    link_note: QAction
    undo: QAction
    redo: QAction

    def corrections(self) -> tuple[QAction, ...]:
        """The actions that change decisions (all but Undo and Redo): disabled when decisions are read-only."""
        return (self.confirm, self.reject, self.agree, self.diverge, self.link, self.note, self.link_note)


def parse_link_choice(choice: str) -> tuple[str, str | None]:
    """'agree' -> (agree, None); 'diverge: number' -> (diverge, number); any other text is a diverge reason."""
    choice = choice.strip()
    if choice in (AGREE, DIVERGE):
        return choice, None
    if choice.startswith(f"{DIVERGE}:"):
        return DIVERGE, choice[len(DIVERGE) + 1:].strip() or None
    return DIVERGE, choice or None


def pair_to_link(analysis: Analysis | None, claim_ids: list[str]) -> tuple[str, str] | None:
    """The first two selected claims that sit in two different documents and are not linked yet, or None.

    (The viewer selects a claim's linked counterparts with it: those pairs are linked already.)
    """
    if analysis is None:
        return None
    ids = [c for c in claim_ids if c in analysis.claim]
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            linked = any(b == link.other(a) for link in analysis.links_of.get(a, ()))
            if analysis.claim[a].doc != analysis.claim[b].doc and not linked:
                return a, b
    return None


class LinkStep(NamedTuple):
    """What "Link selected claims" does now: link a pair, or wait (`pending`) for the claim at the other end."""

    pair: tuple[str, str] | None
    pending: str | None


def link_step(analysis: Analysis | None, selected: list[str], pending: str | None) -> LinkStep:
    """Link two claims selected together, else in two steps: the current claim first, then one in another pane.

    Asking again on the pending claim itself cancels; a claim of the same document replaces it.
    """
    ids = [c for c in selected if analysis is not None and c in analysis.claim]
    pending = pending if analysis is not None and pending in analysis.claim else None
    if not ids:
        return LinkStep(None, pending)
    current = ids[0]
    if pending == current:
        return LinkStep(None, None)
    if pending is not None and analysis.claim[pending].doc != analysis.claim[current].doc:
        return LinkStep((pending, current), None)
    together = pair_to_link(analysis, ids) if pending is None else None
    return LinkStep(together, None) if together else LinkStep(None, current)


def excerpt(analysis: Analysis | None, claim_id: str) -> str:
    claim = analysis.claim.get(claim_id) if analysis is not None else None
    """A claim quoted for a dialog's label or the status bar: cut to EXCERPT_CHARS, in quotation marks."""
    return quoted(clip(claim_shown(analysis, claim) if claim and analysis else claim_id, EXCERPT_CHARS))


class _Slots(QObject):
    """What each action does: read the window's selection, ask through the dialogs, call the controller.

    A child of the controller, so that it lives as long as the actions connected to it.
    """

    def __init__(self, controller, window: ViewerWindow, dialogs: Dialogs) -> None:
        super().__init__(controller)
        self.c, self.w, self.d = controller, window, dialogs
        self.pending: str | None = None  # the first claim of a link being made in two steps

    def _link(self) -> Link | None:
        link = self.w.selected_link()
        if link is None:
            self.c.message.emit("Select a link first: click a ribbon, or a claim that has a counterpart.")
        return link

    def confirm(self) -> None:
        if (link := self._link()) is None:
            return
        shown = self.c.analysis.links if self.c.analysis is not None else ()
        if any({lk.a, lk.b} == {link.a, link.b} and lk.by_analyst for lk in shown):
            # a second Ctrl+Return wrote the same decision again, and said "Saved" (qa10)
            self.c.message.emit("This link is already confirmed.")
            return
        self.c.confirm(link)

    def reject(self) -> None:
        if (link := self._link()) is not None:
            self.c.reject(link)

    def agree(self) -> None:
        if (link := self._link()) is not None:
            self.c.relabel(link, AGREE, None)

    def diverge(self) -> None:
        if (link := self._link()) is None:
            return
        reason = self.d.choice(self.w, "Mark diverge", "Why do the two claims diverge? Pick a reason or type one:",
                               REASONS, True)
        if reason is not None:
            self.c.relabel(link, DIVERGE, reason.strip() or None)

    def link_claims(self) -> None:
        step = link_step(self.c.analysis, self.w.selected_claim_ids(), self.pending)
        self.pending = step.pending
        if step.pair is None:
            self.c.message.emit(
                "Select a claim, then press Ctrl+L; then select a claim in another pane and press Ctrl+L again."
                if step.pending is None else f"Linking {excerpt(self.c.analysis, step.pending)}: now "
                "select a claim in another pane and press Ctrl+L again (Ctrl+L on the same claim cancels).")
            return
        a, b = step.pair
        label = f"{excerpt(self.c.analysis, a)} and {excerpt(self.c.analysis, b)}:"
        choice = self.d.choice(self.w, "Link selected claims", label, LINK_CHOICES, True)
        if choice is not None:
            self.c.link_claims(a, b, *parse_link_choice(choice))

    def note(self) -> None:
        ids = [c for c in self.w.selected_claim_ids() if self.c.analysis and c in self.c.analysis.claim]
        if not ids:
            self.c.message.emit("Select a claim first, then add a note to it.")
            return
        text = self.d.text(self.w, "Add note", f"Note on {excerpt(self.c.analysis, ids[0])}:")
        if text and text.strip():
            self.c.add_note(ids[0], text)

    def link_note(self) -> None:
        if (link := self._link()) is None:
            return
        a, b = excerpt(self.c.analysis, link.a), excerpt(self.c.analysis, link.b)
        text = self.d.text(self.w, "Add note on link", f"Note on the link of {a} and {b}:")
        if text and text.strip():
            self.c.add_note(link.a, text, link.b)


def _mine(action: QAction) -> QAction:
    action.setProperty(OWN_PROPERTY, True)
    return action


def _forget_previous(bar: QWidget, menu: QMenu) -> None:
    """Take a previous folder's correction actions off the inspector's bar (the window's old Undo/Redo with them)
    and off the Edit menu."""
    for old in bar.actions():
        if old.property(BAR_PROPERTY):
            bar.removeAction(old)
    for old in menu.actions():
        if old.property(OWN_PROPERTY):
            menu.removeAction(old)


def _action(owner, text: str, tip: str, slot, shortcut: str | None = None) -> QAction:
    action = _mine(QAction(text, owner))
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = tip if keys in tip else f"{tip} ({keys})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def _undo_redo(controller, window: ViewerWindow) -> tuple[QAction, QAction, bool]:
    """The window's Undo/Redo (menus.add_undo made them), else new ones on the controller's stack (True when new)."""
    made = window.menu_actions.undo_actions
    if made is not None:
        return made[0], made[1], False
    undo = _mine(controller.undo_stack.createUndoAction(controller, "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo = _mine(controller.undo_stack.createRedoAction(controller, "&Redo"))
    keys = [QKeySequence("Ctrl+Shift+Z")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys]
    redo.setShortcuts(keys)
    return undo, redo, True


def install_actions(controller, window: ViewerWindow, dialogs: Dialogs | None = None) -> CorrectionActions:
    """Create the correction actions, put them on window.inspector.actions_bar and the Edit menu.

    The actions belong to the controller: when it is deleted (another folder opened) they leave the window.
    """
    s = _Slots(controller, window, dialogs or Dialogs())
    undo, redo, new = _undo_redo(controller, window)
    c = controller
    actions = CorrectionActions(
        _action(c, "Confirm link", "Confirm the selected link: the engine got it right", s.confirm,
                KEYS["confirm"]),
        _action(c, "Reject link", "Reject the selected link: the two claims do not report the same thing",
                s.reject, KEYS["reject"]),
        _action(c, "Mark agree", "The two claims of the selected link agree", s.agree, KEYS["agree"]),
        _action(c, "Mark diverge\u2026", "The two claims of the selected link diverge; say why", s.diverge,
                KEYS["diverge"]),
        _action(c, "Link selected claims", "Link a claim to one in another pane: select it, Ctrl+L, select "
                "the other, Ctrl+L", s.link_claims, "Ctrl+L"),
        _action(c, "Add note\u2026", "Add a note to the selected claim (Ctrl+N)", s.note, "Ctrl+N"),
        _action(c, "Add note on link\u2026", "Add a note to the selected link", s.link_note, KEYS["link_note"]),
        undo, redo)
    bar, menu = window.inspector.actions_bar, window.menu_actions.edit
    _forget_previous(bar, menu)
    for action, short in zip(actions, BAR_LABELS):
        action.setProperty(BAR_PROPERTY, True)
        action.setIconText(short)
    if new:
        menu.addActions([undo, redo])
    separator = _mine(QAction(controller))
    separator.setSeparator(True)
    menu.addAction(separator)
    menu.addActions(list(actions.corrections()))
    bar.addActions(list(actions))
    for action in actions.corrections():
        action.setEnabled(not controller.read_only)
    return actions
