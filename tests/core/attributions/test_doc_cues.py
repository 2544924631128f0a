"""A document's cues read without the links (attributions/doc_cues.py): a check made after the links with a first
check's cue finder and cues (checker_for's `before`) gives what a check of its own gives, without reading them again."""

from __future__ import annotations

import pytest

from readout_viewer.core import analysis, quotes
from readout_viewer.core.attributions import check
from readout_viewer.core.model import Analysis
from tests.builders import corpus_folder


@pytest.fixture(scope="module")
def done() -> Analysis:
    return analysis.analyze(corpus_folder())


def _claims_of(done: Analysis) -> dict:
    out: dict = {d.id: [] for d in done.documents}
    for c in done.claims:
        out[c.doc].append(c)
    return out


def test_a_check_after_a_first_one_without_links_gives_its_own_result(done, monkeypatch):
    docs, claims_of, found_quotes = list(done.documents), _claims_of(done), quotes.check_quotes(list(done.documents))
    first = check.checker_for(docs, claims_of, (), found_quotes)
    first.cues_of = {}
    for doc in first.documents:
        list(first.in_document(doc))
    assert len(first.cues_of) == len(first.documents)
    own = check.checker_for(docs, claims_of, done.links, found_quotes)
    expected = check.reports(own, [list(own.in_document(d)) for d in own.documents], done.links)
    monkeypatch.setattr(check, "doc_cues", lambda *a: pytest.fail("a document's cues read again"))
    after = check.checker_for(docs, claims_of, done.links, found_quotes, before=first)
    assert after.finder is first.finder
    got = check.reports(after, [list(after.in_document(d)) for d in after.documents], done.links)
    assert got == expected
    assert got[0] == list(done.attributions)  # the analysis's own


def test_a_check_keeps_no_cues_unless_asked(done):
    checker = check.checker_for(list(done.documents), _claims_of(done), done.links, list(done.quotes))
    for doc in checker.documents:
        list(checker.in_document(doc))
    assert checker.cues_of is None
