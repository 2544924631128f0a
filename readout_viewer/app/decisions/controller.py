"""The analyst's corrections in the viewer: each one an undoable command that updates and saves decisions.yaml."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from readout_viewer.app.protocols import ViewerWindow
from readout_viewer.core.decisions import (
    CONFIRM,
    REJECT,
    RELABEL,
    Decision,
    DecisionsReadOnly,
    DecisionStore,
    decision_for_claims,
    decision_for_link,
    note_decision,
)
from readout_viewer.core.model import Analysis, Link


class _DecisionCommand(QUndoCommand):
    """Redo records the decision in the store, undo takes it back; both save the file."""

    def __init__(self, controller: DecisionsController, decision: Decision, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self.decision = decision

    def redo(self) -> None:
        if not self._controller._change(self.decision, add=True):
            self.setObsolete(True)  # refused: the stack drops the command

    def undo(self) -> None:
        self._controller._change(self.decision, add=False)


class DecisionsController(QObject):
    """Confirm, reject, relabel, link, note; `changed` after each change, `message` for the user."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.store = DecisionStore.open(self.folder)
        self.undo_stack = QUndoStack(self)
        self._analysis: Analysis | None = None
        self.actions = None  # the QActions, once install() has run
        self._orphans_told = 0
        if self.store.messages:  # said once the window has had a chance to connect to `message`
            QTimer.singleShot(0, self, self._announce)

    def _announce(self) -> None:
        for text in self.store.messages:
            self.message.emit(text)

    # ---- the analysis shown
    @property
    def analysis(self) -> Analysis | None:
        """The analysis shown, with the decisions applied."""
        return self._analysis

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def apply(self, analysis: Analysis) -> Analysis:
        """`analysis` with the folder's decisions applied (from the engine's findings, so it is idempotent)."""
        self._analysis = self.store.apply(analysis)
        self._tell_orphans()
        return self._analysis

    def _tell_orphans(self) -> None:
        """Say, once per change of their number, that some decisions no longer match any text."""
        orphans = [o for o in self._analysis.orphans if "entry" not in o]
        if len(orphans) != self._orphans_told:
            self._orphans_told = len(orphans)
            if orphans:
                self.message.emit(f"{len(orphans)} correction(s) no longer match the text of their documents; "
                                  f"they are listed under Problems and kept in {self.store.path}.")

    def set_analysis(self, analysis: Analysis | None) -> None:
        """The analysis the window shows: the claims and links that selections refer to."""
        self._analysis = analysis

    # ---- corrections
    def confirm(self, link: Link) -> Decision | None:
        return self._decide("Confirm link", lambda a: decision_for_link(CONFIRM, link, a))

    def reject(self, link: Link) -> Decision | None:
        return self._decide("Reject link", lambda a: decision_for_link(REJECT, link, a))

    def relabel(self, link: Link, relation: str, reason: str | None = None) -> Decision | None:
        return self._decide(f"Mark {relation}", lambda a: decision_for_link(RELABEL, link, a, relation, reason))

    def link_claims(self, a_id: str, b_id: str, relation: str, reason: str | None = None) -> Decision | None:
        return self._decide("Link claims", lambda a: decision_for_claims(a.claim[a_id], a.claim[b_id], relation,
                                                                          reason, a))

    def add_note(self, claim_id: str, text: str, other_id: str | None = None) -> Decision | None:
        return self._decide("Add note", lambda a: note_decision(
            a.claim[claim_id], text, a.claim[other_id] if other_id else None, a))

    def _decide(self, text: str, build) -> Decision | None:
        """Build a decision against the analysis shown and push it as an undoable command."""
        if self._analysis is None:
            self.message.emit("Nothing is shown yet: open a folder first.")
            return None
        if self.store.read_only:
            self.message.emit(f"Corrections are read-only. {self.store.messages[-1] if self.store.messages else ''}")
            return None
        try:
            decision = build(self._analysis)
        except (KeyError, ValueError) as exc:
            reason = exc.args[0] if isinstance(exc, ValueError) and exc.args else "that claim is not shown any more"
            self.message.emit(f"{text}: {reason}.")
            return None
        before = self.undo_stack.index()
        self.undo_stack.push(_DecisionCommand(self, decision, text))
        return decision if self.undo_stack.index() > before else None  # None: refused while saving

    def _change(self, decision: Decision, add: bool) -> bool:
        """Add or take back a decision, save, re-apply to the analysis shown and tell the window.

        False when decisions turned out to be read-only (the file became unusable meanwhile).
        """
        said = len(self.store.messages)
        try:
            (self.store.add if add else self.store.remove)(decision)
        except DecisionsReadOnly as exc:
            self.message.emit(str(exc))
            self._disable()
            return False
        except OSError as exc:
            self.message.emit(f"The correction is shown but could not be saved to {self.store.path}: "
                              f"{exc.strerror or exc}.")
        else:  # what the store had to say while saving (moved to the fallback, merged) matters more
            news = self.store.messages[said:]
            self.message.emit(" ".join(news) if news else
                              f"{'Saved' if add else 'Undone'}: {decision.action} (in {self.store.path}).")
        if self._analysis is not None:
            self._analysis = self.store.apply(self._analysis)
        self.changed.emit()
        return True

    def _disable(self) -> None:
        if self.actions is not None:
            for action in self.actions.corrections():
                action.setEnabled(False)

    # ---- the window
    def install(self, window: ViewerWindow, dialogs=None) -> None:
        """Add the correction actions to the window's inspector bar and Edit menu (`dialogs`: for tests)."""
        from readout_viewer.app.decisions.actions import install_actions
        self.actions = install_actions(self, window, dialogs)
