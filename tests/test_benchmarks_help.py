"""Every benchmark answers `--help` with its usage (its module docstring), and runs nothing else."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(p for p in BENCHMARKS.glob("*.py") if p.name != "usage.py")
# A usage is printed at once; a benchmark that started its work instead would take far longer.
HELP_TIMEOUT_S = 60


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_a_benchmark_answers_help_with_its_usage(script):
    doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8"))) or ""
    done = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True,
                          timeout=HELP_TIMEOUT_S, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-500:]
    assert doc.splitlines()[0][:40] in done.stdout or script.stem in done.stdout
