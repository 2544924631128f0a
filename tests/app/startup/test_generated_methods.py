"""The records a start makes before its first paint carry no method that dataclass would compile for nothing:
the Qt check and the window's actions are read field by field only (no repr, equality or hash asked of them)."""

from __future__ import annotations

from readout_viewer.app.protocols import WindowActions
from readout_viewer.app.startup import qtcheck


def test_the_qt_check_has_no_generated_repr_equality_or_hash():
    assert not {"__repr__", "__eq__", "__hash__"} & set(vars(qtcheck.Check))
    found = qtcheck.Check(("xcb",), ("libx.so",), "no display")
    assert (found.platforms, found.missing, found.problem) == (("xcb",), ("libx.so",), "no display")


def test_the_window_actions_have_no_generated_repr_or_equality():
    assert not {"__repr__", "__eq__"} & set(vars(WindowActions))
