"""Folders with nothing to compare: the window says so plainly and keeps nothing of the previous folder."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.app.sidebar import ID_ROLE
from readout_viewer.core.model import OUTLET
from tests.builders import build, doc, small_folder


def test_an_empty_folder_says_there_is_no_text_file_and_clears_the_matrix(qtbot, make_window, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(small_folder(tmp_path / "full"))
    assert window.docks.matrix.model.rowCount() > 0 and not window.area.placeholder.isVisible()
    (tmp_path / "empty").mkdir()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(tmp_path / "empty")
    assert window.docks.matrix.model.rowCount() == 0 and window.docks.matrix.model.columnCount() == 0
    assert window.area.placeholder.isVisible() and "Ctrl+O" in window.area.placeholder.text()
    assert "No text file" in window.statusBar().currentMessage()
    problems = window.docks.problems
    assert "No text file in this folder" in problems.topLevelItem(0).text(1)


def test_before_any_folder_the_area_says_how_to_open_one(qtbot, make_window):
    window = make_window()
    assert window.area.placeholder.isVisible() and not window.area.splitter.isVisible()


def test_a_document_without_source_is_named_by_its_file_in_the_sidebar(qtbot, make_window):
    bare = replace(doc("e1/bare", OUTLET, None, None, ""), source=None, date=None)
    window = make_window()
    window.show_analysis(build("/tmp/bare", [(bare, ["Only a sentence."])]))
    item = next(window.docks.sidebar._items())
    assert item.data(0, ID_ROLE) == "e1/bare"
    assert item.text(0).split("\n")[0] == "e1/bare.txt"


def test_while_the_first_analysis_runs_the_area_says_so(qtbot, make_window, tmp_path):
    import time

    from readout_viewer.core.model import Analysis, Progress

    def slow(folder):
        for i in range(1000):
            time.sleep(0.01)
            yield Progress(i / 1000, "reading")
        return Analysis(root=str(folder))

    window = make_window(job=slow)
    with qtbot.waitSignal(window.runner.progress, timeout=5000):
        window.open_folder(tmp_path)
    assert window.area.placeholder.isVisible() and "Analysing" in window.area.placeholder.text()
    with qtbot.waitSignal(window.runner.cancelled, timeout=5000):
        window.cancel_button.click()
    assert "Open a folder" in window.area.placeholder.text()
