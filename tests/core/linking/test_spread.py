"""Linking shared with a lane (linking/spread.py): the links of one process, byte for byte, even when the lane dies;
the lane judges chunks of the kept pairs' links too."""

import pytest

from readout_viewer.core import analysis, jsonio
from readout_viewer.core.linking import align, spread
from readout_viewer.core.model import Analysis, Link
from readout_viewer.core.system import pool
from tests.builders import corpus_folder


@pytest.fixture(scope="module")
def corpus() -> Analysis:
    return analysis.analyze(corpus_folder())


def _claims_of(result: Analysis) -> dict:
    out: dict = {d.id: [] for d in result.documents}
    for c in result.claims:
        out[c.doc].append(c)
    return out


def _links(result: Analysis, aligner=None, kill: pool.Lane | None = None, relater=None) -> str:
    """The links as JSON; `kill`: a lane killed after the third step (out of memory, or killed by the user)."""
    gen = align.find_links(list(result.documents), _claims_of(result), aligner, relater=relater)
    steps = 0
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return jsonio.dumps(Analysis(root=result.root, documents=result.documents, links=tuple(stop.value)))
        steps += 1
        if kill is not None and steps == 3:
            kill.process.kill()


@pytest.fixture
def lanes(monkeypatch):
    monkeypatch.setattr(spread, "PAIRS", 2)  # many small chunks: the lane surely takes some
    monkeypatch.setattr(spread, "KEPT", 3)
    started = pool.start(1)
    assert started and spread.across(started) is not None
    yield started
    pool.stop(started)


def test_the_lane_aligns_pairs_and_the_links_are_the_serial_ones(corpus, lanes):
    serial = _links(corpus)
    taken = []
    real = pool.Lane.receive
    lanes[0].receive = lambda: taken.append(real(lanes[0])) or taken[-1]  # type: ignore[method-assign]
    assert _links(corpus, spread.across(lanes)) == serial
    assert any(isinstance(tag, int) for tag, _ in taken)  # the lane did chunks of pairs


def test_a_lane_that_dies_while_linking_leaves_the_links_unchanged(corpus, lanes):
    serial = _links(corpus)
    assert _links(corpus, spread.across(lanes), kill=lanes[0]) == serial
    assert not lanes[0].alive


def test_the_lane_judges_kept_pairs_and_the_links_are_the_serial_ones(corpus, lanes):
    serial = _links(corpus)
    taken = []
    real = pool.Lane.receive
    lanes[0].receive = lambda: taken.append(real(lanes[0])) or taken[-1]  # type: ignore[method-assign]
    assert _links(corpus, spread.across(lanes), relater=spread.relating(lanes)) == serial
    judged = [result for tag, result in taken if isinstance(tag, int) and result and isinstance(result[0], Link)]
    assert judged  # the lane judged chunks of the kept pairs' links


def test_a_lane_that_dies_while_judging_leaves_the_links_unchanged(corpus, lanes):
    serial = _links(corpus)
    relater = spread.relating(lanes)
    assert relater is not None

    def killed_first(kept, context):  # the lane dies as the links are about to be judged
        lanes[0].process.kill()
        lanes[0].process.join()
        return (yield from relater(kept, context))
    assert _links(corpus, spread.across(lanes), relater=killed_first) == serial
    assert not lanes[0].alive  # the main process judged every link itself
