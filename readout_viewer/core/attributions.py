"""Attributions: statements pinned on a named source, checked against what that source's document says."""

from __future__ import annotations

from typing import Mapping, Sequence

from readout_viewer.core.model import Attribution, Claim, Document, Link, Quote


def check_attributions(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                       links: Sequence[Link], quotes: Sequence[Quote]) -> list[Attribution]:
    """Each sentence that names a source, with the document it names and the verdict."""
    return []
