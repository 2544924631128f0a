"""Attributions shared with a lane (attributions/spread.py): the serial verdicts, even when the lane dies."""

from dataclasses import replace

import pytest

from readout_viewer.core import analysis
from readout_viewer.core.attributions import check, spread
from readout_viewer.core.model import Analysis
from readout_viewer.core.system import pool
from tests.builders import corpus_folder


@pytest.fixture(scope="module")
def corpus() -> Analysis:
    return analysis.analyze(corpus_folder())


def _checked(result: Analysis, lanes: list[pool.Lane], kill: bool = False) -> tuple:
    """The attributions and unreported list as the analysis gets them with `lanes`; `kill`: the lane killed
    after the third step (out of memory, or killed by the user)."""
    claims_of: dict = {d.id: [] for d in result.documents}
    for c in result.claims:
        claims_of[c.doc].append(c)
    table = spread.send_table(lanes, result.documents)
    gen = spread.checked(result.documents, claims_of, result.links, result.quotes, lanes, table, lambda f: f)
    steps = 0
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value
        steps += 1
        if kill and steps == 3:
            lanes[0].process.kill()


def _verdicts(result: Analysis) -> tuple:
    """The analysis's attributions and unreported list as the checks make them (the closest official wording of each
    report is found after them, in the analysis: linking/nearest.py)."""
    assert any(u.nearest for u in result.unreported)
    return list(result.attributions), [replace(u, nearest=()) for u in result.unreported]


@pytest.fixture
def lanes(monkeypatch):
    monkeypatch.setattr(spread, "DOCUMENTS", 1)  # a chunk a document: the lane surely takes some
    started = pool.start(1)
    assert started
    yield started
    pool.stop(started)


def test_the_lane_checks_documents_and_the_verdicts_are_the_serial_ones(corpus, lanes):
    taken = []
    real = pool.Lane.receive
    lanes[0].receive = lambda: taken.append(real(lanes[0])) or taken[-1]  # type: ignore[method-assign]
    claims_of: dict = {d.id: [] for d in corpus.documents}
    for c in corpus.claims:
        claims_of[c.doc].append(c)
    serial = check.check_with_reports(corpus.documents, claims_of, corpus.links, corpus.quotes)
    assert _checked(corpus, lanes) == serial
    assert any(isinstance(tag, int) for tag, _ in taken)  # the lane checked documents
    assert any(isinstance(tag, pool.Answer) for tag, _ in taken)  # and made the source table


def test_a_lane_that_dies_while_checking_leaves_the_verdicts_unchanged(corpus, lanes):
    assert _checked(corpus, lanes, kill=True) == _verdicts(corpus)
    assert not lanes[0].alive


def test_without_lanes_the_verdicts_are_made_here(corpus):
    assert _checked(corpus, []) == _verdicts(corpus)
