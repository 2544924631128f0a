"""The synopsis: rows built from the links (many-to-many), its columns, and the changed words of diverging pairs."""

from itertools import combinations

import pytest

from readout_viewer.core import status
from readout_viewer.core.model import Analysis, Claim, Document, Link
from readout_viewer.export.select import MAX_COLUMNS, SelectionError, default_columns, select
from readout_viewer.export.synopsis import changed_spans
from readout_viewer.export.synrows import Run, collapse, numbers, synopsis_rows


def _row_of(rows):
    return {c: i for i, row in enumerate(rows) for cell in row for c in cell}


def _column_sets(analysis: Analysis, event: str):
    """The default columns, and the side references with every choice of up to three outlets."""
    officials = [d.id for d in status.side_references(analysis, event)]
    outlets = [d.id for d in analysis.documents_of(event) if not d.is_official]
    yield default_columns(analysis, event)
    for n in range(1, min(3, len(outlets)) + 1):
        for chosen in combinations(outlets, n):
            yield officials + list(chosen)
    yield [d.id for d in analysis.documents_of(event) if d.is_official]


def test_every_link_between_synopsis_columns_sits_on_one_row(corpus_analysis):
    checked = 0
    for event in corpus_analysis.events:
        for columns in _column_sets(corpus_analysis, event):
            rows = synopsis_rows(corpus_analysis, columns)
            where = _row_of(rows)
            for link in corpus_analysis.links:
                a, b = corpus_analysis.claim[link.a], corpus_analysis.claim[link.b]
                if a.doc in columns and b.doc in columns and a.is_statement and b.is_statement:
                    assert where[link.a] == where[link.b], (columns, link)
                    checked += 1
    assert checked > 100


def test_the_december_30_readouts_agreeing_pairs_share_rows(corpus_analysis):
    event = "2021-12-30-phone-call"
    columns = default_columns(corpus_analysis, event)
    where = _row_of(synopsis_rows(corpus_analysis, columns))
    pairs = status.links_between(corpus_analysis, columns[0], columns[1])
    assert pairs and all(where[a] == where[b] for a, b, _ in pairs)


def test_every_statement_once_rows_in_the_first_columns_order_lone_ones_alone(corpus_analysis):
    for event in corpus_analysis.events:
        columns = default_columns(corpus_analysis, event)
        rows = synopsis_rows(corpus_analysis, columns)
        for j, doc in enumerate(columns):
            placed = [c for row in rows for c in row[j]]
            assert sorted(placed) == sorted(c.id for c in corpus_analysis.claims_of[doc] if c.is_statement)
        firsts = [min(int(c.rsplit("#", 1)[1]) for c in row[0]) for row in rows if row[0]]
        assert firsts == sorted(firsts)
        for row in rows:
            ids = {c for cell in row for c in cell}
            for c in ids:
                linked = {lk.other(c) for lk in corpus_analysis.links_of.get(c, ())} & ids
                assert linked or ids == {c}, row


def _doc(doc_id, event="e", official=False, side=None, kind=None, excerpt=False, text="x"):
    return Document(doc_id, f"{doc_id}.md", doc_id, text, role="official" if official else "outlet", event=event,
                    side=side, kind=kind, excerpt=excerpt, source=doc_id.split("/")[-1])


def _claims(doc_id, n):
    return [Claim(f"{doc_id}#{i}", doc_id, i, i + 1, "x") for i in range(1, n + 1)]


def test_many_to_many_links_make_one_row_and_crossed_order_does_not_split_them():
    docs = (_doc("e/a", official=True, side="US"), _doc("e/b", official=True, side="RU"))
    claims = _claims("e/a", 4) + _claims("e/b", 3)
    links = (Link("e/a#1", "e/b#3", "agree", 0.9), Link("e/a#4", "e/b#3", "agree", 0.9),
             Link("e/a#2", "e/b#1", "diverge", 0.9))
    rows = synopsis_rows(Analysis("r", docs, tuple(claims), links), ["e/a", "e/b"])
    assert rows[0] == (("e/a#1", "e/a#4"), ("e/b#3",))
    assert rows[1] == (("e/a#2",), ("e/b#1",))
    assert (("e/a#3",), ()) in rows and ((), ("e/b#2",)) in rows
    assert rows.index(((), ("e/b#2",))) == 2  # after the row of b's statement before it (#1)


def test_whole_readouts_come_before_excerpts_and_outlets_are_included(corpus_analysis):
    columns = default_columns(corpus_analysis, "2021-12-07-video-call")
    assert columns[:2] == ["2021-12-07-video-call/white-house-readout", "2021-12-07-video-call/kremlin-readout"]
    assert any(not corpus_analysis.document[c].is_official for c in columns)
    assert 2 < len(columns) <= MAX_COLUMNS


def test_a_document_of_another_event_is_an_error(corpus_analysis):
    with pytest.raises(SelectionError, match="must be of the event exported.*cgtn-bochkov is of 2021-12-30"):
        select(corpus_analysis, event="2021-12-07-video-call", docs=["cgtn-bochkov"])


def test_too_many_columns_is_an_error_saying_how_many_fit(corpus_analysis):
    event = "2021-12-07-video-call"
    extra = [d.id for d in corpus_analysis.documents_of(event)][:6]
    with pytest.raises(SelectionError, match=f"at most {MAX_COLUMNS} documents side by side"):
        select(corpus_analysis, event=event, docs=extra)


def test_changed_words_are_the_words_the_partner_lacks():
    docs = (_doc("e/a", text="Biden warned of strong economic measures."),
            _doc("e/b", text="Biden warned of mild economic steps."))
    claims = (Claim("e/a#1", "e/a", 0, len(docs[0].text), docs[0].text),
              Claim("e/b#1", "e/b", 0, len(docs[1].text), docs[1].text))
    analysis = Analysis("r", docs, claims, (Link("e/a#1", "e/b#1", "diverge", 0.8),))
    spans = changed_spans(analysis, "e/a#1", ["e/b#1"])
    assert [docs[0].text[s:e] for s, e in spans] == ["strong", "measures"]


def test_no_word_is_marked_when_the_pair_is_worded_apart_altogether():
    docs = (_doc("e/a", text="Biden voiced deep concerns about troops."),
            _doc("e/b", text="Joseph Biden emphasised the allegedly threatening nature of movements."))
    claims = (Claim("e/a#1", "e/a", 0, len(docs[0].text), docs[0].text),
              Claim("e/b#1", "e/b", 0, len(docs[1].text), docs[1].text))
    detail = "one keeps its distance (“allegedly”), the other states it plainly"
    analysis = Analysis("r", docs, claims, (Link("e/a#1", "e/b#1", "diverge", 0.8, "hedge", detail=detail),))
    assert changed_spans(analysis, "e/a#1", ["e/b#1"]) == []
    # ... but the words the engine names as the reason are
    from readout_viewer.export.synopsis import cue_spans
    assert [docs[1].text[s:e] for s, e in cue_spans(analysis, "e/b#1", ["e/a#1"])] == ["allegedly"]
    assert cue_spans(analysis, "e/a#1", ["e/b#1"]) == []


def test_runs_of_unlinked_statements_collapse_but_omitted_ones_stay(corpus_analysis):
    columns = default_columns(corpus_analysis, "2021-12-07-video-call")
    items = collapse(corpus_analysis, synopsis_rows(corpus_analysis, columns), columns)
    runs = [r for r in items if isinstance(r, Run)]
    assert runs
    for run in runs:
        for c in run.claims:
            assert status.claim_status(corpus_analysis, c, columns).status == status.UNLINKED
    assert numbers(["d#1", "d#2", "d#3", "d#7"]) == "1–3, 7"
