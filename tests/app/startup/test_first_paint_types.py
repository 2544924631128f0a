"""A warm start's first paint makes none of QGradient's enum types: PySide6 makes them (Preset alone has 169 members)
to pick among QPainter.fillRect's overloads, which the overview strips, the ribbons' gutters and the legend no longer
call (app/painting.py)."""

from __future__ import annotations

import subprocess
import sys

from readout_viewer.core import analysis, session

CODE = """
import enum, io, os, sys
from pathlib import Path
made = []
create = enum.EnumType._create_
def counted(cls, *args, **kwargs):
    kind = create(cls, *args, **kwargs)
    made.append(kind.__qualname__)
    return kind
enum.EnumType._create_ = counted
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from readout_viewer.app.settings import Settings
from readout_viewer.app.startup import trace
from readout_viewer.app.window import MainWindow
window = MainWindow(Settings(Path(sys.argv[2])))
window.resize(1600, 1000)
window.show()
seen = []
class Said(io.StringIO):
    def write(self, text):
        if "highlights-painted" in text:  # every pane painted with its highlights
            seen.append("Preset" in made)
            app.quit()
        return len(text)
os.environ[trace.TRACE_ENV] = "1"
trace.install(window, Said())
window.open_folder(Path(sys.argv[1]))
app.exec()
print(seen, len(made) > 50)
"""


def test_a_warm_starts_first_paint_makes_no_gradient_types(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "none")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    analysis.drain(session.run_base(corpus))  # the cache filled, as a first start leaves it
    out = subprocess.run([sys.executable, "-c", CODE, str(corpus), str(tmp_path / "s.ini")], capture_output=True,
                         text=True, check=True, timeout=120)
    assert out.stdout.split() == ["[False]", "True"]  # the window's other enum types are counted: the count works
