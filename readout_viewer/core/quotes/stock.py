"""Stock phrases: a run of words both sides' official texts use ("a free and open Indo-Pacific") is common currency
of the folder, no sign of where a quotation holding it comes from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.quotes.source_text import SourceText

# Official texts of this many sides must hold a run for it to be the folder's common currency: a slogan both
# governments use ("free and open Indo-Pacific", "comprehensive strategic partnership"), not one side's wording that
# outlets repeat (a run in most outlets is usually a readout's sentence quoted by each: their quotation, not a slogan).
STOCK_SIDES = 2


def shared_runs(quote: Sequence[str], passage: Sequence[str]) -> list[tuple[str, ...]]:
    """The runs of words quotation and passage share in order (as the alignment matches them), those holding a
    content word only: a shared "and" or "a" says nothing of where the quotation comes from."""
    matcher = SequenceMatcher(None, list(quote), list(passage), autojunk=False)
    runs = (tuple(quote[b.a:b.a + b.size]) for b in matcher.get_matching_blocks() if b.size)
    return [run for run in runs if any(k not in STOPWORDS for k in run)]


def stock_only(quote: Sequence[str], passage: Sequence[str], common: Callable[[tuple[str, ...]], bool]) -> bool:
    """Whether every run of content a quotation shares with a passage is common currency (`common`): the match then
    rests on a stock phrase alone ("for his leadership and vision for a free and open Indo-Pacific" against "to
    address regional challenges and to realize a Free and Open Indo-Pacific"), and the passage is not its origin."""
    runs = shared_runs(quote, passage)
    return bool(runs) and all(common(run) for run in runs)


def held_by_sides(run: tuple[str, ...], officials: Sequence[tuple[str | None, SourceText]]) -> bool:
    """Whether official texts of STOCK_SIDES sides hold the run word for word (`officials`: each one's side and
    words; a text of no known side counts for none)."""
    sides = {side for side, source in officials if side is not None and source.occurrences(run)}
    return len(sides) >= STOCK_SIDES
