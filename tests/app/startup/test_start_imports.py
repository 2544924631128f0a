"""A second start paints the panes from the cache before any reader, check or decisions file machinery is loaded."""

from __future__ import annotations

import subprocess
import sys

from readout_viewer.core import analysis, session

# Loaded by an analysis, the findings list or the corrections, or by the panels and choices made once the panes
# have painted (Compare, the coverage matrix, the Findings panel, the claim inspector, the Problems panel (a tab
# behind Findings: its dock's title, with the count, is in the first frame, its list is not), the metadata editor
# (hidden until a document is selected) and its governments, the inspector's `html` escaping, the corrections' date check),
# or by a tooltip when first shown (a left-out statement's closest wording: core.closest, and language.text's word
# rules behind core.labels' clip), or by the one-time dialog on what was inferred of a folder without front matter
# (shown after its analysis); none of them is needed to paint a cached folder.
LATER = ("readout_viewer.core.loading.reader", "readout_viewer.core.loading.encoding",
         "readout_viewer.core.analysis", "readout_viewer.core.attributions", "readout_viewer.core.quotes",
         "readout_viewer.core.linking.align", "readout_viewer.core.decisions.store", "charset_normalizer",
         "ruamel.yaml", "filelock", "readout_viewer.app.compare", "readout_viewer.app.matrix",
         "readout_viewer.app.matrix_model",
         "readout_viewer.core.compare", "readout_viewer.app.findings.panel", "readout_viewer.app.inspector.dock",
         "readout_viewer.core.findings", "readout_viewer.core.loading.governments", "html",
         "datetime", "readout_viewer.app.metadata_editor", "readout_viewer.core.closest",
         "readout_viewer.core.language.text", "readout_viewer.app.inferred_dialog", "readout_viewer.app.problems")
CODE = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from readout_viewer.app.settings import Settings
from readout_viewer.app.window import MainWindow
window = MainWindow(Settings(Path(sys.argv[2])))
window.resize(1600, 1000)
window.show()
seen = []
window.highlights_shown.connect(lambda: seen.append(sorted(m for m in {LATER!r} if m in sys.modules)))
window.analysis_shown.connect(app.quit)
window.open_folder(Path(sys.argv[1]))
app.exec()
print(seen, window.settled, window.controller is not None, len(window.docks.findings.model.rows) > 0)
"""


def _warm_start(code: str, corpus, tmp_path, monkeypatch) -> str:
    """What `code` prints, run with corpus/'s analysis in the cache (as a first start leaves it) and its settings."""
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "none")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    analysis.drain(session.run_base(corpus))
    return subprocess.run([sys.executable, "-c", code, str(corpus), str(tmp_path / "s.ini")], capture_output=True,
                          text=True, check=True, timeout=120).stdout


def test_a_warm_start_paints_before_the_engine_is_loaded(corpus, tmp_path, monkeypatch):
    out = _warm_start(CODE, corpus, tmp_path, monkeypatch)
    assert out.strip() == "[[]] True True True"  # nothing of it at the first paint; all of it once settled


# The engine proper: none of it is needed to show the texts of a first start.
ENGINE = ("readout_viewer.core.stages", "readout_viewer.core.linking.align", "readout_viewer.core.quotes",
          "readout_viewer.core.attributions", "readout_viewer.core.language.segment")
READ_FIRST = f"""
import sys
from readout_viewer.core import analysis
run = analysis.run(sys.argv[1])
step = next(run)
while not isinstance(step, analysis.TextsRead):
    step = next(run)
print(len(step.documents), sorted(m for m in {ENGINE!r} if m in sys.modules))
"""


def test_a_first_start_reads_the_texts_before_the_engine_is_loaded(corpus, monkeypatch):
    monkeypatch.setenv("READOUT_VIEWER_NO_CACHE", "1")
    out = subprocess.run([sys.executable, "-c", READ_FIRST, str(corpus)], capture_output=True, text=True,
                         check=True, timeout=120)
    documents, engine = out.stdout.split(maxsplit=1)
    assert int(documents) > 0 and engine.strip() == "[]"


# PySide6 makes a class's enum types when the class is first used, 0.1-10 ms each: the icon's (ThemeIcon has 130
# members) are not needed before the window icon is drawn, after the first paint.
COUNTED = """
import enum, sys
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
from readout_viewer.app.window import MainWindow
"""
ENUMS = COUNTED + """
window = MainWindow(Settings(Path(sys.argv[1])))
print("ThemeIcon" in made, len(made) > 50)
"""


def test_building_the_window_makes_no_icon_enum_types(tmp_path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run([sys.executable, "-c", ENUMS, str(tmp_path / "s.ini")], capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.split() == ["False", "True"]  # the window's other enum types are counted: the count works


# QGradient's enum types (Preset alone has 169 members), which PySide6 makes to pick among QPainter.fillRect's
# overloads, are not made by a warm start's first paint: the overview strips, the ribbons' gutters and the legend
# fill through app/painting.py.
PAINTED = COUNTED + """
import io, os
from readout_viewer.app.startup import trace
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


def test_a_warm_starts_first_paint_makes_no_gradient_enum_types(corpus, tmp_path, monkeypatch):
    out = _warm_start(PAINTED, corpus, tmp_path, monkeypatch)
    assert out.split() == ["[False]", "True"]  # the other enum types are counted: the count works


# Widget classes the first frame does not use are not made by a warm start's first paint: no call loads every
# QtWidgets class (a first `viewport()` did: app/viewports.py), and the file dialog, the message boxes and the combo
# boxes are imported where they are first used. Their enum types stand for them: QWizard's WizardButton, QFileDialog's
# FileMode, QMessageBox's ButtonRole and Icon, QComboBox's InsertPolicy.
UNUSED = ("WizardButton", "FileMode", "ButtonRole", "Icon", "InsertPolicy")
UNMADE = PAINTED.replace('seen.append("Preset" in made)', f'seen.append(sorted(set({UNUSED!r}) & set(made)))')


def test_a_warm_starts_first_paint_makes_no_widget_class_it_does_not_show(corpus, tmp_path, monkeypatch):
    out = _warm_start(UNMADE, corpus, tmp_path, monkeypatch)
    assert out.split() == ["[[]]", "True"]  # the other enum types are counted: the count works
