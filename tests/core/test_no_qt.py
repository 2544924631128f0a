"""The core must never load Qt: a fresh interpreter runs an analysis (the sources: import-linter, pyproject)."""

import subprocess
import sys

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def test_running_an_analysis_loads_no_qt(corpus):
    code = ("import sys; from readout_viewer.core.analysis import analyze; analyze(sys.argv[1]); "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))")
    out = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
