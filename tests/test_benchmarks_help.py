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


def test_quality_never_prints_a_kept_out_events_misses():
    """`quality.py --misses --only X` matched kept-out events whose names contain X and printed their misses (a
    helper's partial name did): the benchmark reads KEPT_OUT and withholds them."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import quality
    finally:
        sys.path.remove(str(BENCHMARKS))
    withheld = quality.kept_out()
    events = BENCHMARKS.parent / "eval" / "events"
    assert len(withheld) > 90 and all((events / name / "gold.yaml").is_file() for name in withheld)
    assert "2025-02-12-trump-putin-call" not in withheld  # a read event keeps its misses
