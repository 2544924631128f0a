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


def test_an_empty_folder_names_every_kind_of_file_read_pdf_and_word_too(qtbot, make_window, tmp_path):
    window = make_window()
    (tmp_path / "empty").mkdir()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(tmp_path / "empty")
    said = window.docks.problems.topLevelItem(0).text(1)
    assert ".pdf" in said and ".docx" in said and ".html" in said and ".md" in said


def test_a_folder_of_outlets_alone_says_it_holds_no_official_text(qtbot, make_window, tmp_path):
    folder = tmp_path / "outlets"
    folder.mkdir()
    for name, text in (("a", "Reuters said the two leaders spoke on Monday about trade and the border."),
                       ("b", "The leaders spoke by phone on Monday, AP said, about trade and security.")):
        (folder / f"{name}.md").write_text(f"---\nrole: outlet\nsource: {name}\n---\n{text}\n", encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(folder)
    problems = window.docks.problems
    rows = [problems.topLevelItem(n).text(1) for n in range(problems.topLevelItemCount())]
    assert any(row.startswith("No official text in this folder") for row in rows), rows
    assert "no official text" in window.summary.text()


def test_a_folder_with_an_official_text_does_not_say_there_is_none(qtbot, make_window, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(small_folder(tmp_path / "full"))
    problems = window.docks.problems
    rows = [problems.topLevelItem(n).text(1) for n in range(problems.topLevelItemCount())]
    assert not any("No official text" in row for row in rows)
    assert "no official text" not in window.summary.text()
