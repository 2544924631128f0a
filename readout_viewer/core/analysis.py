"""The analysis pipeline: load, segment, link, find omissions, quotes and attributions, as a stoppable iterator."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from readout_viewer.core import loading
from readout_viewer.core.loading import reader
from readout_viewer.core.model import Analysis, Document, Problem, Progress
from readout_viewer.core.system import collector, pool

# Share of the whole run each stage takes, measured on corpus/ (linking dominates on large folders).
_STAGES = (("load", 0.15), ("segment", 0.10), ("link", 0.55), ("omissions", 0.05), ("quotes", 0.10),
           ("attributions", 0.05))


def _ranges() -> dict[str, tuple[float, float]]:
    out, at = {}, 0.0
    for name, share in _STAGES:
        out[name] = (at, at + share)
        at += share
    return out


Stage = Callable[[str, float, str], Progress]


@dataclass(frozen=True)
class TextsRead(Progress):
    """The texts are read: a viewer can show them while the rest of the analysis runs."""

    documents: tuple[Document, ...] = ()


def _stage_clock() -> Stage:
    """A function that turns (stage, fraction of that stage, message) into overall Progress."""
    ranges = _ranges()

    def at(stage: str, fraction: float, message: str) -> Progress:
        lo, hi = ranges[stage]
        return Progress(lo + (hi - lo) * max(0.0, min(1.0, fraction)), message)
    return at


def _load(root: Path, scan: reader.Scan, at: Stage, lanes: list[pool.Lane]
          ) -> Generator[Progress, None, tuple[list[Document], list[Problem]]]:
    """Read every document of the folder; a file that cannot be used becomes a Problem, never an exception.

    With lanes, they read chunks of the files while the main process reads others; the results are taken in
    file order, as one process reads them.
    """
    files = list(scan.files)
    load_one = partial(loading.load, root, settings=scan.settings)
    if len(files) > reader.READ_FACTOR * scan.settings.max_files:  # read in part: in order, up to where it stops
        results = yield from _read_until(files, load_one, reader.READ_FACTOR * scan.settings.max_files, at)
    else:
        results = yield from pool.spread_items(files, load_one, _lane_load, (root, scan.settings), lanes, lambda n, rel:
                                               at("load", n / max(1, len(files)), f"Reading {rel or ''}"))
    kept, problems = loading.Kept(scan.settings.max_files), list(scan.problems)
    for i, result in enumerate(results):
        problems.extend(result.problems)
        if result.document is not None:
            kept.add(result.document)
            if kept.full and i + 1 < len(files):  # a huge folder is not read to its end
                problems.append(kept.stopped(len(files) - i - 1))
                break
    left_out = kept.problem()
    problems += [left_out] if left_out is not None else []
    documents = sorted(kept.documents(), key=lambda d: (d.event, d.id))
    return documents, problems


def _read_until(files: list[str], load_one: Callable[[str], Any], documents: int, at: Stage
                ) -> Generator[Progress, None, list]:
    """The files read one by one, in order, until `documents` of them were documents: a huge folder is not read
    to its end (the 50,001 files of a hostile folder were all read, 53 s, before the limit let 46,000 go)."""
    out, found = [], 0
    for n, rel in enumerate(files):
        yield at("load", n / len(files), f"Reading {rel}")
        out.append(load_one(rel))
        found += out[-1].document is not None
        if found >= documents:
            break
    return out


def run(root: str | Path, decisions: Callable[[Analysis], Analysis] | None = None,
        beside: Callable[[], list[pool.Lane]] | None = None) -> Generator[Progress, None, Analysis]:
    """Analyse the folder `root`, yielding Progress between steps; the generator returns the Analysis.

    Stop early by not calling next() again (or by .close()); nothing is left half-done outside the generator.
    `decisions`, when given, applies analyst corrections to the finished analysis. A large folder is analysed by
    more than one process (core/system/pool.py), a small one with the lane `beside` starts when given
    (stages.analyse): the result is the same.
    """
    at = _stage_clock()
    scan = loading.scan(Path(root))
    lanes = pool.start(pool.lanes_for(len(scan.files)))
    try:
        with collector.fewer_collections():
            return (yield from _run(root, scan, at, lanes, decisions, beside))
    finally:
        pool.stop(lanes)


def _run(root: str | Path, scan: reader.Scan, at: Stage, lanes: list[pool.Lane],
         decisions: Callable[[Analysis], Analysis] | None, beside: Callable[[], list[pool.Lane]] | None = None
         ) -> Generator[Progress, None, Analysis]:
    documents, problems = yield from _load(Path(root), scan, at, lanes)
    read = at("segment", 0.0, "Finding claims")
    yield TextsRead(read.fraction, read.message, tuple(documents))
    # The engine proper is imported once the texts are out, so that a viewer shows them meanwhile.
    from readout_viewer.core import stages
    analysis = yield from stages.analyse(str(root), documents, problems, at, lanes, beside)
    if decisions is not None:
        analysis = decisions(analysis)
    yield Progress(1.0, "Done")
    return analysis


def analyze(root: str | Path, decisions: Callable[[Analysis], Analysis] | None = None) -> Analysis:
    """Run the whole analysis to its end and return it."""
    return drain(run(root, decisions))


def drain(gen: Iterator[Progress]) -> Analysis:
    """Run an analysis generator to completion; used by tests and headless commands."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


# ---- work shared with the lanes (core/system/pool.py): each task gets the lane's own state first

def _lane_load(state: dict, rels: list[str], root: Path, settings: reader.FolderSettings) -> list[reader.Loaded]:
    return [loading.load(root, rel, settings) for rel in rels]
