"""The core must never import Qt: checked on the source and on a fresh interpreter."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "readout_viewer" / "core"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def test_core_sources_import_no_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_running_an_analysis_loads_no_qt(corpus):
    code = ("import sys; from readout_viewer.core.analysis import analyze; analyze(sys.argv[1]); "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))")
    out = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
