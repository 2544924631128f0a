"""The Findings panel's Export CSV…: the findings listed, with their filters and in their order, where the user says
(core.findings.to_csv: the command line's columns)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from readout_viewer.core import findings
from readout_viewer.core.findings import Finding
from readout_viewer.core.model import Analysis


def write_csv(analysis: Analysis | None, rows: list[Finding], ask_path: Callable[[str], Path | None],
              say: Callable[[str], object]) -> Path | None:
    """Write `rows` as CSV to the path `ask_path` gives (None: cancelled), saying how it went through `say`."""
    from readout_viewer.core.system.atomic import write_text_atomic
    if analysis is None or not rows:
        say("No finding to export.")
        return None
    folder = Path(analysis.root).name if analysis.root else ""  # "sunak-findings.csv", not "findings-5.csv"
    path = ask_path(f"{folder}-findings.csv" if folder else "findings.csv")
    if path is None:
        return None
    try:
        write_text_atomic(path, findings.to_csv(analysis, rows))
    except OSError as exc:
        say(f"Cannot write {path}: {exc.strerror or exc}")
        return None
    say(f"{len(rows)} findings written to {path}.")
    return path
