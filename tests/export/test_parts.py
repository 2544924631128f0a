"""The Qt-free pieces of the export: selection, synopsis rows, paragraphs, and the words of the notes."""

import pytest

from readout_viewer.core.language.text import paragraph_spans
from readout_viewer.export.documents import _items_by_paragraph
from readout_viewer.export.notes import OMITTED, UNLINKED, changed_words, claim_status, relation_of
from readout_viewer.export.select import MAX_COLUMNS, SelectionError, select
from readout_viewer.export.synrows import relation_in_row, synopsis_rows


def test_paragraphs_split_on_blank_lines_and_trim():
    text = "  One line\nwrapped.\n\n\n Two. \n \nThree"
    spans = list(paragraph_spans(text))
    assert [text[s:e] for s, e in spans] == ["One line\nwrapped.", "Two.", "Three"]


def test_items_go_to_every_paragraph_they_overlap_and_no_other():
    paras = [(0, 10), (12, 20), (22, 30)]
    # out of start order; one spans two paragraphs; one lies in a gap; one is empty
    items = [(23, 27), (2, 5), (8, 14), (10, 12), (15, 15), (0, 30)]
    got = list(_items_by_paragraph(items, paras))
    brute = [[k for k, (s, e) in enumerate(items) if s < pe and e > ps] for ps, pe in paras]
    assert got == brute == [[1, 2, 5], [2, 4, 5], [0, 5]]


def test_relations_follow_links_then_omissions(tiny_analysis):
    a = tiny_analysis
    assert relation_of(a, "ev/us-readout#1") == "diverge"
    assert relation_of(a, "ev/us-readout#2") == "agree"
    assert relation_of(a, "ev/us-readout#3") == OMITTED
    assert relation_of(a, "ev/ru-readout#1") == UNLINKED


def test_claim_note_names_what_omits_it_and_the_analyst_note(tiny_analysis):
    from readout_viewer.core.labels import document_labels
    labels = document_labels(tiny_analysis.documents)
    status = claim_status(tiny_analysis, tiny_analysis.claim["ev/us-readout#3"], labels)
    assert status.relation == OMITTED and "∅" in status.subject
    assert "Left out by 2" in status.note and "Kremlin" in status.note and "Daily Paper" in status.note
    assert "Check against the briefing." in status.note


def test_changed_words_show_both_sides(tiny_analysis):
    assert changed_words(tiny_analysis.quotes[0]) == "“January” became “early January”"


def test_named_documents_join_the_readouts_of_each_side(tiny_analysis):
    sel = select(tiny_analysis, docs=["paper"])
    assert sel.columns["ev"] == ("ev/us-readout", "ev/ru-readout", "ev/paper")
    assert len(sel.documents) == 3 and MAX_COLUMNS >= 3


def test_selection_errors_say_what_exists(tiny_analysis):
    with pytest.raises(SelectionError, match="ev/paper"):
        select(tiny_analysis, docs=["nothing-like-it"])
    with pytest.raises(SelectionError, match="events are: ev"):
        select(tiny_analysis, event="other")


def test_synopsis_rows_put_linked_claims_together(tiny_analysis):
    cols = ["ev/us-readout", "ev/ru-readout", "ev/paper"]
    rows = synopsis_rows(tiny_analysis, cols)
    first = next(r for r in rows if "ev/us-readout#1" in r[0])
    assert "ev/ru-readout#2" in first[1] and "ev/paper#1" in first[2]
    for j, doc in enumerate(cols):
        assert sorted(c for r in rows for c in r[j]) == sorted(c.id for c in tiny_analysis.claims_of[doc])
    assert relation_in_row(tiny_analysis, "ev/ru-readout#2", cols) == "diverge"


def test_an_omitted_statements_note_quotes_the_closest_wording_official_documents_first(tiny_analysis):
    import dataclasses

    from readout_viewer.core import findings
    from readout_viewer.core.labels import document_labels
    from readout_viewer.core.model import Near, Omission
    a = tiny_analysis
    ru, news = a.claims_of["ev/ru-readout"][0], a.claims_of["ev/paper"][0]
    near = (Near("ev/paper", news.id, 0.2, ("talk",)), Near("ev/ru-readout", ru.id, 0.1, ("January",)))
    a = dataclasses.replace(a, omissions=(Omission("ev/us-readout#3", ("ev/ru-readout", "ev/paper"), near),
                                          *a.omissions[1:]))
    labels = document_labels(a.documents)
    note = claim_status(a, a.claim["ev/us-readout#3"], labels).note.splitlines()
    closest = [line for line in note if line.startswith("Closest wording in")]
    assert len(closest) == 2 and "Kremlin" in closest[0] and "Daily Paper" in closest[1]
    assert "too little to link, check it: “" in closest[0] and closest[0].endswith("(shares “January”)")
    assert ru.text[:20] in closest[0]
    row = next(f for f in findings.findings(a) if f.kind == findings.OMISSION and f.claim == "ev/us-readout#3")
    assert "closest wording in" in row.reason and "Kremlin" in row.reason and "“January”" in row.reason
    bare = claim_status(tiny_analysis, tiny_analysis.claim["ev/us-readout#3"], labels).note
    assert "Closest wording" not in bare


def test_the_left_out_tables_pair_one_official_text_of_each_party_both_ways(tiny_analysis):
    import dataclasses

    from readout_viewer.export.leftout import readout_pairs
    pairs = [(a.id, tuple(d.id for d in b)) for a, b in readout_pairs(tiny_analysis, "ev")]
    assert pairs == [("ev/us-readout", ("ev/ru-readout",)), ("ev/ru-readout", ("ev/us-readout",))]
    one_side = dataclasses.replace(tiny_analysis, documents=tuple(
        dataclasses.replace(d, side="US", source="The White House") if d.id == "ev/ru-readout" else d
        for d in tiny_analysis.documents))
    assert readout_pairs(one_side, "ev") == []  # one party's texts: nothing to set against each other


def test_an_altered_quotations_note_carries_its_detail_even_past_many_changes(tiny_analysis):
    """The PDF's note of an altered quotation built its own line from the changes and never said its detail (the
    source is a translation: the outlet may quote another translation), which the findings and the inspector say:
    an editor reading the PDF read only "altered". The detail stays when the changes fill their budget."""
    from dataclasses import replace

    from readout_viewer.core.labels import document_labels
    from readout_viewer.core.quotes.sources import TRANSLATION_NOTE
    from readout_viewer.export.notes import quote_note

    labels = document_labels(tiny_analysis.documents)
    quote = replace(tiny_analysis.quotes[0], detail=TRANSLATION_NOTE)
    note = quote_note(tiny_analysis, quote, labels)
    assert "“January” became “early January”. The folder's English text is a translation" in note
    assert "rather than misquote them." in note
    many = replace(quote, diff=tuple(op for n in range(40) for op in ((-1, f"old{n}"), (1, f"new{n}"), (0, "and"))))
    assert "The folder's English text is a translation" in quote_note(tiny_analysis, many, labels)
    assert "translation" not in quote_note(tiny_analysis, tiny_analysis.quotes[0], labels)


def test_an_official_texts_own_quotation_is_not_said_to_be_found_nowhere(tiny_analysis):
    """A readout quoting a slogan ("Free and Open Indo-Pacific.") holds the words itself: the PDF's note said "not
    found in any document of the folder" where the findings and the inspector say the official text is their record
    (helper quotes9's detail); the note now says it too."""
    from dataclasses import replace

    from readout_viewer.core.labels import document_labels
    from readout_viewer.core.quotes.sources import OWN_QUOTATION_NOTE
    from readout_viewer.export.notes import quote_note

    labels = document_labels(tiny_analysis.documents)
    own = replace(tiny_analysis.quotes[0], verdict="not_found", source=None, diff=(), detail=OWN_QUOTATION_NOTE)
    note = quote_note(tiny_analysis, own, labels)
    assert "not found in any document" not in note
    assert "Quote not found in another document of the folder. No other text of the folder holds these words" in note
    assert "not a misquotation." in note
    bare = replace(own, detail="")
    assert quote_note(tiny_analysis, bare, labels).endswith("Quote not found in any document of the folder.")


def test_a_note_does_not_quote_twice_a_counterpart_that_opens_with_its_own_mark(tiny_analysis):
    """Seen by helper qa9 in the comment pane of corpus/'s PDF (23 notes) and of the Modi–Putin call's (9): "✓ Agrees
    with bne IntelliNews …: ““In particular, they talked …" — the note's marks around an outlet's statement that
    is itself a quotation. Page 2 had stopped doing it (helper ux11); the notes of the highlights had not."""
    import dataclasses

    from readout_viewer.core.labels import document_labels
    from readout_viewer.core.model import Claim, Document, Link
    text = "“The leaders spoke for two hours,” the paper said."
    doc = Document("ev/wire", "ev/wire.txt", "Wire", text, event="ev", source="Wire Service")
    claim = Claim("ev/wire#1", doc.id, 0, len(text), text)
    a = dataclasses.replace(tiny_analysis, documents=tiny_analysis.documents + (doc,),
                            claims=tiny_analysis.claims + (claim,),
                            links=tiny_analysis.links + (Link(claim.id, "ev/us-readout#1", "agree", 0.9),
                                                          Link(claim.id, "ev/ru-readout#2", "diverge", 0.8,
                                                               reason="number")))
    labels = document_labels(a.documents)
    for target in ("ev/us-readout#1", "ev/ru-readout#2"):
        note = claim_status(a, a.claim[target], labels).note
        assert "“The leaders spoke for two hours,” the paper said." in note, note
        assert "““" not in note, note
    # a counterpart without its own mark is still quoted
    assert "“The two presidents spoke for two hours, the White House said.”" in claim_status(
        a, a.claim["ev/us-readout#1"], labels).note


def test_a_link_an_analyst_confirmed_says_so_in_the_note(tiny_analysis):
    """The title page says "links an analyst made or confirmed say so"; a confirmed or relabelled link's note said
    nothing of it, only a hand-made link's did (helper qa10, by keyboard)."""
    import dataclasses

    from readout_viewer.core.labels import document_labels
    confirmed = tuple(dataclasses.replace(lk, confirmed=True) if lk.origin != "manual" else lk
                      for lk in tiny_analysis.links)
    a = dataclasses.replace(tiny_analysis, links=confirmed)
    note = claim_status(a, a.claim["ev/us-readout#1"], document_labels(a.documents)).note
    assert "(confirmed by an analyst)" in note, note
    plain = claim_status(tiny_analysis, tiny_analysis.claim["ev/us-readout#1"],
                         document_labels(tiny_analysis.documents)).note
    assert "confirmed by an analyst" not in plain
