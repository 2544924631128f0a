"""The code's own checks, run with the tests: ruff (lint and import order), mypy on core, and the layer contracts."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The viewer's modules stay readable in one sitting: one widget, model or helper each (the code norm, ~100-300 lines).
APP_MODULE_LINES = 300


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def _tool(name: str) -> str:
    """The tool installed beside this interpreter (the test extra installs it)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is not installed: pip install -e '.[test]'"
    return found


def test_ruff_finds_nothing():
    done = _run(_tool("ruff"), "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean_on_core():
    done = _run(sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_app_modules_stay_within_the_size_norm():
    long = {str(path.relative_to(ROOT)): lines for path in sorted((ROOT / "readout_viewer" / "app").rglob("*.py"))
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > APP_MODULE_LINES}
    assert not long, f"over {APP_MODULE_LINES} lines: {long}"


@pytest.mark.parametrize("contract", ["core imports neither Qt", "the exporters never import the viewer",
                                      "the viewer is reached only from the entry point"])
def test_layer_contracts_are_kept(contract, contracts_report):
    assert f"{contract}" in contracts_report and "BROKEN" not in contracts_report, contracts_report


@pytest.fixture(scope="module")
def contracts_report() -> str:
    done = _run(_tool("lint-imports"), "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
