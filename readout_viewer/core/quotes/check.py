"""Quotation check: find quotations of five words or more and say whether the folder holds them as quoted (and a
shorter quoted phrase, when an official text holds it word for word: quotes/phrases.py)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from copy import copy
from functools import cached_property

from readout_viewer.core.language.ends_index import SentenceEnds
from readout_viewer.core.model import ALTERED, EXACT, NOT_FOUND, Document, Quote, Span
from readout_viewer.core.quotes.match import Match, aligned, exact
from readout_viewer.core.quotes.origins import ALTERED_MIN_COVERAGE, ALTERED_MIN_SIMILARITY, PREFERENCE_SLACK, Origins
from readout_viewer.core.quotes.parties import party_names
from readout_viewer.core.quotes.phrases import MIN_QUOTE_WORDS, held_phrases
from readout_viewer.core.quotes.posted import POST_KINDS, VERY_CLOSE, posted_elsewhere, sourced_to_document
from readout_viewer.core.quotes.regions import Region, word_diff
from readout_viewer.core.quotes.sources import altered_detail, is_translation, not_found_detail
from readout_viewer.core.quotes.stock import held_by_sides, stock_only
from readout_viewer.core.quotes.translation import ConceptText, content, ends_between, translated
from readout_viewer.core.quotes.verdicts import embedded, person_swapped, written_apart
from readout_viewer.core.quotes.words import ELLIPSIS, ellipsis_pieces

# The holders of a pair no text holds.
_NO_HOLDERS: frozenset[str] = frozenset()


class _Checker(Origins):
    """Says of every quotation of a folder whether it is exact, altered or not found; one instance per check."""

    def __init__(self, documents: Sequence[Document], ends: SentenceEnds | None = None) -> None:
        super().__init__(documents)
        self._concepts: dict[str, ConceptText] = {}  # official texts by concept, built when first needed
        self._sentence_ends = SentenceEnds() if ends is None else ends  # the analysis's, or this check's own
        self._by_words: dict[tuple[str, ...], list[Region]] | None = None  # quotations by their words, when needed
        self._posted_words: dict[tuple[str, ...], bool] = {}  # whether a wording is quoted from a post, when asked

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
                           self._ends(region.doc), self._retold(region))
        if match is None or self.circular(region, match):
            return None
        return self._quote(region, match)

    def _retold(self, region: Region) -> frozenset[str]:
        """Official texts whose reported speech the quotation may render in the speaker's own person: each that is
        itself a translation (`sources.is_translation`), when the quotation's sentence names a document as its
        words' place ('"The fact that you ...," Xi was quoted as saying in a statement from the Foreign Ministry':
        an outlet translating the same government's account turns "Xi said that the President ..." into "you")
        and no post (a leader's own words, which any readout retells in the third person)."""
        doc, ends = region.doc, self._ends(region.doc)
        if not sourced_to_document(doc.text, ends, region.start, region.end) \
                or self._words_posted(region) or self._posted(region):
            return frozenset()
        return frozenset(d for d in self.officials if is_translation(self.docs[d]))

    def _ends(self, doc: Document) -> list[int]:
        return self._sentence_ends.of(doc)

    def _concept_text(self, doc_id: str) -> ConceptText:
        if doc_id not in self._concepts:
            self._concepts[doc_id] = ConceptText(self.sources[doc_id], self.docs[doc_id].text, self._parties)
        return self._concepts[doc_id]

    @cached_property
    def _parties(self) -> frozenset[str]:
        """The concepts naming the call's parties, who may speak as "we" (parties.party_names)."""
        return party_names({side for d in self.officials if (side := self.docs[d].side)},
                           [self.docs[d].text for d in self.officials])

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
            if not self.circular(region, match) and not self._post_lacking(region, match):
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
        if embedded(source.keys[match.first:match.last], [w.key for w in region.words], self._around(match)):
            return Quote(region.doc.id, region.start, region.end, NOT_FOUND)
        diff = self._diff(region, match)
        if person_swapped(diff):
            return Quote(region.doc.id, region.start, region.end, NOT_FOUND)
        if written_apart(diff):
            return Quote(region.doc.id, region.start, region.end, EXACT, span)
        if self._post_lacking(region, match) or self._stock_only(region, match):
            return Quote(region.doc.id, region.start, region.end, NOT_FOUND)
        return Quote(region.doc.id, region.start, region.end, ALTERED, span, diff, altered_detail(self.docs[match.doc]))

    def _around(self, match: Match) -> list[str]:
        """The content words of the source sentences a passage stands in, outside the passage (`verdicts.embedded`):
        a function word ("to", "of") is in every sentence and tells nothing of where the quoted words come from."""
        source, ends = self.sources[match.doc], self._ends(self.docs[match.doc])
        before, after = bisect_left(ends, source.starts[match.first]), bisect_left(ends, source.ends[match.last - 1])
        opens = ends[before - 1] if before else 0  # the end of the sentence before the passage's
        closes = ends[after] if after < len(ends) else source.ends[-1] + 1  # the end of the passage's last sentence
        lo, hi = bisect_left(source.starts, opens), bisect_left(source.starts, closes)
        return [k for k in source.keys[lo:match.first] + source.keys[match.last:hi] if content(k)]

    def _stock_only(self, region: Region, match: Match) -> bool:
        """Whether the quotation shares nothing with the passage but runs both sides' official texts use (a slogan:
        quotes/stock.py): the passage is then not its origin, and the quotation is not found rather than altered."""
        officials = [(self.docs[d].side, self.sources[d]) for d in self.officials]
        return stock_only([w.key for w in region.words], self.sources[match.doc].keys[match.first:match.last],
                          lambda run: held_by_sides(run, officials))

    def _post_lacking(self, region: Region, match: Match) -> bool:
        """Whether the quotation is of a post the folder lacks: sourced to a post (by its own text, or by another
        text quoting the same words: outlets quoting one post, one of them naming it), matched in a text that cannot
        be it (a readout retelling the post in its own words), and not very close to that text (an exact match
        never is lacking): the next candidate, or not found."""
        return self.docs[match.doc].kind not in POST_KINDS and match.similarity < VERY_CLOSE \
            and (self._words_posted(region) or self._posted(region))

    def _posted(self, region: Region) -> bool:
        return posted_elsewhere(region.doc.text, self._ends(region.doc), region.start, region.end)

    def _words_posted(self, region: Region) -> bool:
        """Whether a quotation of the folder in the same words, word for word, is sourced to a post (found once per
        wording: a folder of wire copies quotes one sentence hundreds of times)."""
        if self._by_words is None:
            self._by_words = {}
            for regions in self.regions.values():
                for r in regions:
                    self._by_words.setdefault(tuple(w.key for w in r.words), []).append(r)
        keys = tuple(w.key for w in region.words)
        if keys not in self._posted_words:
            self._posted_words[keys] = any(map(self._posted, self._by_words.get(keys, ())))
        return self._posted_words[keys]

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
        elif (detail := not_found_detail(doc)) is not None:
            quote = Quote(quote.doc, quote.start, quote.end, NOT_FOUND, detail=detail)
        yield region, quote


def check_quotes(documents: Sequence[Document], ends: SentenceEnds | None = None) -> list[Quote]:
    """Every quotation of MIN_QUOTE_WORDS+ words with its verdict and source passage (in English texts: the
    engine does not read the others); `ends` is the analysis's index of sentence ends, when given."""
    documents = [d for d in documents if d.compared]
    checker = _Checker(documents, ends)
    out = []
    for doc in documents:
        quotes = [quote for _, quote in _reported(checker, doc)]
        out += quotes + held_phrases(checker.phrases[doc.id], quotes, checker.sources,
                                     sorted(checker.officials, key=lambda d: checker._preference(doc, d)))
    return out
