"""The engine's stages once the texts are read: claims, links, omissions, quotes and attributions."""

from __future__ import annotations

from collections.abc import Callable, Generator
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from readout_viewer import __version__
from readout_viewer.core import quotes
from readout_viewer.core.attributions import spread as attributions_spread
from readout_viewer.core.language import segment
from readout_viewer.core.language.ends_index import SentenceEnds
from readout_viewer.core.language.speakers import folder_leaders
from readout_viewer.core.linking import align, nearest, omissions, semantic, spread
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.relate_once import related_once
from readout_viewer.core.model import Analysis, Attribution, Claim, Document, Link, Problem, Progress, Quote, Unreported
from readout_viewer.core.system import pool

if TYPE_CHECKING:
    from readout_viewer.core.analysis import Stage


class _Asked(NamedTuple):
    """The lanes asked for the quotations and the source table beside the linking, and their answers' tags; `beside`
    when they are the one lane started for a small folder, which then checks the attributions too."""

    lanes: list[pool.Lane]
    quoted: pool.Answer | None
    table: pool.Answer | None
    beside: bool


def _ask(lanes: list[pool.Lane], documents: list[Document], beside: bool = False) -> _Asked:
    return _Asked(lanes, pool.ask(lanes, _lane_quotes, documents), attributions_spread.send_table(lanes, documents),
                  beside)


def analyse(root: str, documents: list[Document], problems: list[Problem], at: Stage, lanes: list[pool.Lane],
            beside: Callable[[], list[pool.Lane]] | None = None) -> Generator[Progress, None, Analysis]:
    """The analysis of the documents read (with the problems met reading them), yielding Progress as it goes.
    Without lanes, `beside` (when given) starts one before the claims are found, which checks the quotations and
    the attributions while this process finds the claims and links them (a small folder's two cores: the
    viewer's first analysis, core/system/prestart.py); the lane is stopped when the analysis ends."""
    if lanes or beside is None:
        claims_of = yield from _segment(documents, at, lanes)
        return (yield from _analysed(root, documents, problems, claims_of, at, lanes, _ask(lanes, documents)))
    helpers = beside()
    try:
        asked = _ask(helpers, documents, beside=True)  # the lane starts on the quotations at once
        claims_of = yield from _segment(documents, at, [])
        return (yield from _analysed(root, documents, problems, claims_of, at, [], asked))
    finally:
        pool.stop(helpers)


def _analysed(root: str, documents: list[Document], problems: list[Problem], claims_of: dict[str, list[Claim]],
              at: Stage, lanes: list[pool.Lane], asked: _Asked) -> Generator[Progress, None, Analysis]:
    """The stages after the claims: `lanes` share the linking, `asked` the quotations and the attributions."""
    leaders = folder_leaders([d for d in documents if d.compared])  # read once: who spoke, and who is a source
    if asked.beside:  # while this process links, the lane checks the attributions once without links
        attributions_spread.send_prime(asked.lanes, documents, claims_of, leaders)
    context = context_for(documents, claims_of, leaders)
    links = yield from _scaled(align.find_links(documents, claims_of, spread.across(lanes), context,
                                                spread.relating(lanes) or related_once),
                               lambda f: at("link", f, "Linking claims"))
    # beside a small folder's analysis, the lane checks every attribution while this process finds the omissions
    whole = attributions_spread.send_whole(asked.lanes, documents, claims_of, links, leaders) if asked.beside \
        else None
    yield at("omissions", 0.0, "Finding omissions")
    ends = SentenceEnds()  # each text's sentence ends, read by the omissions and the quotation check below
    officials = nearest.Officials(context, documents)  # the official statements' terms, kept for the reports below
    found_omissions = nearest.closest(omissions.find_omissions(documents, claims_of, links, ends=ends), context,
                                      documents, officials)
    del context  # every claim's terms: not kept through the stages after (a folder of 2,000 articles holds many)
    yield at("quotes", 0.0, "Checking quotations")
    got = (yield from pool.answer(asked.lanes[0], asked.quoted, lambda: at("quotes", 0.0, "Checking quotations"))) \
        if asked.quoted is not None else None
    found_quotes = got if got is not None else quotes.check_quotes(documents, ends)
    yield at("attributions", 0.0, "Checking attributions")
    found_attributions, unreported = yield from _attributions(documents, claims_of, links, found_quotes, asked,
                                                             whole if got is not None else None, leaders, at)
    claims = tuple(c for d in documents for c in claims_of[d.id])
    unreported = officials.closest(unreported, {c.id: c for c in claims}, {d.id: d.event for d in documents})
    return Analysis(
        root=root, documents=tuple(documents), claims=claims,
        links=tuple(links), omissions=tuple(found_omissions), quotes=tuple(found_quotes),
        attributions=tuple(found_attributions), problems=tuple(problems), unreported=tuple(unreported),
        engine=_engine(claims_of))


def _attributions(documents: list[Document], claims_of: dict[str, list[Claim]], links: list[Link],
                  found_quotes: list[Quote], asked: _Asked, whole: pool.Answer | None, leaders: dict[str, str],
                  at: Stage) -> Generator[Progress, None, tuple[list[Attribution], list[Unreported]]]:
    """The attributions and the unreported list: the lane's whole check (`whole`) when it came, else checked here
    and shared with the lanes."""
    progress = partial(at, "attributions")
    done = (yield from pool.answer(asked.lanes[0], whole, lambda: progress(0.0, "Checking attributions"))) \
        if whole is not None else None
    if done is not None:
        return done
    return (yield from attributions_spread.checked(documents, claims_of, links, found_quotes, asked.lanes,
                                                   asked.table, lambda f: progress(f, "Checking attributions"),
                                                   leaders))


def _segment(documents: list[Document], at: Stage, lanes: list[pool.Lane]
             ) -> Generator[Progress, None, dict[str, list[Claim]]]:
    found = yield from pool.spread_items(documents, _claims, _lane_segment, (), lanes, lambda n, doc: at(
        "segment", n / max(1, len(documents)), f"Finding claims in {doc.title}" if doc else "Finding claims"))
    return {d.id: claims for d, claims in zip(documents, found)}


def _claims(doc: Document) -> list[Claim]:
    return list(segment.segment(doc))


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


# ---- work shared with the lanes (core/system/pool.py): each task gets the lane's own state first

def _lane_segment(state: dict, documents: list[Document]) -> list[list[Claim]]:
    return [_claims(doc) for doc in documents]


def _lane_quotes(state: dict, documents: list[Document]) -> list:
    state["quotes"] = quotes.check_quotes(documents)  # kept for a whole check of the attributions (send_whole)
    return state["quotes"]
