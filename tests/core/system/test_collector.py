"""An analysis runs with the collector's youngest threshold raised, and leaves the thresholds as it found them."""

import gc

import pytest

from readout_viewer.core import analysis
from readout_viewer.core.system import collector


@pytest.fixture
def default_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_the_threshold_is_raised_inside_and_put_back_after(default_thresholds):
    with collector.fewer_collections():
        assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_blocks_put_it_back_when_the_last_ends(default_thresholds):
    first, second = collector.fewer_collections(), collector.fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == collector.YOUNG_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_is_never_lowered(default_thresholds):
    gc.set_threshold(10 * collector.YOUNG_THRESHOLD, 5, 5)
    with collector.fewer_collections():
        assert gc.get_threshold() == (10 * collector.YOUNG_THRESHOLD, 5, 5)
    assert gc.get_threshold() == (10 * collector.YOUNG_THRESHOLD, 5, 5)


def test_an_analysis_runs_with_it_raised_even_when_stopped_early(default_thresholds, tmp_path):
    (tmp_path / "a.md").write_text("The president said the talks were useful.\n", encoding="utf-8")
    seen = []
    gen = analysis.run(tmp_path)
    next(gen)  # the first step of the stages runs inside the block
    seen.append(gc.get_threshold()[0])
    gen.close()
    assert seen == [collector.YOUNG_THRESHOLD]
    assert gc.get_threshold() == (700, 10, 10)
