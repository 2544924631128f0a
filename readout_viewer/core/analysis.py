"""The analysis pipeline: load, segment, link, find omissions, quotes and attributions, as a stoppable iterator."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from readout_viewer import __version__
from readout_viewer.core import attributions, loading, quotes
from readout_viewer.core.language import segment
from readout_viewer.core.linking import align, omissions, semantic
from readout_viewer.core.model import Analysis, Claim, Document, Problem, Progress

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


def _load(root: Path, at: Stage) -> Generator[Progress, None, tuple[list[Document], list[Problem]]]:
    """Read every document of the folder; a file that cannot be used becomes a Problem, never an exception."""
    scan = loading.scan(root)
    kept, problems = loading.Kept(scan.settings.max_files), list(scan.problems)
    for i, rel in enumerate(scan.files):
        yield at("load", i / max(1, len(scan.files)), f"Reading {rel}")
        loaded = loading.load(root, rel, scan.settings)
        problems.extend(loaded.problems)
        if loaded.document is not None:
            kept.add(loaded.document)
            if kept.full and i + 1 < len(scan.files):  # a huge folder is not read to its end
                problems.append(kept.stopped(len(scan.files) - i - 1))
                break
    left_out = kept.problem()
    problems += [left_out] if left_out is not None else []
    documents = sorted(kept.documents(), key=lambda d: (d.event, d.id))
    return documents, problems


def _segment(documents: list[Document], at: Stage) -> Generator[Progress, None, dict[str, list[Claim]]]:
    claims_of: dict[str, list[Claim]] = {}
    for i, doc in enumerate(documents):
        yield at("segment", i / max(1, len(documents)), f"Finding claims in {doc.title}")
        claims_of[doc.id] = list(segment.segment(doc))
    return claims_of


def run(root: str | Path, decisions: Callable[[Analysis], Analysis] | None = None
        ) -> Generator[Progress, None, Analysis]:
    """Analyse the folder `root`, yielding Progress between steps; the generator returns the Analysis.

    Stop early by not calling next() again (or by .close()); nothing is left half-done outside the generator.
    `decisions`, when given, applies analyst corrections to the finished analysis.
    """
    at = _stage_clock()
    documents, problems = yield from _load(Path(root), at)
    read = at("segment", 0.0, "Finding claims")
    yield TextsRead(read.fraction, read.message, tuple(documents))
    claims_of = yield from _segment(documents, at)
    links = yield from _scaled(align.find_links(documents, claims_of), lambda f: at("link", f, "Linking claims"))
    yield at("omissions", 0.0, "Finding omissions")
    found_omissions = omissions.find_omissions(documents, claims_of, links)
    yield at("quotes", 0.0, "Checking quotations")
    found_quotes = quotes.check_quotes(documents)
    yield at("attributions", 0.0, "Checking attributions")
    found_attributions, unreported = attributions.check_with_reports(documents, claims_of, links, found_quotes)
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
