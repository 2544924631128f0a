"""Choosing a theme never frees a widget under Qt's feet: setStyle and setPalette walk a list of every widget and run
Python handlers on the way, where Python's cyclic collector could free a closed window no one held (a reference
cycle) that was still on the list — a segfault in test_theme, once in two CI runs. The replay runs in a child
process, as a crash would end the test run."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# How long the child may take: a QApplication, 600 small widgets and 30 theme changes take about a second.
CHILD_TIMEOUT_S = 120

REPLAY = """
import gc
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from readout_viewer.app import theme

app = QApplication([])


class Collects(QWidget):
    def changeEvent(self, event):  # a handler run while Qt restyles every widget, as the ribbons' is
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange) and gc.isenabled():
            gc.collect()  # what the automatic collector may do at any allocation in Python code


keep = Collects()
keep.show()
for turn in range(30):
    for _ in range(20):  # windows no one holds any more, alive only through a reference cycle
        window = QWidget()
        layout = QVBoxLayout(window)
        for i in range(5):
            layout.addWidget(QLabel(f"line {i}", window))
        window.cycle = window
        window.show()
        window.hide()
    del window
    theme.apply(app, theme.DARK if turn % 2 == 0 else theme.LIGHT, None)
print("survived")
"""


def test_themes_chosen_while_closed_windows_await_the_collector_never_crash():
    done = subprocess.run([sys.executable, "-c", REPLAY], capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
                          cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                                         "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, (done.returncode, done.stderr[-800:])
    assert "survived" in done.stdout
