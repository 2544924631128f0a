"""Claim status against the shown documents, default panes, coverage cells: pure functions on tiny analyses."""

from readout_viewer.core import status


def test_claim_agrees_with_a_shown_counterpart(tiny):
    assert status.claim_status(tiny, "e1/us#1", ["e1/us", "e1/ru"]).status == "agree"


def test_divergence_wins_over_agreement_and_carries_its_links(tiny):
    found = status.claim_status(tiny, "e1/us#2", ["e1/us", "e1/ru", "e1/paper"])
    assert found.status == "diverge"
    assert [lk.reason for lk in found.links] == ["negation"]


def test_status_only_counts_the_shown_documents(tiny):
    # the divergence is with the Russian readout: without it on screen, the claim is omitted by the paper
    assert status.claim_status(tiny, "e1/us#2", ["e1/us", "e1/paper"]).status == "omitted"
    assert status.claim_status(tiny, "e1/us#1", ["e1/us"]).status == "unlinked"


def test_omitted_needs_a_shown_document_that_lacks_it(tiny):
    assert status.claim_status(tiny, "e1/us#3", ["e1/us", "e1/ru"]).status == "omitted"
    assert status.claim_status(tiny, "e1/ru#3", ["e1/us", "e1/ru"]).status == "unlinked"


def test_default_panes_pick_official_sides_then_first_outlet(tiny):
    assert status.default_panes(tiny) == ["e1/us", "e1/ru", "e1/paper"]


def test_default_panes_prefer_readouts_over_briefings():
    from dataclasses import replace

    from tests.builders import build, doc
    a = build("/r", [(doc("e/a-brief", "official", "US", "briefing"), ["x."]),
                     (doc("e/b-readout", "official", "US", "readout"), ["y."]),
                     (doc("e/c", "outlet"), ["z."])])
    a = replace(a, documents=tuple(replace(d, event="e") for d in a.documents))
    assert status.default_panes(a, "e")[:2] == ["e/b-readout", "e/c"]


def test_links_between_orient_pairs_left_to_right(tiny):
    pairs = status.links_between(tiny, "e1/us", "e1/ru")
    assert [(a, b) for a, b, _ in pairs] == [("e1/us#1", "e1/ru#1"), ("e1/us#2", "e1/ru#2")]


def test_coverage_row_marks_source_agree_diverge_omitted(tiny):
    assert status.coverage_row(tiny, "e1/us#2") == {"e1/us": "source", "e1/ru": "diverge", "e1/paper": "omitted"}
    assert status.coverage_cell(tiny, "e1/us#1", "e1/paper") == "agree"
    assert status.coverage_cell(tiny, "e1/ru#3", "e1/paper") == ""
