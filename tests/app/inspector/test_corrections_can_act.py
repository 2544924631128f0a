"""The inspector bar's corrections (Confirm … Link note…) are greyed while there is no claim to correct (an empty
folder, a folder where nothing could be read), each saying why in its tooltip, and enabled again by a folder with
claims: on an empty folder they stood enabled and did nothing (helpers qa6 and qa7 left it; helper qa8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QToolButton

from readout_viewer.app.decisions.controller import NO_CLAIMS
from tests.builders import corpus_folder


def _open(qtbot, window, folder: Path) -> None:
    failures: list[str] = []
    window.runner.failed.connect(failures.append)
    window.open_folder(folder)
    qtbot.waitUntil(lambda: (window.base is not None and window.base.root == str(folder) and window.settled
                             and window.display.controller is not None) or bool(failures), timeout=60_000)
    assert not failures, f"the engine failed: {failures}"


def _bar_buttons(window) -> dict[str, QToolButton]:
    """The inspector bar's buttons, by the words they show (what the user clicks, not just the actions)."""
    corrections = window.display.controller.actions.corrections()
    buttons = {b.defaultAction(): b for b in window.inspector.actions_bar.findChildren(QToolButton)}
    return {action.iconText(): buttons[action] for action in corrections}


def test_an_empty_folder_greys_the_corrections_and_a_folder_with_claims_enables_them(qtbot, make_window, tmp_path):
    window = make_window()
    (tmp_path / "empty").mkdir()
    _open(qtbot, window, tmp_path / "empty")
    buttons = _bar_buttons(window)
    assert set(buttons) == {"Confirm", "Reject", "Agree", "Diverge…", "Link", "Note…", "Link note…"}
    for words, button in buttons.items():
        assert not button.isEnabled(), f"{words} is enabled on an empty folder"
        assert button.toolTip() == NO_CLAIMS
    _open(qtbot, window, corpus_folder())
    buttons = _bar_buttons(window)
    for words, button in buttons.items():
        assert button.isEnabled(), f"{words} is greyed on corpus/"
        assert button.toolTip() != NO_CLAIMS
    assert "Ctrl+Return" in buttons["Confirm"].toolTip()  # its own tooltip, keys and all
