"""The analyst's corrections in the viewer: each one an undoable command that updates and saves decisions.yaml.

A large decisions file is read, and a large set of decisions applied, in a background thread: the window shows
the engine's findings meanwhile and the corrections once they are ready (`changed`), never freezing on them.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from readout_viewer.app.greyed import can_act
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
    engine_findings,
    fallback_path,
    folder_path,
    note_decision,
)
from readout_viewer.core.labels import counted
from readout_viewer.core.model import Analysis, Link
from readout_viewer.core.system import collector

# Decisions files up to this size are read at once on the window's thread (about 0.2 s: some 1,000 decisions);
# larger ones in the background, so that opening a folder never freezes the window.
SYNC_READ_BYTES = 200_000
# Up to this many decisions are applied at once on the window's thread (200 take 28 ms); more in the background.
SYNC_APPLY_DECISIONS = 2_000
# The tooltip of a correction greyed while the folder shown has no claim (an empty folder, nothing readable, the
# texts not analysed): enabled there, the inspector bar's buttons did nothing (helper qa8).
NO_CLAIMS = "Open a folder with texts first: there is no claim to correct"


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _in_background(work, deliver) -> None:
    """Run `work()` in a daemon thread and hand its result to `deliver` (a signal's emit: queued to the window's
    thread); a controller deleted meanwhile (another folder opened) simply never hears of it. No automatic
    collection runs meanwhile (one in this thread could delete Qt objects under the window: core/system/collector.py);
    the receiving slot lets them run again (collector.settle) in the window's thread."""
    hold = collector.Hold()

    def run() -> None:
        try:
            result = work()
        finally:
            hold.release()
        with contextlib.suppress(RuntimeError):  # the receiving QObject is gone
            deliver(result)
    threading.Thread(target=run, name="readout-viewer decisions", daemon=True).start()


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
    _opened = Signal(object)  # the DecisionStore, read in the background
    _applied = Signal(object)  # (base, version, corrected analysis), computed in the background

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.store: DecisionStore | None = None  # None while a large file is being read
        self.undo_stack = QUndoStack(self)
        self._analysis: Analysis | None = None
        self.actions = None  # the QActions, once install() has run
        self._orphans_told = 0
        self._version = 0  # counts changes of the decisions, so a result for older ones is not shown
        self._cache: tuple[Analysis, int, Analysis] | None = None  # (base, version, corrected)
        self._computing: tuple[Analysis, int] | None = None
        self._opened.connect(self._store_ready)
        self._applied.connect(self._apply_done)
        if max(_size(folder_path(self.folder)), _size(fallback_path(self.folder))) <= SYNC_READ_BYTES:
            self._store_ready(DecisionStore.open(self.folder))
        else:
            _in_background(lambda: DecisionStore.open(self.folder), self._opened.emit)

    def _store_ready(self, store: DecisionStore) -> None:
        collector.settle()  # read in the background: automatic collections come back here, in the window's thread
        self.store = store
        if store.messages:  # said once the window has had a chance to connect to `message`
            QTimer.singleShot(0, self, self._announce)
        if store.read_only:
            QTimer.singleShot(0, self, self._disable)
        if self._analysis is not None:  # the window shows the engine's findings: apply the decisions now
            self.changed.emit()

    def _announce(self) -> None:
        if self.store is not None:
            for text in self.store.messages:
                self.message.emit(text)

    # ---- the analysis shown
    @property
    def analysis(self) -> Analysis | None:
        """The analysis shown, with the decisions applied."""
        return self._analysis

    @property
    def ready(self) -> bool:
        """Whether the decisions have been read (a large file is read in the background)."""
        return self.store is not None

    @property
    def read_only(self) -> bool:
        return self.store is None or self.store.read_only

    def apply(self, analysis: Analysis) -> Analysis:
        """`analysis` with the folder's decisions applied (from the engine's findings, so it is idempotent).

        While the decisions are still being read, or many are being applied in the background, the engine's
        findings are returned and `changed` is emitted when the corrected analysis is ready.
        """
        base = engine_findings(analysis)
        if self.store is None:
            self._analysis = base
            return base
        if self._cache is not None and self._cache[0] is base and self._cache[1] == self._version:
            self._analysis = self._cache[2]
        elif len(self.store.decisions) <= SYNC_APPLY_DECISIONS:
            self._analysis = self.store.apply(base)
            self._cache = (base, self._version, self._analysis)
        else:
            self._apply_later(base)
            if self._analysis is None or engine_findings(self._analysis) is not base:
                self._analysis = base
            return self._analysis
        self._tell_orphans()
        return self._analysis

    def _apply_later(self, base: Analysis) -> None:
        if self._computing == (base, self._version) or self.store is None:
            return
        self._computing = (base, self._version)
        version, corrected = self._version, self.store.frozen()
        _in_background(lambda: (base, version, corrected(base)), self._applied.emit)

    def _apply_done(self, result: tuple[Analysis, int, Analysis]) -> None:
        collector.settle()  # computed in the background: automatic collections come back here, in the window's thread
        base, version, corrected = result
        self._computing = None
        if version != self._version:
            return  # the decisions changed meanwhile: a newer result is on its way
        self._cache = (base, version, corrected)
        self.changed.emit()  # the window asks apply() again and gets this result

    def _tell_orphans(self) -> None:
        """Say, once per change of their number, that some decisions no longer match any text."""
        orphans = [o for o in self._analysis.orphans if "entry" not in o]
        if len(orphans) != self._orphans_told:
            self._orphans_told = len(orphans)
            if orphans:
                self.message.emit(f"{counted(len(orphans), 'correction')} no longer "
                                  f"{'matches' if len(orphans) == 1 else 'match'} the text of their documents; "
                                  f"they are listed under Problems and kept in {self.store.path}.")

    def set_analysis(self, analysis: Analysis | None) -> None:
        """The analysis the window shows: the claims and links that selections refer to."""
        self._analysis = analysis
        self._refresh_actions()

    def _refresh_actions(self) -> None:
        """Enable the corrections when the analysis shown has claims and decisions can be written; greyed for want
        of claims, each says so in its tooltip."""
        if self.actions is None:
            return
        reason = None if self._analysis is not None and self._analysis.claims else NO_CLAIMS
        for action in self.actions.corrections():
            can_act(action, reason)
            if self.read_only:
                action.setEnabled(False)

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
        if self.store is None:
            self.message.emit("The decisions file is still being read; try again in a moment.")
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
        if self.store is None:
            return False
        said = len(self.store.messages)
        self._version += 1
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
            self.apply(self._analysis)
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
        self._refresh_actions()
