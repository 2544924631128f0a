"""`readout-viewer doctor`, the part without Qt: versions, where files live, the shipped fonts and the optional
semantic model, as (label, value) rows a person can paste into a bug report."""

from __future__ import annotations

import importlib
import importlib.metadata
import platform
import sys
from pathlib import Path

from readout_viewer import __version__
from readout_viewer.core.system import logfile, paths

# The distributions whose versions matter for a bug report, and the module to ask when a standalone build
# carries no package metadata.
DEPENDENCIES = {"PySide6-Essentials": "PySide6", "pypdf": "pypdf", "PyYAML": "yaml",
                "diff-match-patch": "diff_match_patch", "charset-normalizer": "charset_normalizer",
                "trafilatura": "trafilatura", "lxml": "lxml", "platformdirs": "platformdirs"}

Row = tuple[str, str]


def version_of(distribution: str, module: str) -> str:
    """The installed version of a dependency, or 'not installed'."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        found = importlib.import_module(module)
    except Exception:  # noqa: BLE001 - a broken dependency is what this report is for
        return "not installed"
    return str(getattr(found, "__version__", None) or getattr(found, "VERSION", None) or "installed")


def versions() -> list[Row]:
    build = "standalone build" if getattr(sys, "frozen", False) else f"Python environment {sys.prefix}"
    rows = [("readout-viewer", f"{__version__} ({build})"),
            ("Python", f"{platform.python_version()} ({sys.executable})"),
            ("System", platform.platform())]
    return rows + [(name, version_of(name, module)) for name, module in DEPENDENCIES.items()]


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "not written yet"
    return f"{size} bytes" if size < 10_000 else f"{size / 1024:.0f} kB"


def locations() -> list[Row]:
    log = logfile.current() or logfile.log_file()
    corpus = paths.bundled_corpus()
    return [("Configuration", str(paths.config_dir())), ("Cache", str(paths.cache_dir())),
            ("Log file", f"{log} ({_size(log)})"),
            ("Example corpus", str(corpus) if corpus else "not found (set READOUT_VIEWER_CORPUS)")]


def pdf_fonts() -> Row:
    """The fonts shipped for the PDF export (the viewer uses the system's, reported by the Qt part)."""
    folder = paths.data_dir("fonts")
    fonts = sorted(p.name for p in folder.glob("*.ttf")) if folder else []
    return ("PDF fonts", f"{', '.join(fonts)} ({folder})" if fonts else "MISSING: the PDF export will fail")


def semantic_model() -> Row:
    """What compares statements: the optional sentence model (loaded and checked here) or words alone."""
    from readout_viewer.core.linking import semantic
    numpy = version_of("numpy", "numpy")
    return ("Semantic model", f"{semantic.status()}; numpy {numpy}")


def report() -> list[Row]:
    """Everything doctor says that needs no Qt."""
    return versions() + locations() + [pdf_fonts(), semantic_model()]


def with_qt(rows: list[Row], qt_rows: list[Row]) -> list[Row]:
    """The Qt part placed after the versions, before the locations."""
    cut = len(versions())
    return rows[:cut] + qt_rows + rows[cut:]


def render(rows: list[Row]) -> str:
    """The rows as aligned 'label: value' lines."""
    width = max((len(label) for label, _ in rows), default=0)
    return "".join(f"{label + ':':<{width + 1}} {value}\n" for label, value in rows)
