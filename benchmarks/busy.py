"""The window while the analysis thread computes: how long three texts take to show, at Python's default switch
interval and at the viewer's (app/startup/main.py UI_SWITCH_INTERVAL_S).

    python benchmarks/busy.py            # 5 alternated runs of each
    python benchmarks/busy.py --runs 9

Each run is a fresh process (offscreen Qt): a Python thread computes without pause, as a stage of the analysis
does, and sends the window a signal; the window then shows the three texts a first start shows on corpus/ in a
splitter and processes its events (layout and paint). Printed: the signal's latency and the showing, medians
with min–max, and their ratio. The interval only matters while two threads want Python at once.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.startup import BARE_TEXTS, CORPUS  # noqa: E402
from readout_viewer.app.startup.main import UI_SWITCH_INTERVAL_S  # noqa: E402

PYTHON_DEFAULT_S = 0.005  # sys.getswitchinterval() of a fresh interpreter
RUNS = 5
BUSY_S = 3.0  # the thread computes this long at most: far longer than any showing measured

CHILD = r"""
import sys, threading, time
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QTextEdit
sys.setswitchinterval(float(sys.argv[1]))
app = QApplication(sys.argv[:1])
texts = [open(p, encoding="utf-8").read() for p in sys.argv[3:]]
class Sender(QObject):
    go = Signal(float)
sender, got = Sender(), {}
def show(sent):
    got["latency"] = time.monotonic() - sent
    start = time.monotonic()
    splitter = QSplitter()
    for text in texts:
        edit = QTextEdit()
        edit.setPlainText(text)
        splitter.addWidget(edit)
    splitter.resize(1600, 1000)
    splitter.show()
    app.processEvents()
    got["show"] = time.monotonic() - start
    app.quit()
sender.go.connect(show)
def compute():
    sender.go.emit(time.monotonic())
    end, x = time.monotonic() + float(sys.argv[2]), 0
    while time.monotonic() < end and "show" not in got:
        x += sum(i * i for i in range(200))
threading.Thread(target=compute, daemon=True).start()
app.exec()
print(got["latency"], got["show"])
"""


def run(interval: float) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, str(interval), str(BUSY_S)] +
                         [str(CORPUS / t) for t in BARE_TEXTS], env=env, capture_output=True, text=True, check=True)
    latency, show = map(float, out.stdout.split())
    return latency, show


def spread(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:6.1f} ms ({min(values) * 1000:.1f}–{max(values) * 1000:.1f})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    intervals = (PYTHON_DEFAULT_S, UI_SWITCH_INTERVAL_S)
    results: dict[float, list[tuple[float, float]]] = {i: [] for i in intervals}
    for k in range(args.runs):
        for interval in intervals if k % 2 == 0 else intervals[::-1]:
            results[interval].append(run(interval))
    print(f"{args.runs} runs of each, alternated; load average {os.getloadavg()[0]:.2f}")
    for interval in intervals:
        name = "Python's default" if interval == PYTHON_DEFAULT_S else "the viewer's"
        latency, show = ([r[k] for r in results[interval]] for k in (0, 1))
        print(f"switch interval {interval * 1000:.1f} ms ({name}): signal reaches the window {spread(latency)}, "
              f"three texts shown {spread(show)}")
    slow, fast = (statistics.median(r[1] for r in results[i]) for i in intervals)
    print(f"showing the texts behind a busy thread: {slow / fast:.1f}× faster at the viewer's interval")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
