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


def test_a_claim_that_is_not_a_statement_is_never_compared(tiny):
    from dataclasses import replace
    kinds = {"e1/us#2": "question", "e1/us#3": "boilerplate"}
    a = replace(tiny, claims=tuple(replace(c, kind=kinds.get(c.id, c.kind)) for c in tiny.claims))
    shown = ["e1/us", "e1/ru", "e1/paper"]
    assert status.claim_status(a, "e1/us#2", shown) == status.ClaimStatus("unlinked", ())  # despite its link
    assert status.claim_status(a, "e1/us#3", shown).status == "unlinked"  # despite its omission record
    assert status.relation_of(a, "e1/us#3") == "unlinked"
    assert status.coverage_row(a, "e1/us#3") == {"e1/us": "source"}


def test_the_default_outlet_is_the_one_that_diverges_or_omits_most():
    from readout_viewer.core.model import AGREE, DIVERGE, Link, Omission
    from tests.builders import build, doc
    us, ru = doc("e/us", "official", "US", "readout", event="e"), doc("e/ru", "official", "RU", "readout", event="e")
    copy = doc("e/a-copy", "outlet", date="2020-01-01", event="e")
    critic = doc("e/b-critic", "outlet", date="2020-01-02", event="e")
    a = build("/r", [(us, ["U one.", "U two."]), (ru, ["R one.", "R two."]), (copy, ["C one.", "C two."]),
                     (critic, ["K one."])],
              links=[Link("e/a-copy#1", "e/ru#1", AGREE, 0.9), Link("e/a-copy#2", "e/ru#2", AGREE, 0.9),
                     Link("e/b-critic#1", "e/ru#1", DIVERGE, 0.6)],
              omissions=[Omission("e/us#1", ("e/ru", "e/a-copy", "e/b-critic")),
                         Omission("e/us#2", ("e/ru", "e/a-copy", "e/b-critic")), Omission("e/ru#2", ("e/b-critic",))])
    # the copy retells the Kremlin readout word for word (it would paint it "agrees"); the critic diverges and
    # leaves out more: it is the one shown
    assert status.contrast(a, "e/a-copy", ["e/us", "e/ru"]) == 2
    assert status.contrast(a, "e/b-critic", ["e/us", "e/ru"]) == 4
    assert status.default_panes(a, "e") == ["e/us", "e/ru", "e/b-critic"]


def test_of_one_side_s_readouts_of_a_day_the_fullest_is_the_reference():
    from dataclasses import replace

    from tests.builders import build, doc
    a = build("/r", [(doc("e/a-item", "official", "CN", "readout"), ["Xi said one thing."]),
                     (doc("e/b-readout", "official", "CN", "readout"), ["Xi said one thing.", "Xi said another.",
                                                                        "They agreed to talk again."]),
                     (doc("e/c", "outlet"), ["z."])])
    a = replace(a, documents=tuple(replace(d, event="e", date="2021-11-16") for d in a.documents))
    assert [d.id for d in status.official_order(a, "e")] == ["e/b-readout", "e/a-item"]
    assert status.default_panes(a, "e")[0] == "e/b-readout"


def test_two_panes_compare_the_sides_readouts_and_three_add_an_outlet(tiny):
    # a small screen opens two panes (app.fit.panes_fitting): the two readouts, not one readout and an outlet
    assert status.default_panes(tiny, count=2) == ["e1/us", "e1/ru"]
    assert status.default_panes(tiny, count=3) == ["e1/us", "e1/ru", "e1/paper"]
