"""Text anchors: find a claim again by its document and its words, whatever the claim numbering is today."""

from __future__ import annotations

import bisect
import difflib
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from readout_viewer.core.model import Analysis, Claim

_SPACE = re.compile(r"\s+")
# Share of an anchor's characters that one claim must hold, when the anchored text is no longer in the document
# word for word, for that claim to be taken as the anchored one: more than half, so that at most one claim can
# qualify and a rewritten sentence does not silently inherit a decision about another one.
MIN_FUZZY_SHARE = 0.5


@dataclass(frozen=True)
class Anchor:
    """A claim named by its document and its text (the whole text of the claim, or a unique part of it)."""

    doc: str
    text: str
    occurrence: int = 1  # which occurrence of `text` in the document, when the same words appear more than once

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"doc": self.doc, "text": self.text}
        if self.occurrence != 1:
            out["occurrence"] = self.occurrence
        return out


@dataclass(frozen=True)
class Squeezed:
    """A text with every run of whitespace folded to one space, and where each folded character came from."""

    text: str
    origin: Sequence[int]  # origin[i] is the offset in the original text of folded character i (a compact array)


def squeeze(text: str) -> str:
    """The text with whitespace runs made one space and none at either end (case and marks kept: an anchor
    quotes the claim as written; language.text.fold is the engine's comparison form)."""
    return _SPACE.sub(" ", text).strip()


def squeeze_with_map(text: str) -> Squeezed:
    """Squeeze `text` like squeeze() and keep, for each kept character, its offset in `text`."""
    chars: list[str] = []
    origin = array("q")
    for m in re.finditer(r"\S+|\s+", text):
        if m.group().isspace():
            if chars:
                chars.append(" ")
                origin.append(m.start())
            continue
        chars.append(m.group())
        origin.extend(range(m.start(), m.end()))
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return Squeezed("".join(chars), origin)


def anchor_for(claim: Claim, doc_text: str) -> Anchor:
    """The anchor of a claim: its folded text, and which occurrence of those words in its document it is."""
    text = squeeze(claim.text)
    folded = squeeze_with_map(doc_text)
    here = bisect.bisect_left(folded.origin, claim.start)
    occurrence, at = 1, folded.text.find(text)
    while 0 <= at < here:
        occurrence += 1
        at = folded.text.find(text, at + 1)
    return Anchor(claim.doc, text, occurrence)


class Resolver:
    """Resolves anchors against one analysis, folding each document's text once."""

    def __init__(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self._folded: dict[str, Squeezed] = {}

    def _fold(self, doc_id: str) -> Squeezed:
        if doc_id not in self._folded:
            self._folded[doc_id] = squeeze_with_map(self._analysis.document[doc_id].text)
        return self._folded[doc_id]

    def resolve(self, anchor: Anchor) -> str | None:
        """The id of the claim the anchor names today, or None when its text is gone."""
        if anchor.doc not in self._analysis.document or not squeeze(anchor.text):
            return None
        claims = self._analysis.claims_of.get(anchor.doc, ())
        span = self._locate(anchor)
        if span is not None:
            return _most_overlapping(claims, span)
        return _best_fuzzy(claims, squeeze(anchor.text))

    def _locate(self, anchor: Anchor) -> tuple[int, int] | None:
        """Where the anchored text is in its document (original offsets), or None when it is not there.

        When the words now occur fewer times than the anchor's occurrence, the last occurrence is taken.
        """
        folded, needle = self._fold(anchor.doc), squeeze(anchor.text)
        at = folded.text.find(needle)
        if at < 0:
            return None
        for _ in range(anchor.occurrence - 1):
            after = folded.text.find(needle, at + 1)
            if after < 0:
                break
            at = after
        return folded.origin[at], folded.origin[at + len(needle) - 1] + 1


def _most_overlapping(claims: Sequence[Claim], span: tuple[int, int]) -> str | None:
    """The claim that holds most of the span (the first of equals), or None when no claim touches it."""
    best, best_overlap = None, 0
    for c in claims:
        overlap = min(c.end, span[1]) - max(c.start, span[0])
        if overlap > best_overlap:
            best, best_overlap = c.id, overlap
    return best


def _best_fuzzy(claims: Sequence[Claim], needle: str) -> str | None:
    """The claim holding the longest stretch of the anchored text, if that stretch is most of it."""
    best, best_size = None, 0
    for c in claims:
        text = squeeze(c.text)
        m = difflib.SequenceMatcher(None, needle, text, autojunk=False).find_longest_match(
            0, len(needle), 0, len(text))
        if m.size > best_size:
            best, best_size = c.id, m.size
    return best if best_size > MIN_FUZZY_SHARE * len(needle) else None
