"""READOUT_VIEWER_TRACE_STARTUP: when the texts and the highlights are first painted, and the docks filled after."""

from __future__ import annotations

import io
import threading

from readout_viewer.app.startup import trace
from readout_viewer.core.analysis import TextsRead
from readout_viewer.core.model import Analysis, Document
from readout_viewer.core.system import cache


def _events(stream: io.StringIO) -> list[tuple[str, float]]:
    out = []
    for line in stream.getvalue().splitlines():
        name, said, event, at, cpu = line.split()
        assert (name, said) == ("readout-viewer", "trace:") and float(cpu) > 0
        out.append((event, float(at)))
    return out


def test_texts_then_analysis_then_highlights_are_told_once_each_in_order(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setenv(trace.TRACE_ENV, "1")
    gate = threading.Event()
    text = Document("e/a", "e/a.txt", "A", "The texts are painted first.", role="outlet", event="e")

    def job(folder):
        def gen():
            yield TextsRead(0.1, "read", (text,))
            gate.wait(30)  # the analysis answers once the test has seen the texts painted
            return Analysis(root=str(folder), documents=(text,))
        return gen()
    window = make_window(job=job)
    stream = io.StringIO()
    trace.install(window, stream)
    window.open_folder(tmp_path)
    qtbot.waitUntil(lambda: "texts-painted" in stream.getvalue(), timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: "highlights-painted" in stream.getvalue(), timeout=10_000)
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):  # a second analysis is not told again
        window.open_folder(tmp_path)
    qtbot.wait(50)
    events = _events(stream)
    assert [e for e, _ in events] == ["texts-painted", "analysis-answered", "highlights-painted", "settled"]
    times = [t for _, t in events]
    assert times == sorted(times)


def test_an_analysis_of_the_corpus_is_told_once_the_panes_have_painted(qtbot, make_window, corpus, monkeypatch):
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    monkeypatch.setenv(trace.TRACE_ENV, "1")
    window = make_window()
    stream = io.StringIO()
    trace.install(window, stream)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(corpus)
    qtbot.waitUntil(lambda: "highlights-painted" in stream.getvalue(), timeout=10_000)
    told = _events(stream)
    assert sorted(e for e, _ in told) == ["analysis-answered", "highlights-painted", "settled",
                                          "texts-painted"]  # each once
    events = dict(told)
    assert events["texts-painted"] <= events["highlights-painted"]  # the same paint when the analysis was quicker
    assert events["analysis-answered"] <= events["highlights-painted"] <= events["settled"]


def test_nothing_is_told_unless_asked(qtbot, make_window, corpus, monkeypatch):
    monkeypatch.delenv(trace.TRACE_ENV, raising=False)
    window = make_window()
    stream = io.StringIO()
    trace.install(window, stream)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(corpus)
    qtbot.wait(50)
    assert stream.getvalue() == ""
