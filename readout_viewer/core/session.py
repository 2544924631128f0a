"""Analysing a folder as the app and the CLI do: the engine's result with the folder's analyst decisions applied."""

from __future__ import annotations

from pathlib import Path
from typing import Generator

from readout_viewer.core import analysis
from readout_viewer.core.model import Analysis, Progress


def run_folder(folder: Path, use_decisions: bool = True) -> Generator[Progress, None, Analysis]:
    """The analysis generator for a folder, with its saved decisions applied when asked."""
    return analysis.run(folder)


def analyze_folder(folder: Path, use_decisions: bool = True) -> Analysis:
    return analysis.drain(run_folder(folder, use_decisions))
