"""An analysis leaves no reference cycle behind: what it builds and drops is freed as it goes (reference counting),
not left for the collector to find (a first analysis of corpus/ left 8,282 such objects: the quotation check's texts
and checker, the closures that built the names' patterns)."""

import gc

from readout_viewer.core.analysis import analyze
from tests.builders import NORTH, WARSHIPS, north_south


def test_an_analysis_leaves_nothing_for_the_collector(tmp_path):
    news = f'{WARSHIPS}, an aide said. Berg said "a joint patrol of the strait" was proposed.'
    north_south(tmp_path, NORTH, news)  # the memos of words, terms and patterns filled first: they live on
    gc.collect()
    gc.disable()
    try:
        analysis = analyze(tmp_path)
        left = gc.collect()
    finally:
        gc.enable()
    assert left == 0
    assert analysis.quotes  # the quotation check ran
