"""Where a quotation may come from: the texts holding its word pairs, ranked by how rare the pairs are, and the
passages matched in them, most likely first."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

from readout_viewer.core.language.text import tokens
from readout_viewer.core.model import Document
from readout_viewer.core.quotes.marks import find_quotations
from readout_viewer.core.quotes.match import Match, aligned, exact
from readout_viewer.core.quotes.phrases import MIN_PHRASE_WORDS, MIN_QUOTE_WORDS
from readout_viewer.core.quotes.regions import SPEAKER_WINDOW, Region, names_by_word
from readout_viewer.core.quotes.source_text import SourceText, Vocabulary
from readout_viewer.core.quotes.words import ellipsis_pieces, runs

# Below this word-alignment similarity (Dice over words) a passage is not clearly the quotation's origin:
# one changed or dropped word in five still passes, a loose paraphrase does not.
ALTERED_MIN_SIMILARITY = 0.6
# Share of the quoted words the passage must hold: two changed words in six still make an altered quotation,
# but a short one of which only three words in five are there ("good to see [everybody]") is a common phrase.
ALTERED_MIN_COVERAGE = 0.65
# An official passage this much less alike than the best one is still preferred: the readout is the origin
# even when an outlet that re-quoted it happens to be closer.
PREFERENCE_SLACK = 0.1
# Kinds of official text that are where words first appear; briefings and background calls repeat them.
ORIGINAL_KINDS = ("readout", "statement")
# Documents aligned word by word per quotation, the likeliest by rare shared word pairs: alignment is the
# costly step, and a folder of hundreds of articles sharing sentences must not align each quote with all.
MAX_ALIGNED_SOURCES = 6
# Word pairs held by more documents than this ("of the") do not help tell where a quotation comes from.
MAX_PAIR_HOLDERS = 50


class Origins:
    """The quotations of a folder and the passages of the other documents each may come from; one instance per
    check (quotes/check.py says what became of each quotation)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.docs = {d.id: d for d in documents}
        vocab = Vocabulary()
        sources = {d.id: SourceText(d.id, d.text, tokens(d.text), vocab) for d in documents}  # each text's tokens
        solid = frozenset().union(*(s.solid_keys() for s in sources.values()))  # are let go as soon as it is read
        self.sources = {doc_id: source.settle(solid) for doc_id, source in sources.items()}
        every = {d.id: [Region(d, q, solid) for q in find_quotations(d.text)] for d in documents}
        self.regions = {d: [r for r in regions if len(r.words) >= MIN_QUOTE_WORDS] for d, regions in every.items()}
        self.phrases = {d: [r for r in regions if MIN_PHRASE_WORDS <= len(r.words) < MIN_QUOTE_WORDS]
                        for d, regions in every.items()}
        self.pair_docs = self._pair_holders(vocab)
        # Each document's quotations in text order (find_quotations sorts them), with the furthest end among
        # the first k: the quotations holding a passage are found without reading all of a long text's.
        self.starts = {d: [r.start for r in regions] for d, regions in self.regions.items()}
        self.reach = {d: list(accumulate((r.end for r in regions), max)) for d, regions in self.regions.items()}
        self.excerpts = [d.id for d in documents if d.excerpt]
        self.officials = [d.id for d in documents if d.is_official]
        self.names_by_word = names_by_word(documents)
        self._tops: dict[Region, Match | None] = {}  # each region's best origin, worked out once
        # each wording's alignment in each source, worked out once (`_aligned`)
        self._alignments: dict[tuple[str, tuple[str, ...], tuple[tuple[int, int], ...]], Match | None] = {}

    def _pair_holders(self, vocab: Vocabulary) -> dict[tuple[str, str], set[str]]:
        """The documents holding each pair of neighbouring words that a quotation holds (the only pairs asked)."""
        quoted: dict[int, tuple[str, str]] = {}
        for regions in self.regions.values():
            for region in regions:
                keys = [w.key for w in region.words]
                for pair in zip(keys, keys[1:]):
                    code = vocab.pair(*pair)
                    if code is not None:
                        quoted[code] = pair
        # Each pair's holders listed under its number, made a set once every text is read: adding each text to
        # a set found by the word pair took about twice as long at 1,000-2,000 articles.
        held: dict[int, list[str]] = {code: [] for code in quoted}
        for doc_id, source in self.sources.items():
            for code in source.holds(held.keys()):
                held[code].append(doc_id)
        return {quoted[code]: set(doc_ids) for code, doc_ids in held.items() if doc_ids}

    def _preference(self, quoting: Document, source_id: str) -> tuple:
        """Official first, then the same event, then readouts and statements (a briefing reads them out),
        then the earliest, then a stable order."""
        src = self.docs[source_id]
        return (not src.is_official, src.event != quoting.event, src.kind not in ORIGINAL_KINDS, src.date or "9999",
                src.id)

    def _may_source(self, region: Region) -> set[str]:
        """The documents a quotation may come from: quotations are checked against the official wording; another
        outlet's text counts only when the quotation names its author or its outlet ("Mark Galeotti ... wrote"
        quoting his own column). Found from the words around the quotation, not by trying every outlet's names."""
        near = region.doc.text[max(0, region.start - SPEAKER_WINDOW):region.end + SPEAKER_WINDOW]
        out = set(self.officials)
        for word in {*re.findall(r"\w+", near), ""}:  # "": names that do not start with a word character
            for name, doc_ids in self.names_by_word.get(word, ()):
                if name.search(near):
                    out.update(doc_ids)
        return out

    def _likely(self, region: Region) -> tuple[list[str], list[str]]:
        """(documents holding every word pair of the quotation's unbroken runs, documents worth aligning).

        Word pairs weigh by rarity across the folder, so that a readout holding the quotation's rare pairs
        outranks a long briefing holding its "of the"s; only the best few are aligned word by word.
        """
        keys = [w.key for w in region.words]
        runs_pairs = {(keys[i], keys[i + 1]) for i, j in runs(region.words) for i in range(i, j - 1)}
        # In the quotation's order and documents by id: the sums and the ranking never depend on hashing.
        pairs = [self.pair_docs.get(p, set()) for p in dict.fromkeys(zip(keys, keys[1:]))]
        telling = [h for h in pairs if len(h) <= MAX_PAIR_HOLDERS] or pairs
        sources = sorted(self._may_source(region) - {region.doc.id})
        score: dict[str, float] = {}
        for holders in telling:  # the weights of the documents that may be the source, whatever holds the pair
            for doc_id in sources:
                if doc_id in holders:
                    score[doc_id] = score.get(doc_id, 0.0) + 1.0 / len(holders)
        ranked = sorted(score, key=lambda d: (-score[d], d))
        if not runs_pairs:
            return ranked[:MAX_ALIGNED_SOURCES], ranked[:MAX_ALIGNED_SOURCES]
        holding = [self.pair_docs.get(p, set()) for p in runs_pairs]
        exact_docs = {d for d in score if all(d in h for h in holding)}
        best = score[ranked[0]] if ranked else 0.0
        near = ranked[:MAX_ALIGNED_SOURCES] + [d for d in ranked[MAX_ALIGNED_SOURCES:]
                                               if self.docs[d].is_official and score[d] >= best / 2]
        return sorted(exact_docs), near

    def candidates(self, region: Region) -> Iterator[Match]:
        """Where the quotation may come from, most likely first: exact holders, then close alignments."""
        exact_docs, near_docs = self._likely(region)
        for doc_id in sorted(exact_docs, key=lambda d: self._preference(region.doc, d)):  # the likeliest first,
            found = exact(region.words, self.sources[doc_id])  # matched only as far as the caller reads
            if found is not None:
                yield found
        near = [m for m in (self._aligned(region, d) for d in near_docs)
                if m is not None and m.similarity >= ALTERED_MIN_SIMILARITY and m.coverage >= ALTERED_MIN_COVERAGE]
        if near:
            best = max(m.similarity for m in near)
            yield from sorted(near, key=lambda m: (m.similarity < best - PREFERENCE_SLACK,
                                                   self._preference(region.doc, m.doc), -m.similarity))

    def _aligned(self, region: Region, doc_id: str) -> Match | None:
        """aligned(region.words, the source), once for each wording and source: it reads the words' keys and where
        ellipses cut them, nothing else of the quotation (one copied by many outlets is aligned once)."""
        key = (doc_id, tuple(w.key for w in region.words), tuple(ellipsis_pieces(region.words)))
        if key not in self._alignments:
            self._alignments[key] = aligned(region.words, self.sources[doc_id])
        return self._alignments[key]

    def top(self, region: Region) -> Match | None:
        """The region's best origin (the first of candidates()), memoised in a dictionary of this object's: a memo
        wrapping a bound method of it (functools.lru_cache(self._top)) held the object in a cycle, which left the
        folder's texts to the collector."""
        if region not in self._tops:
            self._tops[region] = next(self.candidates(region), None)
        return self._tops[region]

    def circular(self, region: Region, match: Match) -> bool:
        """True when the passage sits inside a quotation of its own document that comes from region's document."""
        start, end = self.sources[match.doc].span(match.first, match.last)
        regions, reach = self.regions[match.doc], self.reach[match.doc]
        for k in range(bisect_right(self.starts[match.doc], start) - 1, -1, -1):  # those starting at or before it
            if reach[k] < end:
                break  # none of the earlier quotations reaches the passage's end
            if regions[k].holds(match.doc, start, end):
                top = self.top(regions[k])
                if top is not None and top.doc == region.doc.id:
                    return True
        return False
