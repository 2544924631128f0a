"""Quotations that are another translation of an official text: the passage carrying their content words in order."""

from __future__ import annotations

import bisect
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from difflib import SequenceMatcher
from itertools import compress
from typing import NamedTuple

from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.quotes.match import Match, diagonal_clusters, trim_strays
from readout_viewer.core.quotes.moved import moved
from readout_viewer.core.quotes.person import COUNTRY_NAMES, NONE_RETOLD, SPEAKING, same_person
from readout_viewer.core.quotes.source_text import SourceText
from readout_viewer.core.quotes.words import Word, ellipsis_pieces

# A quotation with fewer content words than this ("to do it all") cannot be tied to one passage by them, and
# a passage sharing fewer with it in order (a pair of words, "the months ahead") shares them by chance.
MIN_CONTENT_WORDS = 4
# Share of the quotation's content words (by stem, spelling and paraphrase group) that the passage must carry
# in the same order: at least half. A second translation swaps function words and some verbs and nouns
# ("agencies" for "departments"), yet about half or more of the content words survive; a quotation that
# only shares a stock phrase with an official text ("to continue the dialogue") keeps well under this.
MIN_COVERAGE = 0.5
# The same share in each sentence and each part between ellipses: a translation renders every sentence, so
# each keeps a third of its content words or more, while a speaker's own sentence added to a line of the
# readout ("So this shows ...") keeps next to none.
MIN_PIECE_COVERAGE = 1 / 3
# Unmatched content words at either end of the quotation must face about as many unmatched ones left in the
# origin's sentence (changed words stand against changed words); a translation adds a word or two there ("in
# the sphere of"), more is a clause of the quoting text's own ("... and to open a consulate in the north").
MAX_ADDED_WORDS = 2
# Dice over content words (matched twice over quotation plus passage): at least half of both sides together
# must be the shared words, so a stretch gathering the quoted words from far apart in a long text is not one
# passage, while a quotation that leaves out a clause of its origin still counts.
MIN_DICE = 0.5
# Quoted content words matched in order from which the Dice floor is LOOSE_DICE instead: the origin's sentence then
# often holds a clause the translation condenses or leaves out ("the imperative of an early cessation of hostilities"
# for "a speedy end"; a readout running on between two quoted phrases), which lengthens the passage, while six words
# or more in one stretch, in order, are not gathered by chance. A shorter quotation keeps MIN_DICE: five words of a
# leader's own remark spread over a readout's long sentence ("must take the opportunity to build constructive and
# stable relations", Dice 0.48) are the remark's, not the readout's.
MANY_MATCHED = 6
LOOSE_DICE = 0.4
# The origin must stand out: its Dice score beats the best other passage by this. Two near-equal passages
# mean the quotation paraphrases a topic, not one sentence.
MARGIN = 0.15
# Other passages at least as alike to the origin as the quotation is (a readout and a briefing reading it out,
# two official translations of one readout) are copies of it, not rivals; among copies within this much of
# the best score the preferred document (official readout first) is named as the source.
COPY_SLACK = 0.1
# How far apart (in content words) hits of quoted words may fall and still be one stretch: a translation
# reorders a few words and adds or drops some; a long quotation drifts further (one more per REORDER_SHARE words).
CLUSTER_WORDS = 8
REORDER_SHARE = 4
# Stretches per source text worth aligning: the best few clusters hold the origin, the rest are stray hits.
CLUSTERS_PER_SOURCE = 3
# A concept found more often than this in one text ("president" in a long briefing) does not tell where a
# passage is; it still counts in the alignment of the stretches its rarer neighbours locate.
MAX_HITS_PER_CONCEPT = 40


def content(key: str) -> bool:
    """True for a word that carries meaning of its own (not "the", "has", "said"); numbers count."""
    return key not in STOPWORDS


class ConceptText:
    """One official document's content words as paraphrase concepts, with an index from concept to positions."""

    def __init__(self, source: SourceText, text: str, parties: frozenset[str] = COUNTRY_NAMES) -> None:
        self.source = source
        self.parties = parties  # the concepts naming the call's parties (parties.party_names), who may speak as "we"
        keys, starts = source.keys, source.starts  # the words' keys and offsets, without making each word
        self.where = list(compress(range(len(keys)), map(content, keys)))  # word index of each content word
        self.concepts = [concept(keys[i]) for i in self.where]
        ends = sentence_ends(text)
        self.sentence: list[int] = []  # sentence number of each content word
        n = 0
        for i in self.where:
            while n < len(ends) and ends[n] < starts[i]:
                n += 1
            self.sentence.append(n)
        self.at: dict[str, list[int]] = {}
        for p, c in enumerate(self.concepts):
            self.at.setdefault(c, []).append(p)
        # each quotation's passages here, worked out once: `passages` reads nothing but the quotation's concepts and
        # cuts and this text, and a quotation copied by many outlets (wire copy) is asked again for each
        self.passages_of: dict[Quoted, list[Passage]] = {}


class Passage(NamedTuple):
    """A stretch [first, last) of a concept text's content words, how much of the quotation it carries."""

    text: ConceptText
    first: int
    last: int
    matched: int  # quoted content words matched in order
    dice: float  # 2 * matched / (quoted content words + passage content words)
    coverage: float  # share of quoted content words matched
    worst: float  # the same share in the piece (sentence, part between ellipses) that has the least
    added: int  # unmatched quoted words at an end beyond the unmatched words of the origin's sentence there
    named: int  # matched words that name a country ("united", "states", "china")


class Quoted(NamedTuple):
    """A quotation's content words as concepts, and where its pieces (sentences, parts between ellipses) start."""

    concepts: tuple[str, ...]
    cuts: tuple[int, ...]  # content-word index where each piece starts


def ends_between(ends: Sequence[int], after: int, before: int) -> bool:
    """Whether a sentence ends between offsets `after` and `before` (`ends`: sorted end offsets)."""
    at = bisect.bisect_left(ends, after)
    return at < len(ends) and ends[at] <= before


def quoted(words: Sequence[Word], text: str, ends: Sequence[int] | None = None) -> Quoted:
    """The content words of a quotation (words of `text`) as concepts, with its piece boundaries.

    A translation renders an original sentence by sentence, so each sentence and each part between ellipses
    must have its counterpart; a sentence of fewer than MIN_CONTENT_WORDS content words is judged with a
    neighbour. `ends`, when given, is `sentence_ends(text)`: a text of many quotations is then cut into
    sentences once, not once per quotation.
    """
    concepts: list[str] = []
    cuts: list[int] = []
    ends = sentence_ends(text) if ends is None else ends
    for i, j in ellipsis_pieces(words):
        cuts.append(len(concepts))
        for k in range(i, j):
            if k > i and ends_between(ends, words[k - 1].end, words[k].start) \
                    and len(concepts) - cuts[-1] >= MIN_CONTENT_WORDS:
                cuts.append(len(concepts))
            if content(words[k].key):
                concepts.append(concept(words[k].key))
    if len(cuts) > 1 and len(concepts) - cuts[-1] < MIN_CONTENT_WORDS:
        cuts.pop()  # a short last sentence ("Thank you.") is judged with the one before
    return Quoted(tuple(concepts), tuple(cuts))


def _clusters(quote: Sequence[str], text: ConceptText) -> list[tuple[int, int]]:
    """Ranges of diagonals (source position minus quote position) where several quoted concepts land."""
    hits = ((p - i, i) for i, c in enumerate(quote) for p in text.at.get(c, ())
            if len(text.at[c]) <= MAX_HITS_PER_CONCEPT)
    return diagonal_clusters(hits, _reach(quote), MIN_CONTENT_WORDS, CLUSTERS_PER_SOURCE)


def _reach(quote: Sequence[str]) -> int:
    """How far apart (in content words) hits may fall in one stretch: further for a longer quotation."""
    return CLUSTER_WORDS + len(quote) // REORDER_SHARE


def _trim_sentences(blocks: list[tuple[int, int, int]], text: ConceptText, w_lo: int) -> list[tuple[int, int, int]]:
    """Drop one-word matches at either end that stand in another sentence than the rest of the alignment."""
    sentence = text.sentence
    while len(blocks) > 1 and blocks[0][2] == 1 and sentence[w_lo + blocks[0][1]] != sentence[w_lo + blocks[1][1]]:
        blocks = blocks[1:]
    while len(blocks) > 1 and blocks[-1][2] == 1 and \
            sentence[w_lo + blocks[-1][1]] != sentence[w_lo + blocks[-2][1] + blocks[-2][2] - 1]:
        blocks = blocks[:-1]
    return blocks


def _added(blocks: Sequence[tuple[int, int, int]], n: int, text: ConceptText, first: int, last: int) -> int:
    """How many more unmatched content words the quotation has at an end than the origin's sentence has there."""
    sentence = text.sentence  # non-decreasing: a sentence's content words are one run
    opens, closes = bisect_left(sentence, sentence[first]), bisect_right(sentence, sentence[last - 1])
    before, after = first - opens, closes - last
    if before == 0 and opens > 0:  # the passage opens its sentence: a translation may merge the one before
        before = opens - bisect_left(sentence, sentence[opens - 1])
    if after == 0 and closes < len(sentence):  # it closes its sentence: the next may be merged into it
        after = bisect_right(sentence, sentence[closes]) - closes
    return max(blocks[0][0] - before, n - blocks[-1][0] - blocks[-1][2] - after)


def _worst(hits: Collection[int], quote: Quoted) -> float:
    """Share of quoted content words matched (`hits`: their indices), in the piece (sentence, part between
    ellipses) that has the least."""
    bounds = list(zip(quote.cuts, quote.cuts[1:] + (len(quote.concepts),)))
    return min(sum(lo <= i < hi for i in hits) / (hi - lo) for lo, hi in bounds if hi > lo)


def passages(quote: Quoted, text: ConceptText) -> list[Passage]:
    """The best-aligned stretch of each cluster of hits, by in-order alignment of concepts."""
    out = []
    keys = list(quote.concepts)
    for lo, hi in _clusters(keys, text):
        reach = _reach(keys)
        w_lo, w_hi = max(0, lo - reach), min(len(text.concepts), hi + len(keys) + reach)
        matcher = SequenceMatcher(None, keys, text.concepts[w_lo:w_hi], autojunk=False)
        blocks = trim_strays([(b.a, b.b, b.size) for b in matcher.get_matching_blocks() if b.size])
        blocks = _trim_sentences(blocks, text, w_lo)
        if not blocks:
            continue
        first, last = w_lo + blocks[0][1], w_lo + blocks[-1][1] + blocks[-1][2]
        in_order = [i for a, _, n in blocks for i in range(a, a + n)]
        hits = in_order + moved(keys, blocks, text.concepts, w_lo, first, last)
        matched = len(hits)
        named = sum(keys[i] in COUNTRY_NAMES for i in hits)
        out.append(Passage(text, first, last, matched, 2 * matched / (len(keys) + last - first), matched / len(keys),
                           _worst(hits, quote), _added(blocks, len(keys), text, first, last), named))
    return out


def _passages_once(quote: Quoted, text: ConceptText) -> list[Passage]:
    """`passages`, each quotation's once a text (ConceptText.passages_of); callers read the list, never change it."""
    found = text.passages_of.get(quote)
    if found is None:
        found = text.passages_of[quote] = passages(quote, text)
    return found


def _alike(a: Passage, b: Passage) -> float:
    """Dice over content words of two passages (1.0 when they overlap in one text)."""
    if a.text is b.text and a.first < b.last and b.first < a.last:
        return 1.0
    x, y = a.text.concepts[a.first:a.last], b.text.concepts[b.first:b.last]
    same = sum(m.size for m in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())
    return 2 * same / (len(x) + len(y))


def _edges(quote: Sequence[Word], passage: Passage) -> tuple[int, int]:
    """Source words [first, last) of a passage, taking in as many function words at either end as the quotation
    has there ("In the context of" for "the context of"), never across another content word."""
    words, where = passage.text.source.words, passage.text.where
    first, last = where[passage.first], where[passage.last - 1] + 1
    lead = next((k for k, w in enumerate(quote) if content(w.key)), 0)
    trail = next((k for k, w in enumerate(reversed(quote)) if content(w.key)), 0)
    for _ in range(lead):
        if first == 0 or content(words[first - 1].key):
            break
        first -= 1
    for _ in range(trail):
        if last == len(words) or content(words[last].key):
            break
        last += 1
    return first, last


def _same_person(quote: Sequence[Word], passage: Passage, retold: Collection[str] = NONE_RETOLD) -> bool:
    """`person.same_person` of a quotation and a passage; true outright when the passage's text is one whose reported
    speech the quotation may render as the speaker's own words (`retold`)."""
    if passage.text.source.doc in retold or SPEAKING.isdisjoint(w.key for w in quote):
        return True
    where = passage.text.where
    words = passage.text.source.words[where[passage.first]:where[passage.last - 1] + 1]
    return same_person(quote, passage.text.concepts[passage.first:passage.last], words, passage.text.parties)


def dice_floor(matched: int) -> float:
    """The Dice a passage matching this many quoted content words in order must reach: LOOSE_DICE from MANY_MATCHED."""
    return LOOSE_DICE if matched >= MANY_MATCHED else MIN_DICE


def _clear(quote: Sequence[Word], passage: Passage, retold: Collection[str] = NONE_RETOLD) -> bool:
    """True when a passage carries enough of the quotation, evenly and in the same person, to be its origin."""
    return (passage.matched >= MIN_CONTENT_WORDS and passage.named <= passage.matched - passage.named
            and passage.coverage >= MIN_COVERAGE
            and passage.worst >= MIN_PIECE_COVERAGE
            and passage.dice >= dice_floor(passage.matched)
            and passage.added <= MAX_ADDED_WORDS and _same_person(quote, passage, retold))


def translated(quote: Sequence[Word], quote_text: str, texts: Sequence[ConceptText],
               preference: Callable[[str], tuple], ends: Sequence[int] | None = None,
               retold: Collection[str] = NONE_RETOLD) -> Match | None:
    """The official passage a quotation clearly translates, as a Match over source words; None if none does.

    Clearly: the best passage passes `_clear` and scores MARGIN above any passage that is not a copy of it;
    among copies, the preferred document is named. `retold`: ids of texts whose reported speech ("Xi said he hopes
    that all parties will ...") the quotation may give in the speaker's own person ("I hope all sides will ..."),
    as an outlet translating the same government's account from its own language does.
    """
    keys = quoted(quote, quote_text, ends)
    if len(keys.concepts) < MIN_CONTENT_WORDS:
        return None
    found = sorted((p for t in texts for p in _passages_once(keys, t)), key=lambda p: -p.dice)
    if not found or not _clear(quote, found[0], retold):
        return None
    best = found[0]
    copies = [p for p in found if p is best or _alike(best, p) >= best.dice]
    # a passage of the origin's own text is no rival: a dispatch that tells a sentence in its lead and quotes it
    # further down names the same source either way
    rivals = [p for p in found if not any(p is c for c in copies) and p.text is not best.text]
    if rivals and best.dice - rivals[0].dice < MARGIN:
        return None
    chosen = min((p for p in copies if p.dice >= best.dice - COPY_SLACK), key=lambda p: preference(p.text.source.doc))
    first, last = _edges(quote, chosen)
    return Match(chosen.text.source.doc, first, last, False, chosen.dice, chosen.coverage,
                 ((0, len(quote), first, last),))
