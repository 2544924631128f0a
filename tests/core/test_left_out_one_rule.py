"""One rule for "left out": the panes' ∅, Compare and the PDF's left-out pages answer it alike (helper omit2).

Walking the viewer on a read event (helper qa16), the Kremlin pane showed ∅ 7 against Trump's post and an outlet
while Compare said the post alone leaves out 5: two clauses the post carries with their sentence were marked left out
because the outlet leaves them out. What several documents leave out is what none of them carries."""

from dataclasses import replace
from itertools import combinations

from readout_viewer.core import compare
from readout_viewer.core.linking.omissions import checks, find_omissions
from readout_viewer.core.model import AGREE, OUTLET, Analysis, Link
from readout_viewer.core.status import OMITTED, UNLINKED, claim_status, left_out, relation_of, statuses
from tests.builders import build, doc


def _recorded(analysis: Analysis) -> Analysis:
    """The analysis with the engine's omission record for its links (as analyze and the decisions make it)."""
    return replace(analysis, omissions=tuple(find_omissions(analysis.documents, analysis.claims_of, analysis.links)))


def _harbour() -> Analysis:
    """A readout whose call sentence is cut in two: the paper retells what the call was about (so carries the
    sentence), the wire retells only the fishing quotas, the radio nothing."""
    return _recorded(build("/tmp/harbour", [
        (doc("e1/us", "official", "US", "readout", "Washington"),
         ["The ministers spoke today with the mayor", "to discuss the harbour fees.", "Fishing quotas came up."]),
        (doc("e1/paper", OUTLET, None, "news", "Paper"), ["Harbour fees were on the table, the paper says."]),
        (doc("e1/wire", OUTLET, None, "news", "Wire"), ["Fishing quotas came up, says the wire."]),
        (doc("e1/radio", OUTLET, None, "news", "Radio"), ["The radio played music all afternoon long."]),
    ], links=[Link("e1/paper#1", "e1/us#2", AGREE, 0.8), Link("e1/wire#1", "e1/us#3", AGREE, 0.8)]))


def _omitted(analysis: Analysis, doc_id: str, shown) -> set[str]:
    return {c for c, st in statuses(analysis, doc_id, shown).items() if st.status == OMITTED}


def test_a_clause_carried_with_its_sentence_is_not_left_out_because_another_pane_leaves_it_out():
    harbour = _harbour()
    assert harbour.omission_of["e1/us#1"].missing_from == ("e1/wire", "e1/radio")  # the paper carries it
    assert claim_status(harbour, "e1/us#1", ["e1/us", "e1/paper"]).status == UNLINKED
    assert claim_status(harbour, "e1/us#1", ["e1/us", "e1/paper", "e1/wire"]).status == UNLINKED  # ∅ on the old code
    assert claim_status(harbour, "e1/us#1", ["e1/us", "e1/wire", "e1/radio"]).status == OMITTED
    assert compare.compare(harbour, "e1/us", "e1/paper").only_a == ("e1/us#3",)  # the quotas alone
    assert compare.left_out_by(harbour, "e1/us", ["e1/paper", "e1/wire"]) == ()


def test_the_whole_folder_leaves_out_only_what_no_document_carries():
    harbour = _harbour()
    assert relation_of(harbour, "e1/us#1") == UNLINKED  # the paper carries it: no document links it, none omits it all
    alone = replace(harbour, documents=tuple(d for d in harbour.documents if d.id != "e1/paper"))
    assert left_out(alone, "e1/us#1", [d.id for d in alone.documents])


def test_one_more_pane_never_adds_a_left_out_mark():
    harbour = _harbour()
    others = ["e1/paper", "e1/wire", "e1/radio"]
    for size in range(1, len(others) + 1):
        for bigger in combinations(others, size):
            for smaller in (s for n in range(1, size) for s in combinations(bigger, n)):
                assert _omitted(harbour, "e1/us", ["e1/us", *bigger]) <= _omitted(harbour, "e1/us",
                                                                                   ["e1/us", *smaller])


def test_compare_leaves_out_what_the_pane_marks_with_only_the_other_document_shown():
    harbour = _harbour()
    for other in ("e1/paper", "e1/wire", "e1/radio"):
        found = compare.compare(harbour, "e1/us", other)
        assert set(found.only_a) == _omitted(harbour, "e1/us", ["e1/us", other]), other
    assert compare.compare(harbour, "e1/us", "e1/radio").only_a == ("e1/us#1", "e1/us#2", "e1/us#3")


def test_compare_counts_a_sentence_retold_whole_as_carried_as_the_omissions_do():
    # the outlet prints the readout's whole sentence and is linked to its second half only: the omission record
    # (linking/retold.py) says it carries the first half too; Compare listed it as left out on the old code
    retold = _recorded(build("/tmp/retold", [
        (doc("e1/us", "official", "US", "readout", "Washington"),
         ["The leaders welcomed the harbour agreement,", "and the ministers signed a fishing deal for ten years."]),
        (doc("e1/paper", OUTLET, None, "news", "Paper"),
         ["The leaders welcomed the harbour agreement and the ministers signed a fishing deal for ten years."]),
    ], links=[Link("e1/paper#1", "e1/us#2", AGREE, 0.8)]))
    assert "e1/us#1" not in retold.omission_of  # carried: the sentence is retold whole
    assert compare.compare(retold, "e1/us", "e1/paper").only_a == ()
    assert claim_status(retold, "e1/us#1", ["e1/us", "e1/paper"]).status == UNLINKED


def test_a_briefing_is_not_checked_against_its_own_readout_so_no_pane_marks_it():
    # the engine does not count a briefer's additions as left out by its own party's readout (checked_against):
    # the pane marks none; Compare still lists what the readout does not say, a plain "in A, not in B"
    both = _recorded(build("/tmp/briefing", [
        (doc("e1/us-brief", "official", "US", "briefing", "Washington"), ["Fishing quotas will rise next spring."]),
        (doc("e1/us", "official", "US", "readout", "Washington"), ["The leaders spoke about harbour fees."]),
    ]))
    assert not checks(both.document["e1/us-brief"], both.document["e1/us"])
    assert _omitted(both, "e1/us-brief", ["e1/us-brief", "e1/us"]) == set()
    assert compare.compare(both, "e1/us-brief", "e1/us").only_a == ("e1/us-brief#1",)
    assert not left_out(both, "e1/us-brief#1", ["e1/us"])


def test_the_pdfs_left_out_pages_leave_out_what_the_panes_mark_with_the_same_texts_shown():
    harbour = _harbour()
    others = ["e1/paper", "e1/wire", "e1/radio"]
    for size in range(1, len(others) + 1):
        for lacks in combinations(others, size):
            assert set(compare.left_out_by(harbour, "e1/us", list(lacks))) == _omitted(harbour, "e1/us",
                                                                                      ["e1/us", *lacks]), lacks
