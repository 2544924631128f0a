"""Quotation check: find quotations of five words or more and say whether the folder holds them as quoted (and a
shorter quoted phrase, when an official text holds it word for word: quotes/phrases.py)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from copy import copy
from functools import lru_cache
from itertools import accumulate

from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.language.text import tokens
from readout_viewer.core.model import ALTERED, EXACT, NOT_FOUND, Document, Quote, Span
from readout_viewer.core.quotes.marks import find_quotations
from readout_viewer.core.quotes.match import Match, SourceText, Vocabulary, aligned, exact
from readout_viewer.core.quotes.phrases import MIN_PHRASE_WORDS, MIN_QUOTE_WORDS, held_phrases
from readout_viewer.core.quotes.regions import SPEAKER_WINDOW, Region, names_by_word, word_diff
from readout_viewer.core.quotes.translation import ConceptText, ends_between, translated
from readout_viewer.core.quotes.verdicts import embedded, person_swapped, written_apart
from readout_viewer.core.quotes.words import ELLIPSIS, ellipsis_pieces, runs

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
# The holders of a pair no text holds.
_NO_HOLDERS: frozenset[str] = frozenset()


class _Checker:
    """Matches every quotation of a folder against the other documents; one instance per check."""

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
        self.top = lru_cache(maxsize=None)(self._top)
        self._concepts: dict[str, ConceptText] = {}  # official texts by concept, built when first needed
        self._sentence_ends: dict[str, list[int]] = {}  # quoting texts' sentence ends, found when first needed

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
        near = [m for m in (aligned(region.words, self.sources[d]) for d in near_docs)
                if m is not None and m.similarity >= ALTERED_MIN_SIMILARITY and m.coverage >= ALTERED_MIN_COVERAGE]
        if near:
            best = max(m.similarity for m in near)
            yield from sorted(near, key=lambda m: (m.similarity < best - PREFERENCE_SLACK,
                                                   self._preference(region.doc, m.doc), -m.similarity))

    def _top(self, region: Region) -> Match | None:
        return next(self.candidates(region), None)

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

    def check(self, region: Region) -> Quote:
        quote = self._checked(region)
        if quote.verdict != EXACT and not region.closed:
            prefix = self._exact_prefix(region)
            if prefix is not None and not self._rest_quoted(region, prefix, quote):
                return self._checked(prefix)
        if quote.verdict != EXACT:
            quote = self._cut_by_excerpt(region) or quote
        if quote.verdict == NOT_FOUND:
            return self._translated(region) or self._spliced(region) or quote
        return quote

    def _rest_quoted(self, region: Region, prefix: Region, quote: Quote) -> bool:
        """Whether the words of an unclosed quotation after its exact opening are the source's too: the whole is
        then the quotation, altered ("We had a call, it was..." running on through the remarks' next sentences),
        not its opening with the mark left out after it (the rest being the reporter's own words)."""
        rest = region.words[len(prefix.words):]
        if quote.verdict != ALTERED or quote.source is None or len(rest) < MIN_QUOTE_WORDS:
            return False
        found = aligned(rest, self.sources[quote.source.doc])
        return found is not None and found.similarity >= ALTERED_MIN_SIMILARITY \
            and found.coverage >= ALTERED_MIN_COVERAGE

    def _spliced(self, region: Region) -> Quote | None:
        """Altered, when each sentence of a quotation of several stands in one source, in order, but with the
        source's sentences between them left out unmarked (an outlet joining a release's first sentence to its
        fourth): each sentence is aligned as if an ellipsis stood before it."""
        starts = [k for k in range(1, len(region.words)) if not region.words[k].gap
                  and ends_between(self._ends(region.doc), region.words[k - 1].end, region.words[k].start)]
        if not starts:
            return None
        split = copy(region)
        split.words = [w._replace(gap=ELLIPSIS) if k in starts else w for k, w in enumerate(region.words)]
        keys = [w.key for w in split.words]
        pairs = [{(keys[k], keys[k + 1]) for k in range(i, j - 1)} for i, j in ellipsis_pieces(split.words)]
        # alignment lands a piece only where two of its word pairs do: a text lacking them for a piece is skipped
        near_docs = [d for d in self._likely(split)[1]
                     if all(sum(d in self.pair_docs.get(p, ()) for p in piece) >= 2 for piece in pairs)]
        near = [m for m in (aligned(split.words, self.sources[d]) for d in near_docs)
                if m is not None and len(m.parts) == len(pairs) and m.similarity >= ALTERED_MIN_SIMILARITY
                and m.coverage >= ALTERED_MIN_COVERAGE and not self.circular(region, m)]
        if not near:
            return None
        best = max(m.similarity for m in near)
        match = min(near, key=lambda m: (m.similarity < best - PREFERENCE_SLACK, self._preference(region.doc, m.doc),
                                         -m.similarity))
        return self._quote(split, match)

    def _translated(self, region: Region) -> Quote | None:
        """Altered, when an official passage is clearly the origin of a quotation worded in translation."""
        texts = [self._concept_text(d) for d in self.officials if d != region.doc.id]
        match = translated(region.words, region.doc.text, texts, lambda d: self._preference(region.doc, d),
                           self._ends(region.doc))
        if match is None or self.circular(region, match):
            return None
        return self._quote(region, match)

    def _ends(self, doc: Document) -> list[int]:
        if doc.id not in self._sentence_ends:
            self._sentence_ends[doc.id] = sentence_ends(doc.text)
        return self._sentence_ends[doc.id]

    def _concept_text(self, doc_id: str) -> ConceptText:
        if doc_id not in self._concepts:
            self._concepts[doc_id] = ConceptText(self.sources[doc_id], self.docs[doc_id].text)
        return self._concepts[doc_id]

    def _cut_by_excerpt(self, region: Region) -> Quote | None:
        """Exact when the quotation's opening words run word for word to the end of an excerpt: the rest was
        cut from the folder's copy, so nothing shows the quotation to be wrong."""
        keys = [w.key for w in region.words]
        for doc_id in sorted(self.excerpts, key=lambda d: self._preference(region.doc, d)):
            source = self.sources[doc_id]
            if doc_id == region.doc.id:
                continue
            for p in source.pair_positions(keys[0], keys[1]):
                tail = source.keys[p:]
                if MIN_QUOTE_WORDS <= len(tail) < len(keys) and keys[:len(tail)] == tail:
                    start, end = source.span(p, len(source.keys))
                    return Quote(region.doc.id, region.start, region.end, EXACT, Span(doc_id, start, end))
        return None

    def _checked(self, region: Region) -> Quote:
        for match in self.candidates(region):
            if not self.circular(region, match):
                return self._quote(region, match)
        return Quote(region.doc.id, region.start, region.end, NOT_FOUND)

    def _exact_prefix(self, region: Region) -> Region | None:
        """For a quotation whose closing mark is missing: its longest opening that another text holds word for
        word (the mark was left out after it), if that is MIN_QUOTE_WORDS long."""
        words = region.words
        pairs = [self.pair_docs.get((a.key, b.key), _NO_HOLDERS) for a, b in zip(words, words[1:])]
        # The texts holding each pair of the first words, found from the rarest of those pairs' holders up.
        opening = sorted(pairs[:MIN_QUOTE_WORDS - 1], key=len)
        able, able_len = opening[0].intersection(*opening[1:]) - {region.doc.id}, 1
        best, lo, hi = None, MIN_QUOTE_WORDS, len(words) - 1
        while lo <= hi:  # a prefix that matches has matching prefixes: bisect on its length
            mid = (lo + hi) // 2
            cut = region.cut(mid)
            # A text holding the cut word for word holds each pair of its runs; those of the longest opening found
            # held (able_len words) are already in `able`, only the pairs after it are intersected.
            more = sorted((pairs[k - 1] for k in range(able_len, mid) if not words[k].gap), key=len)
            held = able.intersection(*more)
            if any(exact(cut.words, self.sources[d]) for d in held):
                best, lo, able, able_len = cut, mid + 1, held, mid
            else:
                hi = mid - 1
        return best

    def _quote(self, region: Region, match: Match) -> Quote:
        source = self.sources[match.doc]
        start, end = source.span(match.first, match.last)
        span = Span(match.doc, start, end)
        if match.exact:
            return Quote(region.doc.id, region.start, region.end, EXACT, span)
        if embedded(source.keys[match.first:match.last], [w.key for w in region.words]):
            return Quote(region.doc.id, region.start, region.end, NOT_FOUND)
        diff = self._diff(region, match)
        if person_swapped(diff):
            return Quote(region.doc.id, region.start, region.end, NOT_FOUND)
        if written_apart(diff):
            return Quote(region.doc.id, region.start, region.end, EXACT, span)
        return Quote(region.doc.id, region.start, region.end, ALTERED, span, diff)

    def _diff(self, region: Region, match: Match) -> tuple[tuple[int, str], ...]:
        """Word diff piece by piece (between ellipses); a piece with no source passage is all inserted."""
        source, text, quoting = self.sources[match.doc], self.docs[match.doc].text, region.doc.text
        aligned = {i: (first, last) for i, _, first, last in match.parts}
        whole = [(0, len(region.words))] if [p[:2] for p in match.parts] == [(0, len(region.words))] else None
        out: list[tuple[int, str]] = []
        for i, j in whole or ellipsis_pieces(region.words):
            if i not in aligned:
                out.append((1, " ".join(quoting[region.words[i].start:region.words[j - 1].end].split())))
                continue
            first, last = aligned[i]
            out += word_diff(source.words[first:last], text, region.words[i:j], quoting)
        return tuple(out)


def _reported(checker: _Checker, doc: Document) -> Iterator[tuple[Region, Quote]]:
    """Outermost quotations, and nested ones whose every enclosing quotation was not found.

    One pass in text order (outer before inner): every quotation checked before starts at or before this one,
    so one of them encloses it exactly when the furthest end of those found reaches its end.
    """
    checked: set[tuple[int, int]] = set()
    found_reach = -1  # the furthest end of a quotation checked so far and found (exact or altered)
    for region in sorted(checker.regions[doc.id], key=lambda r: (r.start, -r.end)):
        span = (region.start, region.end)
        if span in checked or region.end <= found_reach:
            continue
        quote = checker.check(region)
        checked.add(span)
        if quote.verdict != NOT_FOUND:
            found_reach = max(found_reach, region.end)
        yield region, quote


def check_quotes(documents: Sequence[Document]) -> list[Quote]:
    """Every quotation of MIN_QUOTE_WORDS+ words with its verdict and source passage (in English texts: the
    engine does not read the others)."""
    documents = [d for d in documents if d.compared]
    checker = _Checker(documents)
    out = []
    for doc in documents:
        quotes = [quote for _, quote in _reported(checker, doc)]
        out += quotes + held_phrases(checker.phrases[doc.id], quotes, checker.sources,
                                     sorted(checker.officials, key=lambda d: checker._preference(doc, d)))
    return out
