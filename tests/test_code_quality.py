"""The code's own checks, run with the tests: ruff (lint and import order), mypy on core, the layer contracts, and the
size norm of modules and functions."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "readout_viewer"
# A module stays readable in one sitting: one widget, model, rule or helper each (the code norm, ~100-300 lines).
MODULE_LINES = 300
# A function reads as one step (the code norm, ~10-40 lines); past 60 a part of it wants a name of its own. Counted
# from `def` to its last line, the docstring included.
FUNCTION_LINES = 60


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


def long_module(name: str, source: str, limit: int = MODULE_LINES) -> str | None:
    """The module named with its length when it is over `limit` lines, else None."""
    lines = len(source.splitlines())
    return f"{name}: {lines} lines" if lines > limit else None


def long_functions(name: str, source: str, limit: int = FUNCTION_LINES) -> list[str]:
    """Every function and method of a module over `limit` lines (from `def` to its last line, nested ones too), each
    named as module:line qualified.name with its length."""
    out: list[str] = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (child.end_lineno or child.lineno) - child.lineno + 1
                if lines > limit:
                    out.append(f"{name}:{child.lineno} {prefix}{child.name}: {lines} lines")
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                walk(child, f"{prefix}{child.name}.")

    walk(ast.parse(source), "")
    return out


def _sources() -> list[tuple[str, str]]:
    """Every module of the package (core, app, export, cli.py), by its path under the root, with its text."""
    return [(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))]


def test_modules_stay_within_the_size_norm():
    long = [found for name, source in _sources() if (found := long_module(name, source))]
    assert not long, f"modules over {MODULE_LINES} lines: {long}"


def test_functions_stay_within_the_size_norm():
    long = [found for name, source in _sources() for found in long_functions(name, source)]
    assert not long, f"functions over {FUNCTION_LINES} lines: {long}"


def _function(name: str, lines: int, indent: str = "") -> str:
    """A function of exactly `lines` lines: its `def`, a docstring, then assignments."""
    body = "".join(f"{indent}    x{n} = {n}\n" for n in range(lines - 2))
    return f'{indent}def {name}():\n{indent}    """One line."""\n{body}'


def test_the_size_checks_name_what_is_too_long():
    source = ("class Pane:\n" + _function("paint", FUNCTION_LINES + 1, "    ") + "\n\n" +
              _function("short", FUNCTION_LINES) + "\n\n" + _function("outer", 3)[:-1] + "\n" +
              _function("inner", FUNCTION_LINES + 2, "    "))
    outer = 2 * FUNCTION_LINES + 7  # after the class line, paint, two blank lines, short and two more
    assert long_functions("m.py", source) == [f"m.py:2 Pane.paint: {FUNCTION_LINES + 1} lines",
                                              f"m.py:{outer} outer: {FUNCTION_LINES + 5} lines",
                                              f"m.py:{outer + 3} outer.inner: {FUNCTION_LINES + 2} lines"]
    assert long_functions("m.py", _function("f", FUNCTION_LINES)) == []
    assert long_module("m.py", "x = 1\n" * (MODULE_LINES + 1)) == f"m.py: {MODULE_LINES + 1} lines"
    assert long_module("m.py", "x = 1\n" * MODULE_LINES) is None


@pytest.mark.parametrize("contract", ["core imports neither Qt", "the exporters never import the viewer",
                                      "the viewer is reached only from the entry point"])
def test_layer_contracts_are_kept(contract, contracts_report):
    assert f"{contract}" in contracts_report and "BROKEN" not in contracts_report, contracts_report


@pytest.fixture(scope="module")
def contracts_report() -> str:
    done = _run(_tool("lint-imports"), "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
