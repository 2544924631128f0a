"""A large decisions file is read, and many decisions applied, off the window's thread; hostile entries stay small
in the Problems panel."""

import dataclasses
import time

from readout_viewer.app.decisions import controller as controller_module
from readout_viewer.app.decisions.controller import SYNC_APPLY_DECISIONS, DecisionsController
from readout_viewer.app.problems import ProblemsPanel, entry_text
from readout_viewer.core.decisions import Anchor, Decision, folder_path
from readout_viewer.core.decisions.yaml_text import dump

from .test_decisions_controller import _found

# Enough notes that the file is over SYNC_READ_BYTES and their number over SYNC_APPLY_DECISIONS.
NOTES = SYNC_APPLY_DECISIONS + 500


def _many_notes(folder, n=NOTES):
    entries = [Decision("note", Anchor("ev/paper", "The envoys talked for three hours."), note=f"note {i}",
                        author="ana", at="2026-11-21T10:00:00Z").to_dict() for i in range(n)]
    path = folder_path(folder)
    path.parent.mkdir()
    path.write_text("version: 1\ndecisions:\n" + "".join(dump([e]) for e in entries), encoding="utf-8")
    assert n == 0 or path.stat().st_size > controller_module.SYNC_READ_BYTES


def test_a_large_decisions_file_is_read_and_applied_in_the_background(qtbot, tmp_path):
    _many_notes(tmp_path)
    started = time.perf_counter()
    c = DecisionsController(tmp_path)
    base = _found()
    shown = c.apply(base)
    assert not c.ready and shown is base  # the window shows the engine's findings at once
    assert c.confirm(base.links[0]) is None  # and refuses corrections until the file is read
    with qtbot.waitSignal(c.changed, timeout=60_000):  # read: the window is asked to apply again
        pass
    assert c.ready and c.apply(base) is base  # many decisions: applied in the background too
    with qtbot.waitSignal(c.changed, timeout=60_000):
        pass
    corrected = c.apply(base)
    assert len(corrected.notes) == NOTES and c.analysis is corrected
    assert time.perf_counter() - started < 120


def test_a_small_decisions_file_is_read_at_once(qtbot, tmp_path):
    _many_notes(tmp_path, 0)
    c = DecisionsController(tmp_path)
    assert c.ready and not c.read_only


def test_an_unreadable_entry_is_shown_bounded(qtbot):
    huge = {"action": "lnk", "payload": [[["lol"] * 9] * 9] * 9, "text": "x" * 100_000}
    shown = entry_text(huge)
    assert len(shown) < 2_000 and "lnk" in shown
    analysis = dataclasses.replace(_found(), orphans=({"entry": huge, "problem": "the entry cannot be read"},))
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_analysis(analysis)
    heading = panel.topLevelItem(panel.topLevelItemCount() - 1)
    assert len(heading.child(0).toolTip(0)) < 3_000
