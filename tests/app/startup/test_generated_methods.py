"""The records a start makes before its first paint carry no method that dataclass would compile for nothing:
the Qt check and the window's actions are read field by field only (no repr, equality or hash asked of them)."""

from __future__ import annotations

from readout_viewer.app import protocols
from readout_viewer.app.protocols import WindowActions
from readout_viewer.app.startup import qtcheck


def test_the_qt_check_has_no_generated_repr_equality_or_hash():
    assert not {"__repr__", "__eq__", "__hash__"} & set(vars(qtcheck.Check))
    found = qtcheck.Check(("xcb",), ("libx.so",), "no display")
    assert (found.platforms, found.missing, found.problem) == (("xcb",), ("libx.so",), "no display")


def test_the_window_actions_have_no_generated_repr_or_equality():
    assert not {"__repr__", "__eq__"} & set(vars(WindowActions))


def test_neither_is_made_by_an_init_compiled_at_the_start():
    for cls, module in ((qtcheck.Check, qtcheck), (WindowActions, protocols)):
        assert cls.__init__.__code__.co_filename == module.__file__, cls  # dataclass's generated one: "<string>"
        assert all(getattr(cls, name) is getattr(object, name) for name in ("__setattr__", "__delattr__")), cls


def test_the_window_actions_start_with_the_optional_ones_empty_and_apart():
    one, two = (WindowActions(None, None, None, None, None, None) for _ in range(2))  # type: ignore[arg-type]
    assert (one.lock, one.toolbar, one.undo_actions, one.findings, one.compare, one.score) == (None,) * 6
    assert one.filters == one.themes == one.steps == {} and one.filters is not two.filters
