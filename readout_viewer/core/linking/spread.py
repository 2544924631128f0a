"""Linking shared with the analysis's lanes: chunks of document pairs aligned in a lane, then chunks of the kept
claim pairs whose links are judged there, taken back in order."""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Generator, Mapping, Sequence
from functools import partial

from readout_viewer.core.linking import align
from readout_viewer.core.linking.context import Aligner, Context, Kept, Relater
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.model import Claim, Link
from readout_viewer.core.system import pool

# Document pairs in one task: about a dozen outlets with each official text of the event. Each task carries the
# terms of its outlets' claims (pickling them costs about a tenth of aligning them), so a lane's share of the
# pipe follows its share of the work; small enough that the lanes and the main process end together.
PAIRS = 60
# Kept claim pairs in one task when their links are judged (reporting.related, about 0.1 ms each): the lane is
# otherwise idle while the main process makes the links' last passes, and each task carries the two claims and
# their terms.
KEPT = 400


def across(lanes: list[pool.Lane]) -> Aligner | None:
    """An aligner that shares the pairs with the lanes; None (align in this process) when there are none."""
    return partial(_aligned, lanes) if any(lane.alive for lane in lanes) else None


def relating(lanes: list[pool.Lane]) -> Relater | None:
    """A relater that shares the kept pairs' links with the lanes aligning did (across()); None when none."""
    return partial(_related, lanes) if any(lane.alive for lane in lanes) else None


def _aligned(lanes: list[pool.Lane], pairs: Sequence[Pair], context: Context
             ) -> Generator[float, None, list[dict[tuple[str, str], float]]]:
    """Every pair aligned, in order: the lanes take chunks of them as the main process does others. With a
    sentence model the pairs stay here (its vectors are this process's)."""
    if context.sem.active:
        return (yield from align.aligned(pairs, context))
    setup = pickle.dumps(_shared(pairs, context), protocol=pickle.HIGHEST_PROTOCOL)  # before any use fills memos
    for lane in lanes:
        if lane.alive:
            with contextlib.suppress(pool.LaneFailed):  # it gets no chunk then
                lane.send(_lane_setup, setup)
    return (yield from pool.spread(pool.chunked(pairs, PAIRS), partial(align.align_one, context=context),
                                   partial(_message, context), lanes, lambda n, _: n / max(1, len(pairs))))


def _official(pairs: Sequence[Pair]) -> set[str]:
    """The documents every chunk may need: the official texts (each pair's `b`, and `a` of two readouts)."""
    return {p.b.id for p in pairs} | {p.a.id for p in pairs if p.a.is_official}


def _shared(pairs: Sequence[Pair], context: Context) -> Context:
    """What a lane keeps for every chunk: the weights, echoes, runs and indexes, the official texts' claims."""
    official = _official(pairs)
    claims_of = {d: cs for d, cs in context.claims_of.items() if d in official}
    return context._replace(claims_of=claims_of, terms=_terms(claims_of, context.terms))


def _terms(claims_of: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms]) -> dict[str, Terms]:
    return {c.id: terms[c.id] for cs in claims_of.values() for c in cs}


def _message(context: Context, chunk: list[Pair]) -> tuple:
    """The task for a chunk of pairs, with the claims and terms of its outlets."""
    outlets = {p.a.id for p in chunk if not p.a.is_official}
    claims_of = {d: context.claims_of[d] for d in outlets if d in context.claims_of}
    return _lane_align, chunk, claims_of, _terms(claims_of, context.terms)


def _lane_setup(state: dict, setup: bytes) -> None:
    state["link"] = pickle.loads(setup)


def _lane_align(state: dict, pairs: list[Pair], claims_of: Mapping[str, Sequence[Claim]],
                terms: Mapping[str, Terms]) -> list[dict[tuple[str, str], float]]:
    shared: Context = state["link"]
    context = shared._replace(claims_of={**shared.claims_of, **claims_of}, terms={**shared.terms, **terms})
    return [align.align_one(pair, context) for pair in pairs]


def _related(lanes: list[pool.Lane], kept: Sequence[Kept], context: Context) -> Generator[float, None, list[Link]]:
    """Every kept pair's link, in order: the lanes judge chunks of them (with the weights _aligned gave them) as
    the main process does others; the linking's fraction stays whole meanwhile."""
    if context.sem.active:  # no lane was given the weights (_aligned)
        return (yield from align.related_here(kept, context))
    return (yield from pool.spread(pool.chunked(kept, KEPT), partial(align.relate_one, context=context),
                                   partial(_kept_message, context), lanes, lambda n, _: 1.0))


def _kept_message(context: Context, chunk: list[Kept]) -> tuple:
    """The task for a chunk of kept pairs, with their claims' terms."""
    return _lane_relate, chunk, {c.id: context.terms[c.id] for k in chunk for c in k[:2]}


def _lane_relate(state: dict, chunk: list[Kept], terms: Mapping[str, Terms]) -> list[Link]:
    context = state["link"]._replace(terms=terms)
    return [align.relate_one(k, context) for k in chunk]
