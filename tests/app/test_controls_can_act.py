"""The toolbar's navigation and view controls are enabled only when they can act on the folder shown; a greyed one
says why in its tooltip (an empty folder, a folder of outlets alone), and a folder opened afterwards enables them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QToolBar

from readout_viewer.app import menus
from readout_viewer.core import status
from tests.builders import corpus_folder


def _open(qtbot, window, folder: Path) -> None:
    failures: list[str] = []
    window.runner.failed.connect(failures.append)
    window.open_folder(folder)
    qtbot.waitUntil(lambda: (window.base is not None and window.base.root == str(folder) and window.settled)
                    or bool(failures), timeout=60_000)
    assert not failures, f"the engine failed: {failures}"


def _controls(window) -> dict[str, object]:
    """The toolbar's buttons and box, by the words they show (the buttons the user clicks, not just the actions)."""
    tools = window.findChild(QToolBar, "navigation_toolbar")
    found: dict[str, object] = {}
    for action in tools.actions():
        button = tools.widgetForAction(action)
        if action.iconText() and button is not None:
            found[action.iconText()] = button
    found["Score"] = window.menu_actions.score
    return found


VIEW = ("Lock scroll", "All", "Divergences", menus.LEFT_OUT, "Quotes", "Findings", "Compare two documents", "Score")
DIVERGENCE_STEPS = ("◀ Divergence", "Divergence ▶")
LEFT_OUT_STEPS = (f"◀ {menus.LEFT_OUT}", f"{menus.LEFT_OUT} ▶")


def _outlets_only(root: Path) -> Path:
    folder = root / "outlets"
    folder.mkdir()
    for name, text in (("a", "Reuters said the two leaders spoke on Monday about trade and the border."),
                       ("b", "The leaders spoke by phone on Monday, AP said, about trade and security.")):
        (folder / f"{name}.md").write_text(f"---\nrole: outlet\nsource: {name}\n---\n{text}\n", encoding="utf-8")
    return folder


def test_an_empty_folder_greys_every_control_and_says_to_open_one_with_texts(qtbot, make_window, tmp_path):
    window = make_window()
    (tmp_path / "empty").mkdir()
    _open(qtbot, window, tmp_path / "empty")
    controls = _controls(window)
    for words in VIEW + DIVERGENCE_STEPS + LEFT_OUT_STEPS:
        assert not controls[words].isEnabled(), f"{words} is enabled on an empty folder"
        assert controls[words].toolTip() == menus.NO_TEXTS
    assert all(not act.isEnabled() for act in window.menu_actions.steps.values())  # F7, F8, F9 do nothing either


def test_the_corpus_enables_every_control_with_its_own_tooltip(qtbot, make_window):
    window = make_window()
    _open(qtbot, window, corpus_folder())
    controls = _controls(window)
    for words in VIEW + DIVERGENCE_STEPS + LEFT_OUT_STEPS:
        assert controls[words].isEnabled(), f"{words} is greyed on the corpus"
        assert controls[words].toolTip() != menus.NO_TEXTS
    assert "F7" in controls["Divergence ▶"].toolTip()


def test_opening_the_corpus_after_an_empty_folder_enables_them_again(qtbot, make_window, tmp_path):
    window = make_window()
    (tmp_path / "empty").mkdir()
    _open(qtbot, window, tmp_path / "empty")
    assert not window.menu_actions.steps[(status.DIVERGE, True)].isEnabled()
    _open(qtbot, window, corpus_folder())
    controls = _controls(window)
    assert all(controls[words].isEnabled() for words in VIEW + DIVERGENCE_STEPS + LEFT_OUT_STEPS)
    assert "Ctrl+K" in controls["Lock scroll"].toolTip() and "Score" in controls["Score"].toolTip()


def test_a_folder_of_outlets_alone_greys_the_left_out_steps_and_says_why(qtbot, make_window, tmp_path):
    window = make_window()
    _open(qtbot, window, _outlets_only(tmp_path))
    controls = _controls(window)
    assert all(controls[words].isEnabled() for words in VIEW)
    for words in LEFT_OUT_STEPS:
        assert not controls[words].isEnabled() and controls[words].toolTip() == menus.NO_OFFICIAL


def test_before_any_folder_the_controls_are_greyed(qtbot, make_window):
    window = make_window()
    controls = _controls(window)
    assert not any(controls[words].isEnabled() for words in VIEW + DIVERGENCE_STEPS + LEFT_OUT_STEPS)


def test_while_the_texts_are_analysed_and_after_a_cancel_the_steps_say_why_they_are_greyed(qtbot, make_window,
                                                                                         tmp_path):
    import time
    from dataclasses import replace

    from readout_viewer.core.analysis import TextsRead
    from readout_viewer.core.model import OFFICIAL, Analysis, Progress
    from tests.builders import doc

    documents = (replace(doc("e1/office", OFFICIAL, "US", "readout"), text="The leaders spoke about trade."),
                 replace(doc("e1/paper"), text="The leaders spoke, the paper said."))

    def slow(folder):
        yield TextsRead(0.1, "read", documents=documents)
        for i in range(1000):
            time.sleep(0.01)
            yield Progress(0.1 + i / 2000, "comparing")
        return Analysis(root=str(folder))

    window = make_window(job=slow)
    with qtbot.waitSignal(window.texts_shown, timeout=10_000):
        window.open_folder(tmp_path)
    controls = _controls(window)
    assert all(controls[words].isEnabled() for words in VIEW)
    for words in DIVERGENCE_STEPS + LEFT_OUT_STEPS:
        assert not controls[words].isEnabled() and controls[words].toolTip() == menus.ANALYSING
    with qtbot.waitSignal(window.runner.cancelled, timeout=5000):
        window.cancel_button.click()
    for words in DIVERGENCE_STEPS + LEFT_OUT_STEPS:
        assert not controls[words].isEnabled() and controls[words].toolTip() == menus.NOT_ANALYSED
