"""The window first: texts as soon as they are read, highlights when the analysis (or the cache) answers."""

from __future__ import annotations

from readout_viewer.core import analysis, status
from readout_viewer.core.model import Analysis, Progress
from readout_viewer.core.system import cache


def _events(window) -> list[str]:
    seen: list[str] = []
    window.texts_shown.connect(lambda: seen.append("texts"))
    window.analysis_shown.connect(lambda: seen.append("analysis"))
    return seen


def test_the_texts_are_shown_before_the_analysis_ends(qtbot, make_window, corpus, monkeypatch):
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    window = make_window()
    seen = _events(window)
    at_texts: dict[str, object] = {}

    def texts_shown():
        at_texts["panes"] = [(p.doc_id, p.text.toPlainText()) for p in window.area.panes]
        at_texts["links"] = len(window.analysis.links)
    window.texts_shown.connect(texts_shown)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(corpus)
    assert seen == ["texts", "analysis"]
    assert at_texts["links"] == 0 and len(at_texts["panes"]) == 3
    officials = [doc_id for doc_id, _ in at_texts["panes"] if window.analysis.document[doc_id].is_official]
    assert len(officials) == 2 and all(len(text) > 500 for _, text in at_texts["panes"])
    shown_after = {p.doc_id: p.text.toPlainText() for p in window.area.panes}
    assert all(shown_after[doc_id] == text for doc_id, text in at_texts["panes"] if doc_id in shown_after)
    assert window.analysis.links and window.area.shown() == status.default_panes(window.analysis)


def test_a_folder_opened_again_comes_from_the_cache_at_once(qtbot, make_window, corpus, monkeypatch):
    first = make_window()
    with qtbot.waitSignal(first.analysis_shown, timeout=60_000):
        first.open_folder(corpus)
    runs = []
    monkeypatch.setattr(analysis, "run", lambda *a, **k: runs.append(a) or iter(()))
    second = make_window()
    seen = _events(second)
    with qtbot.waitSignal(second.analysis_shown, timeout=30_000):
        second.open_folder(corpus)
    assert runs == [] and seen == ["analysis"]
    assert [p.doc_id for p in second.area.panes] == [p.doc_id for p in first.area.panes]
    assert second.base == first.base


def test_panes_chosen_while_the_texts_are_analysed_are_kept(qtbot, make_window, corpus, monkeypatch):
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    window = make_window()
    chosen: list[str] = []

    def choose():
        ids = [d.id for d in window.analysis.documents if d.event == window.analysis.documents[0].event]
        chosen.extend(ids[-2:])
        window.area.show_documents(chosen)
    window.texts_shown.connect(choose)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(corpus)
    assert window.area.shown() == chosen


def test_texts_of_a_superseded_folder_are_not_shown(qtbot, make_window, tmp_path):
    from readout_viewer.core.analysis import TextsRead
    from readout_viewer.core.model import Document

    def job(folder):
        def gen():
            yield TextsRead(0.1, "read", (Document("a", "a.txt", "A", f"Text of {folder.name}."),))
            return Analysis(root=str(folder))
        return gen()
    window = make_window(job=job)
    seen = _events(window)
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    window.folder = tmp_path / "two"  # another folder is being opened when the first one's texts arrive
    window._texts(tmp_path / "one", ())
    assert seen == []
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.open_folder(tmp_path / "two")
    assert seen == ["texts", "analysis"]


def test_no_export_of_texts_whose_analysis_is_not_done(qtbot, make_window, tmp_path, monkeypatch):
    from readout_viewer.app import export_action, menu_commands
    from readout_viewer.core.analysis import TextsRead
    from readout_viewer.core.model import Document
    exported = []
    monkeypatch.setattr(export_action, "export_with_dialog", lambda *a, **k: exported.append(a))
    release = []

    def job(folder):
        def gen():
            yield TextsRead(0.1, "read", (Document("a", "a.txt", "A", "A text."), Document("b", "b.txt", "B", "B.")))
            while not release:
                yield Progress(0.5, "linking")
            return Analysis(root=str(folder))
        return gen()
    window = make_window(job=job)
    with qtbot.waitSignal(window.texts_shown, timeout=10_000):
        window.open_folder(tmp_path)
    menu_commands.export(window)
    assert exported == [] and "still being analysed" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        release.append(True)
    menu_commands.export(window)
    assert len(exported) == 1
