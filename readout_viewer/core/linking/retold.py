"""Retold sentences: a clause of an official sentence carried by a text that retells the whole sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence

from readout_viewer.core.language.ends_index import SentenceEnds
from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.model import Claim, Document, Link

# The engine cuts "President Ramaphosa welcomed the briefing and expressed South Africa's full support to peace
# initiatives ..." into two claims; an outlet that prints the whole sentence gets a link for the long half only. Its
# sentence around that link carries the short half too when it holds at least this share of the half's concepts
# ("Ramaphosa welcomed the briefing and reiterated ..."). At half, the texts of the events that may be read, where
# the golds' readers judged a half next to a linked half, split 8 carried / 0 left out above and 16 / 8 below (the
# true omissions, "Vladimir Putin wished Donald Trump success ..." beside the congratulation retold, cover at most a
# third of theirs).
MIN_COVERED_SHARE = 0.5


def sentence_around(doc: Document, claim: Claim, ends: list[int] | None = None) -> str:
    """The sentence (or run of sentences) of `doc` that holds `claim`; `ends`, when given, is
    `sentence_ends(doc.text)`."""
    ends = sentence_ends(doc.text) if ends is None else ends
    first, last = bisect_left(ends, claim.start), bisect_left(ends, max(claim.start, claim.end - 1))
    return doc.text[ends[first - 1] if first else 0:ends[last] if last < len(ends) else len(doc.text)]


def covers(sentence: str, claim: Claim) -> bool:
    """Whether a sentence holds MIN_COVERED_SHARE of a claim's concepts."""
    wanted = terms(claim.text).concepts
    return bool(wanted) and len(wanted & terms(sentence).concepts) >= MIN_COVERED_SHARE * len(wanted)


def _sentences(claims: Sequence[Claim], ends: list[int]) -> Iterable[list[Claim]]:
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(bisect_left(ends, claim.start), []).append(claim)
    return (group for group in by_sentence.values() if len(group) > 1)


def retold_whole(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                 links: Sequence[Link], ends: SentenceEnds | None = None) -> dict[str, set[str]]:
    """Each clause of an official sentence -> the documents whose sentence linked to another clause of that
    sentence holds the clause's concepts too (`covers`): they retell the sentence whole, as the golds' readers count
    it, though the engine linked only one of its halves. `ends` is the analysis's index of sentence ends, when
    given (else one made for this call)."""
    doc_of = {d.id: d for d in documents}
    claim_of = {c.id: c for cs in claims_of.values() for c in cs}
    partners: dict[str, list[Claim]] = {}
    for link in links:
        for mine, theirs in ((link.a, link.b), (link.b, link.a)):
            if theirs in claim_of:
                partners.setdefault(mine, []).append(claim_of[theirs])
    out: dict[str, set[str]] = {}
    ends = SentenceEnds() if ends is None else ends
    for doc in documents:
        if doc.is_official and doc.compared:
            for group in _sentences(claims_of.get(doc.id, ()), ends.of(doc)):
                for claim in group:
                    others = [o for s in group if s is not claim for o in partners.get(s.id, ())
                              if o.doc != doc.id and o.doc in doc_of]
                    carriers = {o.doc for o in others
                                if covers(sentence_around(doc_of[o.doc], o, ends.of(doc_of[o.doc])), claim)}
                    if carriers:
                        out.setdefault(claim.id, set()).update(carriers)
    return out
