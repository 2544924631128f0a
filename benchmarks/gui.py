"""Viewer figures: time to the first painted window on corpus/, and the cost of one synchronized scroll step.

Run: python benchmarks/gui.py [FOLDER]   (headless; prints figures, asserts nothing)

The analysis cache is off and the sentence model too; the window's thread gets Python as often as the viewer's
entry point makes it (UI_SWITCH_INTERVAL_S).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The figures are of an analysis and its window, words alone (a plain install): the user's analysis cache would
# answer at once and leave nothing to time.
os.environ["READOUT_VIEWER_NO_CACHE"] = "1"
os.environ.setdefault("READOUT_VIEWER_MODEL", "none")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from usage import help_asked  # noqa: E402 (benchmarks/, the script's own directory)

from readout_viewer.app.settings import Settings  # noqa: E402
from readout_viewer.app.window import MainWindow  # noqa: E402
from readout_viewer.core.model import AGREE, OFFICIAL, Analysis, Claim, Document, Link, Omission  # noqa: E402

STEPS = 300  # scroll steps measured
TICK_MS = 10  # a timer this often shows how responsive the window stays while the worker runs
MANY = 300  # articles in the synthetic large folder


def _wait(app, done, timeout=300.0) -> None:
    start = time.perf_counter()
    while not done() and time.perf_counter() - start < timeout:
        app.processEvents()
        time.sleep(0.001)


def first_window(app, folder: Path) -> MainWindow:
    start = time.perf_counter()
    window = MainWindow(Settings(Path(tempfile.mkdtemp()) / "bench.ini"))
    window.resize(1600, 1000)
    window.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(TICK_MS)
    window.open_folder(folder)
    _wait(app, lambda: window.base is not None)
    analysed = time.perf_counter()
    timer.stop()
    gaps = sorted((b - a) * 1000 for a, b in zip(ticks, ticks[1:])) or [0.0]
    print(f"event loop during the analysis ({TICK_MS} ms timer): median gap {statistics.median(gaps):.1f} ms, "
          f"longest {gaps[-1]:.1f} ms")
    window.grab()  # forces a full paint of every pane, gutter and dock
    painted = time.perf_counter()
    print(f"first painted window on {folder.name}: {painted - start:.2f} s "
          f"(analysis {analysed - start:.2f} s, display and paint {painted - analysed:.2f} s)")
    return window


def _steps(app, bar, paint: bool) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (this thread's) milliseconds of each step, sorted.

    The CPU figure is what the step costs by itself: on a shared machine the wall clock also counts waiting.
    """
    step = max(1, bar.singleStep())
    times, cpu, value = [], [], 0
    app.processEvents()
    for _ in range(STEPS):
        value = value + step if value + step <= bar.maximum() else 0
        start, start_cpu = time.perf_counter(), time.thread_time()
        bar.setValue(value)  # the other panes follow through the anchors
        if paint:
            app.processEvents()  # the panes and the gutters repaint
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return sorted(times), sorted(cpu)


def _figures(times: list[float], cpu: list[float]) -> str:
    return (f"median {statistics.median(times):.2f} ms, 95th percentile {times[int(0.95 * len(times))]:.2f} ms "
            f"(CPU median {statistics.median(cpu):.2f} ms)")


def scroll_step(app, window: MainWindow, label: str) -> float:
    """Scroll the pane with the longest text, line by line; the others follow. Returns the painted step's CPU
    median (ms)."""
    bar = max((p.text.verticalScrollBar() for p in window.area.panes), key=lambda b: b.maximum())
    cpu = 0.0
    for paint, what in ((False, "sync maths only"), (True, "with the repaint of panes and gutters")):
        times, cpu_times = _steps(app, bar, paint)
        cpu = statistics.median(cpu_times)
        print(f"synchronized scroll step, {what} ({label}, {len(window.area.panes)} panes, "
              f"{window.width()}x{window.height()}): {_figures(times, cpu_times)}")
    return cpu


def many_articles() -> Analysis:
    """One official readout and MANY articles, each retelling some of its claims."""
    sentences = [f"The leaders discussed topic number {i} at some length." for i in range(40)]
    docs, claims, links = [], [], []
    text = " ".join(sentences)
    docs.append(Document(id="e/official", path="e/official.txt", title="Readout", text=text, role=OFFICIAL,
                         event="e", source="Gov", side="US", kind="readout"))
    at = 0
    for n, s in enumerate(sentences, 1):
        claims.append(Claim(f"e/official#{n}", "e/official", at, at + len(s), s))
        at += len(s) + 1
    for k in range(MANY):
        body = [f"Article {k} reports that topic {i} came up." for i in range(0, 40, 1 + k % 3)]
        doc_id = f"e/article-{k:03d}"
        docs.append(Document(id=doc_id, path=f"{doc_id}.txt", title=f"Article {k}", text=" ".join(body),
                             event="e", source=f"Outlet {k}", kind="news"))
        at = 0
        for n, s in enumerate(body, 1):
            claims.append(Claim(f"{doc_id}#{n}", doc_id, at, at + len(s), s))
            links.append(Link(f"{doc_id}#{n}", f"e/official#{1 + (n - 1) * (1 + k % 3)}", AGREE, 0.8))
            at += len(s) + 1
    omissions = [Omission(c.id, tuple(d.id for d in docs[1::7])) for c in claims[:40]]
    return Analysis(root="many", documents=tuple(docs), claims=tuple(claims), links=tuple(links),
                    omissions=tuple(omissions))


def platform_floor(app, text: str) -> float:
    """The same step for a bare QTextEdit filling a 1600x1000 window: what Qt and this machine cost by themselves.
    Returns its CPU median (ms), the reference the viewer's steps are divided by."""
    from PySide6.QtWidgets import QTextEdit
    bare = QTextEdit()
    bare.setReadOnly(True)
    bare.setPlainText(text)
    bare.resize(1600, 1000)
    bare.show()
    times, cpu = _steps(app, bare.verticalScrollBar(), True)
    print(f"platform floor: one scroll step of a bare QTextEdit at 1600x1000 on this machine: {_figures(times, cpu)}")
    bare.close()
    return statistics.median(cpu)


def laptop(app, folder: Path) -> float:
    """The scroll step in a 1280x800 window (a laptop's screen: the docks below the panes)."""
    window = MainWindow(Settings(Path(tempfile.mkdtemp()) / "bench.ini"))
    window.resize(1280, 800)
    window.show()
    window.open_folder(folder)
    _wait(app, lambda: window.analysis is not None)
    for _ in range(5):
        app.processEvents()
    cpu = scroll_step(app, window, folder.name)
    window.close()
    return cpu


def main() -> None:
    if help_asked(__doc__):
        return
    from readout_viewer.app.startup.main import UI_SWITCH_INTERVAL_S
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)  # as the viewer's entry point sets it (the window beside the worker)
    app = QApplication.instance() or QApplication([])
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "corpus"
    window = first_window(app, folder)
    desk = scroll_step(app, window, folder.name)
    floor = platform_floor(app, max((d.text for d in window.area.analysis.documents), key=len))
    window.close()
    small = laptop(app, folder)
    print(f"painted scroll step against the floor (CPU medians, same run): {desk / floor:.2f}x at 1600x1000, "
          f"{small / floor:.2f}x at 1280x800")
    big = many_articles()
    window = MainWindow(Settings(Path(tempfile.mkdtemp()) / "bench.ini"))
    window.resize(1600, 1000)
    window.show()
    start = time.perf_counter()
    window.show_analysis(big, Path("many"))
    window.grab()
    print(f"display of {len(big.documents)} documents, {len(big.claims)} claims, {len(big.links)} links: "
          f"{time.perf_counter() - start:.2f} s")
    scroll_step(app, window, f"{len(big.documents)} documents")
    window.close()


if __name__ == "__main__":
    main()
