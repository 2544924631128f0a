"""The start `benchmarks/startup.py --instructions` counts is the viewer's own start: its modules imported in the
start's order (PySide6 by the window's start, not before the CLI), its fall-backs for a late paint held back."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

STARTUP = Path(__file__).resolve().parents[3] / "benchmarks" / "startup.py"
RUN_TIMEOUT_S = 120


def _stopped_script() -> str:
    spec = importlib.util.spec_from_file_location("startup_benchmark", STARTUP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.VIEWER_STOPPED


def _run_instead_of_the_start(lines: str) -> str:
    """What the counted start's script prints when `lines` stand where it starts the viewer."""
    code = _stopped_script().replace("sys.exit(main(sys.argv[1:]))", lines)
    assert code != _stopped_script()
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          timeout=RUN_TIMEOUT_S, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                                      "PYTHONPATH": str(STARTUP.parents[1])}).stdout


def test_the_counted_start_has_not_loaded_pyside6_when_the_cli_starts():
    out = _run_instead_of_the_start("print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    assert out.strip() == "[]"


def test_the_counted_start_holds_its_fallbacks_back_in_the_modules_the_start_imports():
    out = _run_instead_of_the_start(
        "from readout_viewer.app import afterpaint\n"
        "from readout_viewer.app.startup import trace\n"
        "print(start.ICON_LATEST_MS, afterpaint.LATEST_MS, trace._say.__name__)")
    assert out.split() == [str(10 ** 7), str(10 ** 7), "say"]
