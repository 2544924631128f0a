"""Where a quotation comes from in one source text: exact (with gaps) through a word index, else a local alignment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from readout_viewer.core.quotes.source_text import SourceText
from readout_viewer.core.quotes.words import BRACKET, ELLIPSIS, Word, ellipsis_pieces, runs

# Words an editorial [insertion] may stand for in the source ("[he]" for "President Biden said he").
MAX_BRACKET_WORDS = 4
# Words an ellipsis may leave out: reporters splice answers from far apart in one long briefing, so this
# only keeps the pieces inside one document's reach.
MAX_ELLIPSIS_WORDS = 5000
# Quote bigrams that must land on one source stretch before it is worth aligning (one is chance).
MIN_BIGRAM_HITS = 2
# How far apart (in words) bigram hits may fall and still be one stretch: dropped or added words shift them.
CLUSTER_WORDS = 12
# Stretches per source text to align: the best few clusters are enough, the rest are common-word noise.
CLUSTERS_PER_SOURCE = 3
# A piece sharing fewer of its words than this with a stretch is not aligned there: no verdict could come of it
# (the quotation check asks for more, over the whole quotation).
ALTERED_FLOOR = 0.5
# At most this many changed words at either end of a quotation are set against source words in the diff.
EDGE_WORDS = 3
# A lone matching word further than this from the rest of the alignment is chance, not part of the passage.
STRAY_WORDS = 3


class Match(NamedTuple):
    """Where a quotation stands in one source: words [first, last) of that source, and how alike (1.0 exact)."""

    doc: str
    first: int
    last: int
    exact: bool
    similarity: float  # Dice coefficient over words of quote and source stretch
    coverage: float  # share of the quoted words found in the stretch
    parts: tuple[tuple[int, int, int, int], ...] = ()  # per aligned piece: quote words i..j, source first..last


def exact(quote: Sequence[Word], source: SourceText) -> Match | None:
    """The first place where all quoted words stand in order, gaps only at ellipses and [brackets]."""
    found = _chain(quote, runs(list(quote)), [w.key for w in quote], source, 0, 0, None)
    return Match(source.doc, found[0], found[1], True, 1.0, 1.0) if found else None


def _chain(quote: Sequence[Word], pieces: Sequence[tuple[int, int]], keys: Sequence[str], source: SourceText, k: int,
           lo: int, hi: int | None) -> tuple[int, int] | None:
    """Where the quotation's pieces k.. stand in the source (first word of piece k, end of the last piece), piece k
    starting in lo..hi (`keys`: the quoted words' keys). A function of the module, not a closure of exact(): a
    closure that calls itself holds itself (a cycle), and kept each source text's words from being freed before the
    collector's next pass (corpus/: 168 closures, 8,282 objects of a first analysis freed only by the collector)."""
    i, j = pieces[k]
    for p in source.occurrences(keys[i:j], lo, hi):
        after = p + (j - i)
        if k + 1 == len(pieces):
            return p, after
        rest = _chain(quote, pieces, keys, source, k + 1, after, after + _slack(quote, j))
        if rest is not None:
            return p, rest[1]
    return None


def _slack(quote: Sequence[Word], j: int) -> int:
    return MAX_ELLIPSIS_WORDS if quote[j].gap == ELLIPSIS else MAX_BRACKET_WORDS if quote[j].gap == BRACKET else 0


def diagonal_clusters(hits: Iterable[tuple[int, int]], reach: int, min_hits: int, most: int
                      ) -> list[tuple[int, int]]:
    """Ranges of diagonals where quote words land together, best first.

    `hits` are (diagonal, quote index) pairs, a diagonal being the source position minus the quote position;
    hits up to `reach` diagonals from a group's first join it; a group counts when `min_hits` distinct quote
    positions land in it, and the `most` groups with the most of them are kept, as (first, last) diagonal.
    """
    groups: list[list[tuple[int, int]]] = []
    for diag, i in sorted(hits):
        if groups and diag - groups[-1][0][0] <= reach:
            groups[-1].append((diag, i))
        else:
            groups.append([(diag, i)])
    scored = sorted(((len({i for _, i in g}), g[0][0], g[-1][0]) for g in groups), key=lambda s: -s[0])
    return [(lo, hi) for n, lo, hi in scored[:most] if n >= min_hits]


def _clusters(keys: Sequence[str], source: SourceText) -> list[tuple[int, int]]:
    """Source word ranges where several quote bigrams land on about the same diagonal, best first."""
    hits = ((p - i, i) for i in range(len(keys) - 1) for p in source.pair_positions(keys[i], keys[i + 1]))
    return diagonal_clusters(hits, CLUSTER_WORDS, MIN_BIGRAM_HITS, CLUSTERS_PER_SOURCE)


def trim_strays(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop single-word matches at either end that stand apart from the rest of the alignment."""
    while len(blocks) > 1 and blocks[0][2] == 1 and blocks[1][1] - (blocks[0][1] + 1) > STRAY_WORDS:
        blocks = blocks[1:]
    while len(blocks) > 1 and blocks[-1][2] == 1 and blocks[-1][1] - (blocks[-2][1] + blocks[-2][2]) > STRAY_WORDS:
        blocks = blocks[:-1]
    return blocks


def _most_shared(a: Sequence[str], b: Sequence[str]) -> int:
    """How many words two sequences share at most, in any order: a bound on what an alignment can match."""
    count = Counter(b)
    return sum(min(n, count[k]) for k, n in Counter(a).items())


def _align_piece(keys: Sequence[str], source: SourceText, after: int) -> tuple[int, int, int] | None:
    """(first, last, matched words) of the most alike source stretch at or after word `after`."""
    best, best_similarity = None, -1.0
    margin = CLUSTER_WORDS + len(keys) // 4
    for lo, hi in _clusters(keys, source):
        w_lo, w_hi = max(after, lo - margin), min(len(source.keys), hi + len(keys) + margin)
        if w_hi <= w_lo or _most_shared(keys, source.keys[w_lo:w_hi]) < ALTERED_FLOOR * len(keys):
            continue  # not enough words in common for any alignment to count: skip the costly step
        matcher = SequenceMatcher(None, keys, source.keys[w_lo:w_hi], autojunk=False)
        blocks = trim_strays([(b.a, b.b, b.size) for b in matcher.get_matching_blocks() if b.size])
        if not blocks:
            continue
        same = sum(b[2] for b in blocks)
        first, last = w_lo + blocks[0][1], w_lo + blocks[-1][1] + blocks[-1][2]
        # Quoted words before the first match or after the last were changed ones: take as many source words.
        first -= min(blocks[0][0], first - w_lo, EDGE_WORDS)
        last += min(len(keys) - blocks[-1][0] - blocks[-1][2], w_hi - last, EDGE_WORDS)
        similarity = 2 * same / (len(keys) + (last - first))
        if similarity > best_similarity:
            best, best_similarity = (first, last, same), similarity
    return best


def aligned(quote: Sequence[Word], source: SourceText) -> Match | None:
    """The most alike source stretch for a quotation whose words differ, by local word alignment.

    The pieces between ellipses are aligned one after the other, so words left out between them do not count.
    """
    keys = [w.key for w in quote]
    parts: list[tuple[int, int, int, int]] = []
    same = stretch = after = 0
    for i, j in ellipsis_pieces(quote):
        found = _align_piece(keys[i:j], source, after)
        if found is not None:
            first, last, matched = found
            parts.append((i, j, first, last))
            same, stretch, after = same + matched, stretch + last - first, last
    if not parts:
        return None
    return Match(source.doc, parts[0][2], parts[-1][3], False, 2 * same / (len(keys) + stretch), same / len(keys),
                 tuple(parts))
