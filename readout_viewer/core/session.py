"""Analysing a folder as the app and the CLI do: the engine's result, from the cache when nothing that decides it
has changed, with the folder's analyst decisions applied after (a correction never invalidates the cache)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from readout_viewer.core.model import Analysis, Progress

if TYPE_CHECKING:
    from readout_viewer.core.system.lanes import Lane


def run_base(folder: Path, use_cache: bool = True, known_key: str | None = None,
             beside: Callable[[], list[Lane]] | None = None) -> Generator[Progress, None, Analysis]:
    """The engine's analysis of a folder, without decisions: the cached one when it still holds, else a fresh
    one (then kept, unless the folder changed while it ran). The engine (readers, linking, checks) is imported
    only when the cache has no answer: a second start reads the entry alone (`known_key`: the folder's cache key,
    when the caller has just worked it out: a start does, to decide whether to analyse in a child process; `beside`:
    analysis.run's)."""
    from readout_viewer.core.system import cache, cachekey
    use_cache = use_cache and cache.enabled()
    key = (known_key or cachekey.key(folder)) if use_cache else None
    if key is not None:
        found = cache.load(key, str(folder))
        if found is not None:
            return found
    from readout_viewer.core import analysis
    fresh = yield from analysis.run(folder, beside=beside)
    if key is not None and cachekey.key(folder) == key:
        cache.store(key, fresh)
    return fresh


def run_folder(folder: Path, use_decisions: bool = True, use_cache: bool = True, known_key: str | None = None
               ) -> Generator[Progress, None, Analysis]:
    """The analysis generator for a folder, with its saved decisions applied when asked (`known_key`: run_base's).

    The decisions file is read when the analysis finishes, so a decision saved while it runs is not missed.
    """
    base = yield from run_base(Path(folder), use_cache, known_key)
    if not use_decisions:
        return base
    from readout_viewer.core.decisions.store import DecisionStore
    return DecisionStore.open(Path(folder)).apply(base)


def analyze_folder(folder: Path, use_decisions: bool = True, use_cache: bool = True) -> Analysis:
    """The whole analysis of a folder, decisions applied unless use_decisions is False."""
    from readout_viewer.core import analysis
    return analysis.drain(run_folder(folder, use_decisions, use_cache))
