"""Weights of concepts over a folder's claims: rarity, the folder's names, who the event is about."""

from __future__ import annotations

import copy
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from readout_viewer.core.language.acronyms import acronyms_in
from readout_viewer.core.linking.claim_parts import PIECE_MIN, PIECES_FROM, parts, reported
from readout_viewer.core.linking.terms import Terms, formal_names, is_date, spelled_handles, terms
from readout_viewer.core.model import Claim

# Concept weights are idf ** IDF_POWER: 2 is the classic tf-idf cosine, letting rare words (names of topics)
# outweigh the actors every readout names.
IDF_POWER = 1.5
# Dates and figures ("December 30") anchor a claim in the event rather than say what it claims; they keep
# this share of their weight.
DATE_SHARE = 0.6
# A concept is a name when the folder writes it with a capital inside claims this many times more often
# than in lower case ("Putin", "Geneva"; not "President"/"president" or "Council"/"council" used both ways).
NAME_RATIO = 3


def _names(bags: Sequence[Terms]) -> frozenset[str]:
    """Concepts the folder writes as names: capitalised inside claims far more often than not."""
    capital = Counter(c for t in bags for c in t.names)
    lower = Counter(c for t in bags for c in t.plain)
    return frozenset(c for c, k in capital.items() if k > NAME_RATIO * lower[c])


# A concept in more than this share of a folder's claims (and in at least COMMON_MIN_CLAIMS of them) is one
# nearly every claim uses ("talk", "leaders"): sharing it says two claims are about a conversation, not what
# they report, so it does not make a match "on content". 0.2 to 0.35 give the same links on both golds.
COMMON_SHARE = 0.25
# ... and a folder of a handful of claims has no such words: every shared word there is a clue.
COMMON_MIN_CLAIMS = 5
# A name in more than this share of a folder's claims is who the event is about (the leaders, their countries):
# it says who spoke, not what was said. A name fewer claims use is a topic ("the detained blogger Tomas Keller",
# "Nord Stream"). Measured: 0.03 keeps every held-out link; 0.06 counts a few topics as who and loses them.
WHO_SHARE = 0.03
# ... and in at least this many: a name only one or two claims use is a topic whatever the folder's size.
WHO_MIN_CLAIMS = 3


class IdfTable(dict[str, float]):
    """Concept -> weight, with the weight of a concept no claim uses for any other: looked up by C code
    (`table[c]`, `map(table.__getitem__, ...)`) rather than through a Python method for each of the ~35,000
    concepts that scoring an analysis of corpus/ weighs."""

    def __init__(self, weights: Mapping[str, float], default: float) -> None:
        super().__init__(weights)
        self.default = default

    def __missing__(self, c: str) -> float:
        return self.default


class Weights:
    """Weights of concepts over a folder's claims: the rarer a concept, the more it weighs."""

    def __init__(self, all_terms: Iterable[Terms]):
        bags = list(all_terms)
        df = Counter(c for t in bags for c in t.concepts)
        self.df: dict[str, int] = dict(df)  # concept -> how many claims use it
        self.claims = len(bags)
        n = len(bags) + 1
        self.common = frozenset(c for c, k in df.items() if k > COMMON_SHARE * len(bags) and k >= COMMON_MIN_CLAIMS)
        self._default = math.log(n / 0.5) ** IDF_POWER
        self.weight = IdfTable({c: math.log(n / (k + 0.5)) ** IDF_POWER * (DATE_SHARE if is_date(c) else 1.0)
                                for c, k in df.items()}, self._default)
        self.names = _names(bags)
        # the call's people and places, not topics
        self.who = frozenset(c for c in self.names if df[c] > WHO_SHARE * len(bags) and df[c] >= WHO_MIN_CLAIMS)
        self.who |= frozenset(c for country in self.who for c in formal_names().get(country, ()))
        self._mass: dict[frozenset[str], float] = {}
        self.mentions: dict[frozenset[str], bool] = {}  # a claim's concepts -> whether it only mentions the meeting
        self.pieces: dict[str, list[Terms]] = {}  # claim id -> the terms of its pieces, for long claims
        self.acronyms: frozenset[str] = frozenset()  # the folder's acronyms, to take the terms of other texts
        self.leaders: dict[str, str] = {}  # the concept of a word of a leader's name -> the leader's country code
        self.leader_names: dict[str, str] = {}  # a leader's name as the folder writes it ("Xi") -> his country code
        # claim id -> its clauses scored alone (counterparts._clauses), read once however many texts it is compared with
        self.clauses: dict[str, list[tuple[str, str | None]]] = {}
        self.voice_terms: dict[str, Terms] = {}  # a clause scored alone -> its terms (counterparts.ranked), read once

    def idf(self, c: str) -> float:
        return self.weight[c]

    def slim(self) -> Weights:
        """The same weights without what comparing every claim of the folder memoised (masses, mentions) and the
        long claims' pieces: for comparing a few claims after the linking, without keeping every claim's terms."""
        out = copy.copy(self)
        out._mass, out.mentions, out.pieces = {}, {}, {}
        return out

    def mass(self, t: Terms) -> float:
        """The total weight of a claim's concepts (memoised: every claim is compared hundreds of times)."""
        m = self._mass.get(t.concepts)
        if m is None:
            m = self._mass[t.concepts] = math.fsum(map(self.weight.__getitem__, t.concepts))
        return m


def weights_for(claims_of: Mapping[str, Sequence[Claim]], spoken: frozenset[str] = frozenset(),
                official: frozenset[str] = frozenset()) -> tuple[dict[str, Terms], Weights]:
    """Terms of every claim (its reported part) and the weights learnt from all of them (`spoken`: the documents that
    are transcripts, whose long claims part more finely; `official`: the official texts, whose handles name)."""
    known = acronyms_in(c.text for cs in claims_of.values() for c in cs)
    all_terms = {c.id: terms(reported(spelled_handles(c.text) if c.doc in official else c.text), known)
                 for cs in claims_of.values() for c in cs}
    w = Weights(all_terms.values())
    w.acronyms = known
    for cs in claims_of.values():
        for c in cs:
            if len(all_terms[c.id].concepts) >= PIECES_FROM:
                found = [t for t in (terms(reported(p), known) for p in parts(c.text, c.doc in spoken))
                         if len(t.concepts) >= PIECE_MIN]
                if found:
                    w.pieces[c.id] = found
    return all_terms, w
