"""The pipeline: a generator that reports monotone progress, can be stopped between steps, and returns the result."""

from readout_viewer.core import analysis
from readout_viewer.core.model import Analysis, Progress

READOUT = """---
title: Readout of the call
source: The White House
role: official
side: US
---
The President spoke today with the Chancellor about energy security in Europe. The leaders agreed to stay in
close touch.
"""
ARTICLE = """Leaders talk energy

The President and the Chancellor discussed energy security in Europe on Tuesday, the White House said.
Analysts expect little to change.
"""


def _folder(tmp_path):
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "readout.md").write_text(READOUT, encoding="utf-8")
    (tmp_path / "ev" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ev" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    return tmp_path


def test_progress_is_monotone_and_ends_with_the_analysis(tmp_path):
    gen = analysis.run(_folder(tmp_path))
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as stop:
            result = stop.value
            break
    assert all(isinstance(p, Progress) and 0.0 <= p.fraction <= 1.0 for p in seen)
    assert [p.fraction for p in seen] == sorted(p.fraction for p in seen)
    assert seen[-1].fraction == 1.0
    assert isinstance(result, Analysis)
    assert {d.id for d in result.documents} == {"ev/readout", "ev/article"}
    assert [p.path for p in result.problems] == ["ev/broken.txt"]


def test_outlet_claim_links_to_the_readout(tmp_path):
    result = analysis.analyze(_folder(tmp_path))
    pairs = {(result.claim[l.a].doc, result.claim[l.b].doc) for l in result.links}
    assert ("ev/article", "ev/readout") in pairs
    article = result.claims_of["ev/article"]
    assert not any(result.links_of.get(c.id) for c in article if "Analysts" in c.text)


def test_stopping_between_steps_leaves_no_result(tmp_path):
    gen = analysis.run(_folder(tmp_path))
    first = next(gen)
    assert first.fraction < 0.5
    gen.close()  # what a worker does on Cancel
    assert gen.gi_frame is None


def test_decisions_hook_is_applied_last(tmp_path):
    marker = []

    def hook(a: Analysis) -> Analysis:
        marker.append(len(a.claims))
        return a
    result = analysis.analyze(_folder(tmp_path), decisions=hook)
    assert marker == [len(result.claims)]
