"""Decisions made from what the viewer shows: confirm, reject or relabel a link, link two claims, add a note."""

from __future__ import annotations

from readout_viewer.core.decisions.claim_anchors import Anchor, anchor_for, squeeze
from readout_viewer.core.decisions.record import CONFIRM, LINK, NOTE, REJECT, RELABEL, Decision, current_author, now
from readout_viewer.core.model import RELATIONS, Analysis, Claim, Link


def _anchor(claim: Claim, analysis: Analysis | None) -> Anchor:
    """The claim's anchor; with the analysis at hand it also tells repeated sentences apart."""
    doc = analysis.document.get(claim.doc) if analysis is not None else None
    return anchor_for(claim, doc.text) if doc is not None else Anchor(claim.doc, squeeze(claim.text))


def _stamped(action: str, a: Anchor, b: Anchor | None = None, relation: str | None = None,
             reason: str | None = None, note: str | None = None) -> Decision:
    return Decision(action, a, b, relation, reason or None, note, current_author(), now())


def decision_for_link(action: str, link: Link, analysis: Analysis, relation: str | None = None,
                      reason: str | None = None) -> Decision:
    """A decision about a link shown in `analysis`: confirm, reject or relabel it (or link its claims anew)."""
    if action not in (CONFIRM, REJECT, RELABEL, LINK):
        raise ValueError(f"not a decision about a link: {action!r}")
    if action in (RELABEL, LINK) and relation not in RELATIONS:
        raise ValueError(f"a {action} decision needs a relation in {RELATIONS}, not {relation!r}")
    a = _anchor(analysis.claim[link.a], analysis)
    b = _anchor(analysis.claim[link.b], analysis)
    if action == CONFIRM:
        relation = link.relation  # so that a link the engine stops finding is kept as the analyst saw it
    elif action == REJECT:
        relation = None
    return _stamped(action, a, b, relation, reason)


def decision_for_claims(claim_a: Claim, claim_b: Claim, relation: str, reason: str | None = None,
                        analysis: Analysis | None = None) -> Decision:
    """A decision linking two claims the engine did not link (or relating them anew)."""
    if relation not in RELATIONS:
        raise ValueError(f"a link needs a relation in {RELATIONS}, not {relation!r}")
    if claim_a.doc == claim_b.doc:
        raise ValueError("the two claims are in the same document; link claims of two documents")
    return _stamped(LINK, _anchor(claim_a, analysis), _anchor(claim_b, analysis), relation, reason)


def note_decision(claim: Claim, text: str, other: Claim | None = None,
                  analysis: Analysis | None = None) -> Decision:
    """A note on a claim, or on the link between it and `other`."""
    if not text.strip():
        raise ValueError("a note needs some text")
    b = _anchor(other, analysis) if other is not None else None
    return _stamped(NOTE, _anchor(claim, analysis), b, note=text.strip())
