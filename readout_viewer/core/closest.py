"""The closest wording of an omission as every view shows it: which passages come first, and in what words."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core import labels
from readout_viewer.core.labels import claim_shown, clip
from readout_viewer.core.model import Analysis, Near


def passages(analysis: Analysis, claim_id: str, first: Sequence[str] = ()) -> list[Near]:
    """The closest passages (linking/nearest.py) of the documents that leave a statement out: those of the
    documents `first` (the ones a view shows), then the official texts', then the rest, each in the order of the
    omission's documents; only passages the analysis holds."""
    omission = analysis.omission_of.get(claim_id)
    near = [n for n in (omission.nearest if omission is not None else ()) if n.claim in analysis.claim
            and n.doc in analysis.document]
    return sorted(near, key=lambda n: (n.doc not in first, not analysis.document[n.doc].is_official))


def report_passages(analysis: Analysis, claim_id: str) -> list[Near]:
    """The closest passages of the official texts to a report that none of them carries (the closest first; only
    passages the analysis holds); empty for a claim that is not such a report."""
    report = analysis.unreported_of.get(claim_id)
    return [n for n in (report.nearest if report is not None else ()) if n.claim in analysis.claim
            and n.doc in analysis.document]


def passage_in(analysis: Analysis, claim_id: str, doc_id: str) -> Near | None:
    """The closest passage of one document that leaves a statement out (None: it has none the analysis holds)."""
    return next((n for n in passages(analysis, claim_id) if n.doc == doc_id), None)


def quoted(analysis: Analysis, near: Near, chars: int) -> str:
    """A closest passage in plain text: its words (clipped to `chars`) and the words it shares with the statement,
    '“… visiting each other’s Nations.” (shares “visiting”)'."""
    shares = ", ".join(f"“{w}”" for w in near.words) or "little"
    return f"{labels.quoted(clip(claim_shown(analysis, analysis.claim[near.claim]), chars))} (shares {shares})"
