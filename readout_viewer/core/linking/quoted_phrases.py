"""Echoes: an outlet sentence that quotes words only one official claim holds is reporting that claim."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.text import raw_words
from readout_viewer.core.model import Claim
from readout_viewer.core.quotes.marks import find_quotations

# A quotation of at least this many words is specific enough to anchor its sentence; with this many content words
# it echoes when one claim per official document holds it; a shorter one (a word or two: "give-and-take", a
# label in quotation marks: "the Ukraine crisis") must be held by one claim in the whole folder.
PHRASE_WORDS = 3
# A quotation of fewer words than this (a scare-quoted "good") is never an echo: one word is everyone's
# ("give-and-take", written with hyphens, is three).
MIN_ECHO_WORDS = 2
# The score given to a link found through a quotation: as sure as a close paraphrase.
ECHO_SCORE = 0.8


def _norm(text: str) -> str:
    return " ".join(raw_words(text))


def _content_words(phrase: str) -> int:
    return sum(1 for w in phrase.split() if w not in STOPWORDS)


def quoted(text: str) -> list[str]:
    """The normalised quotations of a claim (closed ones, nested ones too) that have at least one content word, and
    one left open that holds PHRASE_WORDS content words: a quotation that runs on into the next sentence ("Taking to
    Twitter, Zelenskyy wrote, "I had a phone call with PM @RishiSunak." / the post's own sentence)."""
    out = []
    for q in find_quotations(text):
        phrase = _norm(text[q.start:q.end])
        if not q.closed and _content_words(phrase) < PHRASE_WORDS:
            continue
        if any(w not in STOPWORDS for w in phrase.split()):
            out.append(phrase)
    return out


class Echoes:
    """Where the official claims of a folder hold a given quotation."""

    def __init__(self, official_claims: Sequence[Claim]):
        self._claims = [(c, f" {_norm(c.text)} ") for c in official_claims]
        self._found: dict[str, dict[str, list[Claim]]] = {}
        self._anchored: dict[str, bool] = {}
        self._holders: dict[str, list[Claim]] = {}

    def holders(self, phrase: str) -> list[Claim]:
        """The official claims that hold a normalised phrase, memoised (anchored(), unquoted() and echoed() ask for
        the same quotations: corpus/ 141 asks, 43 phrases); callers read the list and never change it."""
        if phrase not in self._holders:
            needle = f" {phrase} "
            self._holders[phrase] = [c for c, text in self._claims if needle in text]
        return self._holders[phrase]

    def anchored(self, claim: Claim) -> bool:
        """Whether the claim quotes a phrase (PHRASE_WORDS+ words) of an official claim: then it reports
        that statement."""
        if claim.id not in self._anchored:
            self._anchored[claim.id] = any(len(p.split()) >= PHRASE_WORDS and self.holders(p)
                                           for p in quoted(claim.text))
        return self._anchored[claim.id]

    def unquoted(self, claim: Claim) -> str:
        """The claim's text without the quotations that anchor it: what else it reports ("Trump said they agreed
        to start negotiations during their 'lengthy and highly productive' call")."""
        text = claim.text
        for q in reversed(find_quotations(text)):
            phrase = _norm(text[q.start:q.end])
            if q.closed and len(phrase.split()) >= PHRASE_WORDS and self.holders(phrase):
                text = text[:q.start] + " " + text[q.end:]
        return text

    def echoed(self, claim: Claim, doc: str) -> list[Claim]:
        """The claims of official document `doc` that an outlet claim quotes specifically enough."""
        if claim.id not in self._found:
            self._found[claim.id] = self._echoed(claim)
        return self._found[claim.id].get(doc, [])

    def _echoed(self, claim: Claim) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = {}
        for phrase in quoted(claim.text):
            if len(phrase.replace("-", " ").split()) < MIN_ECHO_WORDS:
                continue
            holders = self.holders(phrase)
            by_doc: dict[str, list[Claim]] = {}
            for c in holders:
                by_doc.setdefault(c.doc, []).append(c)
            if _content_words(phrase) < PHRASE_WORDS and len(holders) != 1:
                continue
            for doc, cs in by_doc.items():
                if len(cs) == 1:
                    out.setdefault(doc, []).append(cs[0])
        return out


def echoes_for(claims_of: Mapping[str, Sequence[Claim]], official: set[str]) -> Echoes:
    return Echoes([c for d, cs in claims_of.items() if d in official for c in cs])
