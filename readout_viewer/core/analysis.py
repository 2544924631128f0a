"""The analysis pipeline: load, segment, link, find omissions, quotes and attributions, as a stoppable iterator."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from readout_viewer import __version__
from readout_viewer.core import loading, quotes
from readout_viewer.core.attributions import spread as attributions_spread
from readout_viewer.core.language import segment
from readout_viewer.core.linking import align, omissions, semantic, spread
from readout_viewer.core.loading import reader
from readout_viewer.core.model import Analysis, Claim, Document, Problem, Progress
from readout_viewer.core.system import pool

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
        results = yield from _spread(files, load_one, _lane_load, (root, scan.settings), lanes,
                                     lambda n, rel: at("load", n / max(1, len(files)), f"Reading {rel or ''}"))
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


def _segment(documents: list[Document], at: Stage, lanes: list[pool.Lane]
             ) -> Generator[Progress, None, dict[str, list[Claim]]]:
    found = yield from _spread(documents, _claims, _lane_segment, (), lanes, lambda n, doc: at(
        "segment", n / max(1, len(documents)), f"Finding claims in {doc.title}" if doc else "Finding claims"))
    return {d.id: claims for d, claims in zip(documents, found)}


def _claims(doc: Document) -> list[Claim]:
    return list(segment.segment(doc))


def run(root: str | Path, decisions: Callable[[Analysis], Analysis] | None = None
        ) -> Generator[Progress, None, Analysis]:
    """Analyse the folder `root`, yielding Progress between steps; the generator returns the Analysis.

    Stop early by not calling next() again (or by .close()); nothing is left half-done outside the generator.
    `decisions`, when given, applies analyst corrections to the finished analysis. A large folder is analysed by
    more than one process (core/system/pool.py): the result is the same.
    """
    at = _stage_clock()
    scan = loading.scan(Path(root))
    lanes = pool.start(pool.lanes_for(len(scan.files)))
    try:
        return (yield from _run(root, scan, at, lanes, decisions))
    finally:
        pool.stop(lanes)


def _run(root: str | Path, scan: reader.Scan, at: Stage, lanes: list[pool.Lane],
         decisions: Callable[[Analysis], Analysis] | None) -> Generator[Progress, None, Analysis]:
    documents, problems = yield from _load(Path(root), scan, at, lanes)
    read = at("segment", 0.0, "Finding claims")
    yield TextsRead(read.fraction, read.message, tuple(documents))
    claims_of = yield from _segment(documents, at, lanes)
    quoted = pool.Answer()
    checking = bool(lanes) and _send(lanes[0], _lane_quotes, documents, tag=quoted)  # beside the linking
    table = attributions_spread.send_table(lanes, documents)  # the lane's next task, also beside the linking
    links = yield from _scaled(align.find_links(documents, claims_of, spread.across(lanes)),
                               lambda f: at("link", f, "Linking claims"))
    yield at("omissions", 0.0, "Finding omissions")
    found_omissions = omissions.find_omissions(documents, claims_of, links)
    yield at("quotes", 0.0, "Checking quotations")
    got = (yield from pool.answer(lanes[0], quoted, lambda: at("quotes", 0.0, "Checking quotations"))) if checking \
        else None
    found_quotes = got if got is not None else quotes.check_quotes(documents)
    yield at("attributions", 0.0, "Checking attributions")
    found_attributions, unreported = yield from attributions_spread.checked(  # shared with the lanes
        documents, claims_of, links, found_quotes, lanes, table,
        lambda f: at("attributions", f, "Checking attributions"))
    analysis = Analysis(
        root=str(root), documents=tuple(documents), claims=tuple(c for d in documents for c in claims_of[d.id]),
        links=tuple(links), omissions=tuple(found_omissions), quotes=tuple(found_quotes),
        attributions=tuple(found_attributions), problems=tuple(problems), unreported=tuple(unreported),
        engine=_engine(claims_of))
    if decisions is not None:
        analysis = decisions(analysis)
    yield Progress(1.0, "Done")
    return analysis


def _engine(claims_of: dict[str, list[Claim]]) -> dict[str, str]:
    """Which engine made the analysis and what compared its statements (words alone, or with a sentence model)."""
    statements = sum(1 for cs in claims_of.values() for c in cs if c.is_statement)
    return {"version": f"readout-viewer {__version__}", "similarity": semantic.used_for(statements)}


def _scaled(stage: Generator[float, None, list], to_progress: Callable[[float], Progress]
            ) -> Generator[Progress, None, list]:
    """Turn a stage's own fractions into pipeline Progress records, passing its result through."""
    while True:
        try:
            fraction = next(stage)
        except StopIteration as stop:
            return stop.value
        yield to_progress(fraction)


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

# Files or documents in one task sent to a lane: small enough that the lanes and the main process share the last
# ones evenly and progress moves, large enough that the pipe is not the cost.
CHUNK = 20


def _spread(items: list, local: Callable[[Any], Any], task: Callable, args: tuple, lanes: list[pool.Lane],
            progress: Callable[[int, Any], Progress]) -> Generator[Progress, None, list]:
    """`local(item)` for every item, in the items' order, chunks of them done by the lanes (pool.spread):
    `task(state, chunk, *args)` gives a chunk's results."""
    chunks = [items[k:k + CHUNK] for k in range(0, len(items), CHUNK)]
    return (yield from pool.spread(chunks, local, lambda chunk: (task, chunk, *args), lanes, progress))


def _send(lane: pool.Lane, task: Callable, *args, tag: pool.Answer) -> bool:
    """Send `task(state, *args)` to the lane; False when it has stopped (the caller does the work itself)."""
    try:
        lane.send(task, *args, tag=tag)
    except pool.LaneFailed:
        return False
    return True


def _lane_load(state: dict, rels: list[str], root: Path, settings: reader.FolderSettings) -> list[reader.Loaded]:
    return [loading.load(root, rel, settings) for rel in rels]


def _lane_segment(state: dict, documents: list[Document]) -> list[list[Claim]]:
    return [_claims(doc) for doc in documents]


def _lane_quotes(state: dict, documents: list[Document]) -> list:
    return quotes.check_quotes(documents)
