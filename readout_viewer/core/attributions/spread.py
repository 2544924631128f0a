"""Attributions shared with the analysis's lanes: the source table made beside the linking, documents in chunks."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import TypeVar

from readout_viewer.core.attributions import check
from readout_viewer.core.attributions.cited import Source, source_table
from readout_viewer.core.attributions.unreported import Candidate
from readout_viewer.core.model import Attribution, Claim, Document, Link, Quote, Unreported
from readout_viewer.core.system import pool

T = TypeVar("T")
# Documents checked in one task: enough that the pipe is not the cost, few enough that the lanes and the main
# process end together (a 2,000-article folder is checked in about 100 of them).
DOCUMENTS = 20


def send_table(lanes: list[pool.Lane], documents: Sequence[Document]) -> pool.Answer | None:
    """Ask the first lane for the folder's source table, made while the main process links (its cost grows with
    every text: a regular expression of every source's name runs over each); None when no lane takes it."""
    return pool.ask(lanes, _lane_table, list(documents))


def send_whole(lanes: list[pool.Lane], documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
               links: Sequence[Link], leaders: Mapping[str, str]) -> pool.Answer | None:
    """Ask the first lane for every attribution and the unreported list (check.check_with_reports, with the
    quotations and the source table it made before: _lane_whole), which a small folder's lane does while the main
    process finds the omissions; None when no lane takes it."""
    return pool.ask(lanes, _lane_whole, list(documents), dict(claims_of), list(links), dict(leaders))


def send_prime(lanes: list[pool.Lane], documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
               leaders: Mapping[str, str]) -> None:
    """Ask the first lane to check the attributions once without links, its verdicts dropped (_lane_prime), while
    the main process links: its cue finder and each document's cues (which read no link) are then send_whole's,
    and what the check compiles and remembers of the texts is ready."""
    pool.ask(lanes, _lane_prime, list(documents), dict(claims_of), dict(leaders))


def checked(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]], links: Sequence[Link],
            quotes: Sequence[Quote], lanes: list[pool.Lane], table: pool.Answer | None, progress: Callable[[float], T],
            leaders: Mapping[str, str] | None = None) -> Generator[T, None, tuple[list[Attribution], list[Unreported]]]:
    """check.check_with_reports, its documents shared with the lanes in chunks and taken back in order. Each lane
    makes its checker while the main process makes its own; the source table is the one the first lane made
    (`table`) when it came, else made here (from `leaders`, the folder's leaders, when already read)."""
    for lane in lanes:
        if lane.alive:
            with contextlib.suppress(pool.LaneFailed):  # it gets no chunk then
                lane.send(_lane_checker, list(documents), dict(claims_of), list(links), list(quotes))
    made = (yield from pool.answer(lanes[0], table, lambda: progress(0.0))) if table is not None else None
    checker = check.checker_for(documents, claims_of, links, quotes, made, leaders)
    docs = list(checker.documents)
    found = yield from pool.spread(pool.chunked(docs, DOCUMENTS), lambda doc: list(checker.in_document(doc)),
                                   lambda chunk: (_lane_check, [d.id for d in chunk]), lanes,
                                   lambda n, _: progress(n / max(1, len(docs))))
    return check.reports(checker, found, links)


def _lane_table(state: dict, documents: list[Document]) -> list[Source]:
    state["table"] = source_table([d for d in documents if d.compared])
    return state["table"]


def _lane_whole(state: dict, documents: list[Document], claims_of: dict[str, list[Claim]], links: list[Link],
                leaders: dict[str, str]) -> tuple[list[Attribution], list[Unreported]]:
    """What checked() gives, all in this lane: the checker made as the main process makes it, every document's
    attributions in order, the reports."""
    checker = check.checker_for(documents, claims_of, links, state["quotes"], state.get("table"), leaders,
                                state.pop("first", None))  # the first check's cue finder and cues, when made
    return check.reports(checker, [list(checker.in_document(doc)) for doc in checker.documents], links)


def _lane_prime(state: dict, documents: list[Document], claims_of: dict[str, list[Claim]],
                leaders: dict[str, str]) -> None:
    checker = check.checker_for(documents, claims_of, (), state["quotes"], state.get("table"), leaders)
    checker.cues_of = {}  # each document's cues kept: they do not read the links (attributions/doc_cues.py)
    for doc in checker.documents:
        list(checker.in_document(doc))
    state["first"] = checker


def _lane_checker(state: dict, documents: list[Document], claims_of: dict[str, list[Claim]], links: list[Link],
                  quotes: list[Quote]) -> None:
    """The lane's checker, with the source table it made (another lane makes its own)."""
    state["attributions"] = check.checker_for(documents, claims_of, links, quotes, state.get("table"))


def _lane_check(state: dict, doc_ids: list[str]) -> list[list[tuple[Attribution, Candidate | None]]]:
    checker = state["attributions"]
    return [list(checker.in_document(checker.by_id[i])) for i in doc_ids]
