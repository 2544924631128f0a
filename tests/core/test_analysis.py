"""The pipeline: a generator that reports monotone progress, can be stopped between steps, and returns the result."""

from readout_viewer.core import analysis
from readout_viewer.core.model import Analysis, Progress
from tests.builders import run_to_end

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
    seen, result = run_to_end(analysis.run(_folder(tmp_path)))
    assert all(isinstance(p, Progress) and 0.0 <= p.fraction <= 1.0 for p in seen)
    assert [p.fraction for p in seen] == sorted(p.fraction for p in seen)
    assert seen[-1].fraction == 1.0
    assert isinstance(result, Analysis)
    assert {d.id for d in result.documents} == {"ev/readout", "ev/article"}
    assert [p.path for p in result.problems] == ["ev/broken.txt"]


def test_outlet_claim_links_to_the_readout(tmp_path):
    result = analysis.analyze(_folder(tmp_path))
    pairs = {(result.claim[lk.a].doc, result.claim[lk.b].doc) for lk in result.links}
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


def test_the_lookups_by_document_event_and_claim_keep_the_records_in_order():
    from readout_viewer.core.model import Analysis, Attribution, Document, Note, Quote
    docs = (Document("e1/a", "e1/a.md", "A", "x", event="e1"), Document("e2/b", "e2/b.md", "B", "y", event="e2"),
            Document("e1/c", "e1/c.md", "C", "z", event="e1"))
    quotes = (Quote("e1/c", 5, 9, "exact"), Quote("e1/a", 0, 2, "altered"), Quote("e1/c", 1, 3, "not_found"))
    atts = (Attribution("e2/b", 0, 1, None, "X", "unsupported"), Attribution("e1/a", 2, 4, None, "Y", "supported"))
    notes = (Note("e1/a#1", "n1"), Note("e1/c#2", "n2", other="e1/a#1"), Note("e1/a#1", "n3", other="e1/a#1"))
    a = Analysis("r", docs, quotes=quotes, attributions=atts, notes=notes)
    assert a.documents_of("e1") == (docs[0], docs[2]) and a.documents_of("none") == ()
    assert a.quotes_in("e1/c") == (quotes[0], quotes[2]) and a.quotes_in("e2/b") == ()
    assert a.attributions_in("e1/a") == (atts[1],)
    assert a.notes_of("e1/a#1") == notes  # on the claim, on a link it ends, once when both ends are the claim
    assert a.notes_of("e1/c#2") == (notes[1],) and a.notes_of("e1/c#1") == ()
