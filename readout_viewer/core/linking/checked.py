"""Which documents an official text's statements are checked against for omissions (light: the panes paint by it)."""

from __future__ import annotations

from readout_viewer.core.model import Document

# The kinds of text that are transcripts of speakers' turns (a briefing, remarks, an interview), not accounts.
TRANSCRIPT_KINDS = frozenset({"briefing", "transcript", "remarks", "interview", "press conference"})


def checks(doc: Document, other: Document) -> bool:
    """Whether `doc`'s statements are checked against `other` (see omissions.checked_against)."""
    return (other.event == doc.event and other.id != doc.id and other.compared
            and (not other.is_official or other.party != doc.party or not is_transcript(doc)))


def is_transcript(doc: Document) -> bool:
    """Whether a text is a transcript of speakers' turns (a briefing, remarks, an interview), not an account."""
    return (doc.kind or "").lower() in TRANSCRIPT_KINDS
