"""Applying decisions: links added, rejected, relabelled, confirmed; notes; omissions recomputed; orphans."""

import dataclasses

import pytest

from readout_viewer.core import jsonio
from readout_viewer.core.decisions import (
    CONFIRM,
    REJECT,
    RELABEL,
    Anchor,
    Decision,
    apply_decisions,
    decision_for_claims,
    decision_for_link,
    engine_findings,
    note_decision,
)
from readout_viewer.core.model import AGREE, DIVERGE, MANUAL, OFFICIAL, Analysis, Claim, Document, Link

SENTENCES = {
    "ev/readout": ["The leaders spoke for two hours by video.", "They discussed energy supplies at length.",
                   "Both sides agreed to keep talking next month."],
    "ev/paper": ["The call between the leaders lasted two hours.", "Energy was barely mentioned, aides said.",
                 "A columnist thinks the talks are doomed anyway."],
}


def _document(doc_id: str) -> tuple[Document, list[Claim]]:
    text = " ".join(SENTENCES[doc_id])
    role = OFFICIAL if doc_id == "ev/readout" else "outlet"
    claims, at = [], 0
    for i, s in enumerate(SENTENCES[doc_id], 1):
        claims.append(Claim(f"{doc_id}#{i}", doc_id, at, at + len(s), s))
        at += len(s) + 1
    return Document(doc_id, doc_id + ".md", doc_id, text, role=role, event="ev"), claims


@pytest.fixture
def found() -> Analysis:
    (readout, rc), (paper, pc) = _document("ev/readout"), _document("ev/paper")
    return Analysis(root="r", documents=(paper, readout), claims=tuple(pc + rc),
                    links=(Link("ev/paper#1", "ev/readout#1", AGREE, 0.8),
                           Link("ev/paper#2", "ev/readout#2", AGREE, 0.5)))


def _pair(analysis: Analysis, a: str, b: str) -> Link | None:
    return next((lk for lk in analysis.links if {lk.a, lk.b} == {a, b}), None)


def test_no_decision_leaves_the_analysis_as_found(found):
    assert apply_decisions(found, []) is found


def test_a_manual_link_is_added_outlet_first_and_omissions_follow(found):
    readout3, paper3 = found.claim["ev/readout#3"], found.claim["ev/paper#3"]
    before = apply_decisions(found, [note_decision(paper3, "placeholder")])
    assert before.omission_of["ev/readout#3"].missing_from == ("ev/paper",)
    after = apply_decisions(found, [decision_for_claims(readout3, paper3, DIVERGE, "number", found)])
    link = _pair(after, "ev/readout#3", "ev/paper#3")
    assert (link.a, link.b, link.relation, link.reason, link.origin) == (
        "ev/paper#3", "ev/readout#3", DIVERGE, "number", MANUAL)
    assert "ev/readout#3" not in after.omission_of


def test_a_rejected_link_is_gone_and_its_claim_becomes_omitted(found):
    after = apply_decisions(found, [decision_for_link(REJECT, found.links[1], found)])
    assert _pair(after, "ev/paper#2", "ev/readout#2") is None
    assert _pair(after, "ev/paper#1", "ev/readout#1") == found.links[0]
    assert after.omission_of["ev/readout#2"].missing_from == ("ev/paper",)


def test_relabel_with_a_known_reason_and_with_free_text(found):
    known = apply_decisions(found, [decision_for_link(RELABEL, found.links[1], found, DIVERGE, "intensity")])
    link = _pair(known, "ev/paper#2", "ev/readout#2")
    assert (link.relation, link.reason, link.confirmed, link.score) == (DIVERGE, "intensity", True, 0.5)
    free = apply_decisions(found, [decision_for_link(RELABEL, found.links[1], found, DIVERGE, "barely vs at length")])
    link = _pair(free, "ev/paper#2", "ev/readout#2")
    assert (link.reason, link.detail) == ("wording", "barely vs at length")


def test_confirm_marks_the_link_and_keeps_it_if_the_engine_drops_it(found):
    decision = decision_for_link(CONFIRM, found.links[0], found)
    assert _pair(apply_decisions(found, [decision]), "ev/paper#1", "ev/readout#1").confirmed
    dropped = Analysis(root="r", documents=found.documents, claims=found.claims, links=found.links[1:])
    kept = _pair(apply_decisions(dropped, [decision]), "ev/paper#1", "ev/readout#1")
    assert (kept.relation, kept.origin) == (AGREE, MANUAL)


def test_notes_on_a_claim_and_on_a_link(found):
    paper1, readout1 = found.claim["ev/paper#1"], found.claim["ev/readout#1"]
    after = apply_decisions(found, [note_decision(paper1, "  Call was 90 minutes per Kremlin. "),
                                    note_decision(paper1, "Same call.", other=readout1, analysis=found)])
    assert [(n.claim, n.other, n.text) for n in after.notes] == [
        ("ev/paper#1", None, "Call was 90 minutes per Kremlin."), ("ev/paper#1", "ev/readout#1", "Same call.")]
    assert all(n.author and n.at.endswith("Z") for n in after.notes)
    assert jsonio.to_dict(after)["notes"][1]["other"] == "ev/readout#1"


def test_later_decisions_win(found):
    reject = decision_for_link(REJECT, found.links[0], found)
    relink = decision_for_claims(found.claim["ev/paper#1"], found.claim["ev/readout#1"], AGREE, None, found)
    assert _pair(apply_decisions(found, [reject, relink]), "ev/paper#1", "ev/readout#1").origin == MANUAL
    assert _pair(apply_decisions(found, [relink, reject]), "ev/paper#1", "ev/readout#1") is None


def test_a_decision_whose_text_is_gone_is_an_orphan_and_the_rest_applies(found):
    gone = Decision("link", Anchor("ev/paper", "The summit was cancelled at the last minute."),
                    Anchor("ev/readout", "They discussed energy supplies at length."), AGREE)
    reject = decision_for_link(REJECT, found.links[0], found)
    after = apply_decisions(found, [gone, reject])
    assert len(after.orphans) == 1 and after.orphans[0]["a"]["text"].startswith("The summit was cancelled")
    assert "ev/paper" in after.orphans[0]["problem"]
    assert _pair(after, "ev/paper#1", "ev/readout#1") is None
    assert jsonio.to_dict(after)["orphaned_decisions"][0]["action"] == "link"


def test_applying_twice_is_applying_once(found):
    decisions = [decision_for_link(REJECT, found.links[0], found),
                 note_decision(found.claim["ev/paper#3"], "Opinion, not news.")]
    once = apply_decisions(found, decisions)
    twice = apply_decisions(once, decisions)
    assert (twice.links, twice.notes, twice.omissions) == (once.links, once.notes, once.omissions)
    assert engine_findings(twice) is found


def test_builders_refuse_what_cannot_be_a_decision(found):
    paper1, paper2 = found.claim["ev/paper#1"], found.claim["ev/paper#2"]
    with pytest.raises(ValueError):
        decision_for_claims(paper1, paper2, AGREE)
    with pytest.raises(ValueError):
        decision_for_claims(paper1, found.claim["ev/readout#1"], "maybe")
    with pytest.raises(ValueError):
        note_decision(paper1, "   ")
    with pytest.raises(ValueError):
        decision_for_link(RELABEL, found.links[0], found)


def test_a_confirmed_relation_stands_when_the_engine_changes_its_mind(found):
    decision = decision_for_link(CONFIRM, found.links[0], found)
    relabelled = dataclasses.replace(found.links[0], relation=DIVERGE, reason="number")
    changed = Analysis(root="r", documents=found.documents, claims=found.claims,
                       links=(relabelled,) + found.links[1:])
    link = _pair(apply_decisions(changed, [decision]), "ev/paper#1", "ev/readout#1")
    assert (link.relation, link.reason, link.confirmed, link.origin) == (AGREE, None, True, "auto")


def test_relabelling_to_agree_drops_the_engines_divergence_detail(found):
    diverging = dataclasses.replace(found.links[0], relation=DIVERGE, reason="number", detail="two vs three")
    changed = Analysis(root="r", documents=found.documents, claims=found.claims, links=(diverging,))
    decision = decision_for_link(RELABEL, diverging, changed, AGREE)
    link = _pair(apply_decisions(changed, [decision]), "ev/paper#1", "ev/readout#1")
    assert (link.relation, link.reason, link.detail) == (AGREE, None, None)
