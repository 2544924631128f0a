"""A folder's panes are painted first and its docks filled right after: once settled, the window is the same."""

from __future__ import annotations

from readout_viewer.app.afterpaint import AfterPaint
from readout_viewer.core.analysis import TextsRead


def _docks(window) -> dict:
    """What the docks show, as values to compare."""
    d = window.docks
    return {
        "titles": [dock.windowTitle() for dock in d.all()],
        "findings": list(d.findings.model.rows),
        "matrix": list(d.matrix.model.claims),
        "compare": (d.compare.pair(), d.compare.summary.text(), d.compare.only_a.count(), d.compare.only_b.count()),
        "problems": d.problems.topLevelItemCount(),
        "ticked": d.sidebar.ticked(),
        "inspected": d.inspector.claim_id,
        "panes": window.area.shown(),
    }


def test_a_folder_settles_into_the_state_of_a_display_at_once(qtbot, make_window, corpus, corpus_analysis):
    def job(folder):
        def gen():
            yield TextsRead(0.1, "read", corpus_analysis.documents)
            return corpus_analysis
        return gen()
    window = make_window(job=job)
    at_highlights: list[tuple[bool, int]] = []
    window.highlights_shown.connect(lambda: at_highlights.append((window.settled,
                                                                  len(window.docks.findings.model.rows))))
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(corpus)
    assert at_highlights == [(False, 0)]  # the panes were shown before the findings list was made
    assert window.settled
    reference = make_window()
    reference.show_analysis(corpus_analysis, corpus)  # everything at once, as before
    assert reference.settled
    assert _docks(window) == _docks(reference)
    assert _docks(window)["findings"]


def test_a_hidden_window_is_filled_at_once(qtbot, settings, corpus_analysis):
    from readout_viewer.app.window import MainWindow
    window = MainWindow(settings)
    qtbot.addWidget(window)
    shown: list[str] = []
    window.analysis_shown.connect(lambda: shown.append("analysis"))
    window.show_analysis(corpus_analysis, defer=True)  # nothing will be painted: nothing is waited for
    assert shown == ["analysis"] and window.settled and window.docks.findings.model.rows


def test_work_runs_after_the_paint_and_a_later_schedule_replaces_it(qtbot):
    from PySide6.QtWidgets import QWidget
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    after = AfterPaint(widget)
    ran: list[str] = []
    after.schedule([widget], lambda: ran.append("first"))
    after.schedule([widget], lambda: ran.append("second"))
    assert after.pending and ran == []
    widget.update()
    qtbot.waitUntil(lambda: not after.pending)
    assert ran == ["second"]
    after.schedule([widget], lambda: ran.append("flushed"))
    after.flush()
    assert ran == ["second", "flushed"] and not after.pending


def _job(analysis):
    def job(folder):
        def gen():
            yield from ()
            return analysis
        return gen()
    return job


def test_a_folder_without_decisions_gets_its_controller_once_painted(qtbot, make_window, tmp_path, tiny):
    window = make_window(job=_job(tiny))
    at_highlights: list[object] = []
    window.highlights_shown.connect(lambda: at_highlights.append(window.controller))
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.open_folder(tmp_path)
    assert at_highlights == [None]  # nothing to apply: the lock and YAML wait for the first paint
    assert window.controller is not None and window.controller.folder == tmp_path
    assert window.controller.analysis is window.decided and window.decided is tiny


def test_saved_decisions_are_applied_before_the_first_paint(qtbot, make_window, tmp_path, tiny):
    from readout_viewer.core.decisions import DecisionStore, note_decision
    store = DecisionStore.open(tmp_path)
    store.add(note_decision(tiny.claims[0], "Seen.", analysis=tiny))
    window = make_window(job=_job(tiny))
    at_highlights: list[tuple] = []
    window.highlights_shown.connect(lambda: at_highlights.append((window.controller is not None,
                                                                  len(window.decided.notes))))
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.open_folder(tmp_path)
    assert at_highlights == [(True, 1)]


def test_the_inspector_and_findings_panels_are_made_after_the_first_paint_and_work_as_before(qtbot, make_window,
                                                                                             corpus, corpus_analysis):
    window = make_window()
    made: list[tuple[bool, bool]] = []
    window.highlights_shown.connect(lambda: made.append((window.docks._inspector is not None,
                                                         window.docks._findings is not None)))
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.show_analysis(corpus_analysis, corpus, defer=True)
    assert made == [(False, False)]  # neither was made for the first paint
    assert window.docks.dock_inspector.widget() is window.inspector
    assert window.docks.dock_findings.widget() is window.docks.findings
    window.area.select_first_link()  # the panes' selection still reaches the inspector
    assert window.area.link is not None and "Acts on:" in window.inspector.target.text()


def test_the_documents_list_is_made_once_for_a_folder_shown_before_its_docks(qtbot, make_window, corpus,
                                                                             corpus_analysis, monkeypatch):
    window = make_window()
    made: list[int] = []
    real = window.docks.sidebar.set_analysis
    monkeypatch.setattr(window.docks.sidebar, "set_analysis", lambda analysis: made.append(1) or real(analysis))
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.show_analysis(corpus_analysis, corpus, defer=True)
    assert made == [1] and sorted(window.docks.sidebar.ticked()) == sorted(window.area.shown())


def test_the_fall_back_counts_from_the_windows_first_paint(qtbot):
    """A start whose first paint comes later than LATEST_MS after the work was scheduled (a loaded machine) paints
    first: the work does not run before that paint."""
    import time

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from readout_viewer.app.afterpaint import LATEST_MS
    window = QWidget()
    qtbot.addWidget(window)
    pane = QWidget(window)
    QVBoxLayout(window).addWidget(pane)
    happened: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and "painted" not in happened:
                happened.append("painted")
            return False

    painted = Painted()
    window.installEventFilter(painted)
    after = AfterPaint(window)
    window.show()
    after.schedule([pane], lambda: happened.append("work"))
    time.sleep(LATEST_MS * 1.5 / 1000)  # the start's own work, before the event loop turns
    qtbot.waitUntil(lambda: "work" in happened, timeout=5_000)
    assert happened == ["painted", "work"]
