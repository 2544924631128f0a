"""Analysing a folder as the app and the CLI do: the engine's result with the folder's analyst decisions applied."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from readout_viewer.core import analysis
from readout_viewer.core.decisions.store import DecisionStore
from readout_viewer.core.model import Analysis, Progress


def run_folder(folder: Path, use_decisions: bool = True) -> Generator[Progress, None, Analysis]:
    """The analysis generator for a folder, with its saved decisions applied when asked.

    The decisions file is read when the analysis finishes, so a decision saved while it runs is not missed.
    """
    if not use_decisions:
        return analysis.run(folder)
    return analysis.run(folder, decisions=lambda found: DecisionStore.open(Path(folder)).apply(found))


def analyze_folder(folder: Path, use_decisions: bool = True) -> Analysis:
    """The whole analysis of a folder, decisions applied unless use_decisions is False."""
    return analysis.drain(run_folder(folder, use_decisions))
