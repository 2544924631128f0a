"""What an attributed sentence states, as content words, and which documents of the folder carry it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, Cue
from readout_viewer.core.language import lexicon
from readout_viewer.core.language.countries import LEADER_TITLES, SPOKES_TITLES
from readout_viewer.core.language.synonyms import CANON
from readout_viewer.core.language.text import stem
from readout_viewer.core.model import Claim, Document, Link
from readout_viewer.core.quotes.words import text_keys

# A statement is compared on its content words: the engine's function words, and the words that only frame a
# report — who (a leader's title), when (dates), and light verbs of saying and doing — which every account of
# the call repeats whatever it says. A count stays: "the two leaders tasked their teams" says how many.
STOPWORDS = (lexicon.STOPWORDS | lexicon.FRAME_WORDS) - {"one", "two"}
# Where an attributed sentence's parts part: a semicolon or colon, or a comma before a conjunction or relative.
# Not language.clauses: that cuts claims and keeps a relative clause with its claim; this isolates the reported
# part from the commentary wrapped around it (", which is progress", "while analysts doubt"), so it cuts more. What
# "including" lists is a part too: the cited text may carry the example without the summary around it ("discussed
# Russia's air terror using thousands of missiles, drones and bombs, including a strike on the Kharkiv TV tower"), and
# so is each of two clauses of reported speech joined by "and that" ("It added that the two discussed the security
# challenge posed by Iran and that Biden conveyed support for agreements ..."). So is a relative clause after a
# preposition ("Putin briefed Prime Minister Modi about his special operation against Ukraine, in which Russia launched
# a full-blown attack by land, sea and air"): the writer's account of what the source named, as after ", which".
_STATEMENT_PARTS = re.compile(r"[;:]|,\s+(?:and|but|while|although|whereas|which|who)\b|\s+while\s+|,?\s+including\b|"
                              r"\s+and\s+that\b|,\s+(?:in|during|under|by|through|with)\s+which\b")
# A relative clause set off by commas inside a sentence ("Xi urged the U.S. and Russia, which have had limited
# engagement since the Feb. 24 invasion, to negotiate") describes what the sentence names, in the writer's words: no
# part of what the source is said to have said. Only one closed by a comma: a relative clause that ends the sentence
# may be the source's own point ("... would be a mistake, which our descendants will regret"). So is the setting the
# writer gives with "amid" or "despite", to the next comma ("Xi tells Biden ... on two-hour call amid fear China will
# back Russia", "Putin tells Trump Russia will pursue its goals despite call to end war").
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:]*,|,?\s+(?:amid|despite)\b[^,;:]*")
# The call as a sentence's opening setting, to its comma ("During a phone call, Biden and Modi discussed ..."): when
# the thing was said, in the writer's words, no part of what was said. Only at the opening and closed by a comma: a
# call named inside a sentence may be what was said ("... will meet during the upcoming summit following a phone
# call"), and "in" before any words is no setting ("urged an end to violence in Ukraine in a phone conversation").
_OPENING_SCENE = re.compile(r"^\s*(?:During|In|On|Over|After|Following)\s+(?:a|an|the|their|this|that|today's)\s+"
                            r"(?:[\w\-]+\s+){0,2}?(?:phone|telephone|video)?\s*(?:call|conversation|talks)\s*,")
# A leader's name in a title: after the title word, one or two capitalised words.
_LEADER = re.compile(r"(?:President|Prime Minister|Chancellor|King|Premier)\s+((?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+)")
# A clause with fewer content words than this is checked only as part of the whole statement.
MIN_PART_WORDS = 3


class Statement(NamedTuple):
    """The stated content of an attributed sentence: where it is, its content-word stems, and its clauses'."""

    start: int
    end: int
    words: frozenset[str]
    parts: tuple[frozenset[str], ...] = ()


def leader_words(documents: Sequence[Document]) -> frozenset[str]:
    """Stems of the names that official titles give after a leader's title ("President Vladimir Putin")."""
    names = (m.group(1) for d in documents if d.is_official for m in _LEADER.finditer(d.title or ""))
    return frozenset(w for name in names for w in content(name))


def content(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """Stems of the content words of text[start:end]."""
    return _content(text) if start == 0 and end is None else _content(text[start:end])


# Distinct claims and sentences seen in one analysis stay below this; content is memoised because outlets repeat
# sentences word for word (wire copy, the readouts they quote) and every claim's words are read once more per check.
CONTENT_CACHE = 1 << 15


@lru_cache(maxsize=CONTENT_CACHE)
def _content(text: str) -> frozenset[str]:
    return frozenset(stem(key) for key in text_keys(text) if key not in STOPWORDS)


# A person's title set before the name the cue begins at, after the statement's last comma ("..., Kremlin spokesman
# Dmitry Peskov said", "..., Russian Foreign Minister Sergei Lavrov said"): it names the source, as the cue does, and
# is no part of what the source is said to have said. Up to three words before the title ("Chinese Foreign Ministry
# spokesman").
_SOURCE_TITLE = re.compile(r",\s+(?:(?:the|an?)\s+)?(?:[\w.'\u2019\-]+\s+){0,3}?(?:"
                           + "|".join(t.replace(" ", r"\s+") for t in (*SPOKES_TITLES, *LEADER_TITLES))
                           + r")\s*$", re.IGNORECASE)


def statement_of(doc: Document, start: int, end: int, cue: Cue, leaders: frozenset[str] = frozenset()) -> Statement:
    """The sentence without the words that name the source: what the source is said to have said.

    The `leaders`' names are left out: every account names them ("Putin proposed" / "the Russian side
    proposed"), so they say nothing about which account carries the statement.
    """
    before = "" if cue.says == AFTER else re.sub(r"\s*,\s*$", "", doc.text[start:cue.cue_start])
    before = _SOURCE_TITLE.sub("", before) if cue.person else before
    after = "" if cue.says == BEFORE else doc.text[cue.cue_end:end]
    said = before + " " + after
    said = _OPENING_SCENE.sub(" ", said)
    pieces = [content(piece) - leaders for piece in _STATEMENT_PARTS.split(said)]
    whole = content(said) - leaders
    return Statement(start, end, whole, tuple(p for p in pieces if len(p) >= MIN_PART_WORDS) or (whole,))


def with_before(text: str, statement: Statement, start: int, leaders: frozenset[str] = frozenset()) -> Statement:
    """The statement with the words of text[start:] before it, as one clause: what its pronoun stands for."""
    words = statement.words | (content(text, start, statement.start) - leaders)
    return Statement(start, statement.end, words, (words,))


def senses(words: frozenset[str]) -> frozenset[str]:
    """Content-word stems read by sense: each as its synonym group's (synonyms.SYNONYMS: "ties" is "relations")."""
    return frozenset(CANON.get(w, w) for w in words)


def reported_words(text: str, statement: Statement) -> frozenset[str]:
    """The statement's content words less those that only the writer's asides hold (`_ASIDE`: a relative clause set
    off by commas, a setting with "amid" or "despite")."""
    said = text[statement.start:statement.end]
    asides = [m.group() for m in _ASIDE.finditer(said)]
    if not asides:
        return statement.words
    aside = frozenset().union(*(content(a) for a in asides))
    return statement.words - (aside - content(_ASIDE.sub(",", said)))


def _mostly_in(claim: Claim, start: int, end: int) -> bool:
    """Whether at least half of a claim lies in [start, end): its links speak for that part of a sentence (the
    claim of a whole sentence does not speak for the relative clause cut from its end)."""
    return 2 * (min(claim.end, end) - max(claim.start, start)) >= claim.end - claim.start


# What ends a sentence between two claims: the claims on either side of one are not pieces of one sentence.
_SENTENCE_END = re.compile(r"[.!?\n]")


def _joined(claims: Sequence[Claim], words: Sequence[frozenset[str]], text: str) -> list[frozenset[str]]:
    """The words of each run of claims cut from one sentence (no sentence end between them; "... spoke today with
    Prime Minister Narendra Modi of India", "to discuss the Prime Minister's recent trip to Poland and Ukraine", "the
    United Nations General Assembly meetings in September."), one set for each run of two or more."""
    order = sorted(range(len(claims)), key=lambda n: claims[n].start)
    out, run = [], order[:1]
    for n in order[1:]:
        last = claims[run[-1]]
        if claims[n].start >= last.end and not _SENTENCE_END.search(text, max(last.start, last.end - 1),
                                                                     claims[n].start):
            run.append(n)
            continue
        if len(run) > 1:
            out.append(frozenset().union(*(words[k] for k in run)))
        run = [n]
    if len(run) > 1:
        out.append(frozenset().union(*(words[k] for k in run)))
    return out


class ClaimIndex:
    """The claims of a folder as content words, and which documents each claim is linked to; built once.

    Claims are also indexed by word, so that the documents that may hold a statement are found from its rarer
    words instead of by reading every document for every statement (a folder of thousands of articles).
    """

    def __init__(self, documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                 links: Sequence[Link]) -> None:
        self.claims_of = claims_of
        self.words_of = {doc_id: [content(c.text) for c in claims] for doc_id, claims in claims_of.items()}
        self.doc_words = {doc_id: frozenset().union(*words) for doc_id, words in self.words_of.items()}
        texts = {d.id: d.text for d in documents}
        # the claims the linking cut from one sentence, read whole again (`held`'s `whole`)
        self.sentences_of = {doc_id: _joined(claims, words, texts[doc_id]) for (doc_id, claims), words in
                             zip(claims_of.items(), self.words_of.values(), strict=True) if doc_id in texts}
        self.doc_of = {c.id: c.doc for claims in claims_of.values() for c in claims}
        # claim id -> {document: {claim of that document linked to it: link score}}
        self.neighbours: dict[str, dict[str, dict[str, float]]] = {}
        for link in links:
            if link.a in self.doc_of and link.b in self.doc_of:
                self.neighbours.setdefault(link.a, {}).setdefault(self.doc_of[link.b], {})[link.b] = link.score
                self.neighbours.setdefault(link.b, {}).setdefault(self.doc_of[link.a], {})[link.a] = link.score
        self.order = {d.id: (not d.is_official, d.event) for d in documents}
        self.documents = list(documents)
        self.position = {d.id: n for n, d in enumerate(documents)}
        self.senses_of: dict[str, list[frozenset[str]]] = {}  # a document's claims read by sense, when first asked
        # content word -> {the words of a claim holding it: the documents with such a claim}; claims alike word for
        # word (wire copy, a quoted readout) are one entry, read once per statement
        self.with_word: dict[str, dict[frozenset[str], list[str]]] = {}
        for doc_id, words_list in self.words_of.items():
            for words in words_list:
                for w in words:
                    self.with_word.setdefault(w, {}).setdefault(words, []).append(doc_id)
        # Each document's claims by start, with the furthest end among the first k: the claims a span overlaps
        # are found without reading all of a long text's.
        self.by_start = {doc_id: sorted(claims, key=lambda c: c.start) for doc_id, claims in claims_of.items()}
        self.starts = {doc_id: [c.start for c in claims] for doc_id, claims in self.by_start.items()}
        self.reach = {doc_id: list(accumulate((c.end for c in claims), max))
                      for doc_id, claims in self.by_start.items()}

    def _overlapping(self, doc_id: str, start: int, end: int) -> list[Claim]:
        """The document's claims that overlap [start, end), in text order."""
        claims, reach = self.by_start.get(doc_id, []), self.reach.get(doc_id, [])
        out = []
        for k in range(bisect_left(self.starts.get(doc_id, []), end) - 1, -1, -1):
            if reach[k] <= start:
                break  # no earlier claim reaches the span
            if claims[k].end > start:
                out.append(claims[k])
        return out[::-1]

    def in_order(self, doc_ids: set[str]) -> list[Document]:
        """These documents of the index, in the folder's order."""
        return [self.documents[self.position[d]] for d in sorted(doc_ids & self.position.keys(),
                                                                   key=self.position.__getitem__)]

    def linked_to(self, doc: Document, statement: Statement, hops: int = 1,
                  only: Collection[str] | None = None) -> dict[str, float]:
        """Other documents with a claim linked to a claim of this sentence, directly or through `hops` links
        (two: the outlet's claim is linked to a White House claim that is linked to the Kremlin's), each with
        the weakest link score on its best path. With `only`, the answer is right for those documents alone: the
        last link is followed only into them (a readout's claim can be linked to thousands of articles')."""
        reached = {c.id: 1.0 for c in self._overlapping(doc.id, statement.start, statement.end)
                   if _mostly_in(c, statement.start, statement.end)}
        for hop in range(hops):
            last = hop == hops - 1 and only is not None
            for claim, sure in list(reached.items()):
                by_doc = self.neighbours.get(claim, {})
                for linked in ([by_doc[d] for d in only if d in by_doc] if last and only is not None
                               else by_doc.values()):
                    for other, score in linked.items():
                        reached[other] = max(reached.get(other, 0.0), min(sure, score))
        out: dict[str, float] = {}
        for claim, sure in reached.items():
            if self.doc_of[claim] != doc.id:
                out[self.doc_of[claim]] = max(out.get(self.doc_of[claim], 0.0), sure)
        return out

    def held(self, doc_id: str, statement: Statement, at_least: float, whole: bool = False) -> float:
        """The largest share of one statement clause that one claim of the document holds (0 when below
        `at_least` for the document as a whole: then no single claim can reach it); with `whole`, the claims cut
        from one sentence count as that sentence too."""
        parts = [p for p in statement.parts if p and len(p & self.doc_words.get(doc_id, frozenset())) / len(p)
                 >= at_least]
        said = self.words_of.get(doc_id, []) + (self.sentences_of.get(doc_id, []) if whole else [])
        return max((len(part & words) / len(part) for part in parts for words in said), default=0.0)

    def held_by_sense(self, doc_id: str, statement: Statement) -> float:
        """`held` with every word read by sense: the largest share of one clause's senses one claim holds."""
        if doc_id not in self.senses_of:
            self.senses_of[doc_id] = [senses(words) for words in self.words_of.get(doc_id, ())]
        parts = [senses(p) for p in statement.parts if p]
        return max((len(part & said) / len(part) for part in parts for said in self.senses_of[doc_id]), default=0.0)

    def spread(self, doc_id: str, statement: Statement) -> float:
        """The share of the statement's content words that the document's claims hold between them."""
        words = statement.words
        return len(words & self.doc_words.get(doc_id, frozenset())) / len(words) if words else 0.0

    def holding(self, statement: Statement, at_least: float) -> dict[str, float] | None:
        """`held` for every document where it reaches `at_least` (None: `at_least` is no bound, ask each one).

        A claim holding at least m of a clause's n words holds one of its n - m + 1 rarest words, so only the
        claims holding one of those are read: a statement is checked against the few claims that may carry it,
        not against every claim of the folder.
        """
        out: dict[str, float] = {}
        for part in statement.parts:
            if not part:
                continue
            need = next(k for k in range(len(part) + 1) if k / len(part) >= at_least or k == len(part))
            if need == 0:
                return None
            rarest = sorted(part, key=lambda w: (len(self.with_word.get(w, ())), w))[:len(part) - need + 1]
            for word in rarest:
                for words, doc_ids in self.with_word.get(word, {}).items():
                    share = len(part & words) / len(part)
                    if share >= at_least:
                        for doc_id in doc_ids:
                            if share > out.get(doc_id, 0.0):
                                out[doc_id] = share
        return out


def carriers(documents: Sequence[Document], doc: Document, statement: Statement, index: ClaimIndex,
             at_least: float) -> list[tuple[str, float]]:
    """Other documents holding at least `at_least` of the statement in one claim (a link counts as its score),
    best first; among equals, official documents and the same event first."""
    if not statement.words:
        return []
    linked = index.linked_to(doc, statement)
    holding = index.holding(statement, at_least)
    if holding is None:
        holding = {d.id: index.held(d.id, statement, at_least) for d in documents}
    scores = {}
    for other in index.in_order(holding.keys() | linked.keys()):
        if other.id != doc.id:
            score = max(linked.get(other.id, 0.0), holding.get(other.id, 0.0))
            if score >= at_least:
                scores[other.id] = score
    return sorted(scores.items(), key=lambda kv: (-kv[1], index.order[kv[0]][0], index.order[kv[0]][1] != doc.event))
