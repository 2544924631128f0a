"""The disfluency rule tried by helper quotes8 (not landed): quotations the check calls altered whose only changes are
source disfluencies dropped, against the gold's verdicts.

    python eval/disfluency_census.py [--only NAME] [--any]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
every altered verdict of the check is asked whether its only changes are dropped disfluencies of the source: fillers
("uh", "um") or a false start, words the speaker says again right after (or before) a dash or an ellipsis ("in — in
the world"). Each quotation the rule would call exact is printed with the gold's verdict for it; the counts by gold
verdict close the run. `--any` excuses every dropped word instead (the reverse risk: real drops such a loose rule
would hide). The rule as a core change (quotes/disfluency.py, hooked in check._Checker._quote) is commit f677f87d on
branch quotes8; the kept-out pool vetoed it (docs/engine.md, Round 48, helper quotes8)."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Spans, load_gold, overlaps  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language.worddiff import DELETE, EQUAL, diff_words  # noqa: E402
from readout_viewer.core.model import ALTERED  # noqa: E402
from readout_viewer.core.quotes import check  # noqa: E402
from readout_viewer.core.quotes.words import Word  # noqa: E402

# Sounds a transcript writes down and no editor keeps.
FILLERS = frozenset("uh um uhm er erm ah".split())
# What stands between a false start and its restart: a dash or an ellipsis ("very, very" may be meant).
_BREAK = re.compile(r"\s*(?:[\u2014\u2013]|--?|\u2026|\.\s?\.\s?\.)\s*")
ANY_DROP = False  # --any: every dropped word excused

_excused: list[tuple[str, int, int, str, str]] = []
_quote = check._Checker._quote


def disfluent_only(source: Sequence[Word], source_text: str, quote: Sequence[Word]) -> bool:
    """Whether the quotation's words differ from the source's only by dropped source disfluencies."""
    ops = diff_words([w.key for w in source], [w.key for w in quote])
    if not any(op == DELETE for op, _ in ops) or any(op not in (DELETE, EQUAL) for op, _ in ops):
        return False
    at = 0
    for op, n in ops:
        if op == DELETE and not (ANY_DROP or _disfluency(source, source_text, at, at + n)):
            return False
        at += n
    return True


def _disfluency(source: Sequence[Word], text: str, i: int, j: int) -> bool:
    """Whether source words [i, j) are fillers, or repeated by the n words after (or before) them across a break."""
    keys = [w.key for w in source]
    if all(k in FILLERS for k in keys[i:j]):
        return True
    n = j - i
    after = keys[j:j + n] == keys[i:j] and j < len(source) and _broken(text, source[j - 1].end, source[j].start)
    before = i >= n and keys[i - n:i] == keys[i:j] and _broken(text, source[i - 1].end, source[i].start)
    return after or before


def _broken(text: str, end: int, start: int) -> bool:
    return _BREAK.fullmatch(text, end, start) is not None


def _recording(self, region, match):
    """`_Checker._quote`, with each altered quotation the rule would excuse kept for the census."""
    quote = _quote(self, region, match)
    if quote.verdict != ALTERED:
        return quote
    source, text = self.sources[match.doc], self.docs[match.doc].text
    parts = match.parts or ((0, len(region.words), match.first, match.last),)
    if sum(j - i for i, j, _, _ in parts) == len(region.words) and all(
            disfluent_only(source.words[first:last], text, region.words[i:j]) for i, j, first, last in parts):
        start, end = source.span(match.first, match.last)
        _excused.append((region.doc.id, region.start, region.end, region.doc.text[region.start:region.end],
                         text[start:end]))
    return quote


def census(name: str, folder: Path, gold_path: Path) -> Counter:
    _excused.clear()
    data = jsonio.to_dict(analyze(folder))
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    counts: Counter = Counter()
    for doc, start, end, quoted, source in _excused:
        item = {"doc": doc, "start": start, "end": end}
        want = [q["verdict"] for q in gold.get("quotes", []) if overlaps(item, spans.span(q["in"]))]
        verdict = want[0] if want else "not in gold"
        counts[verdict] += 1
        print(f"  {name}: gold {verdict}: {' '.join(quoted.split())[:140]!r}")
        print(f"      source {' '.join(source.split())[:160]!r}")
    return counts


def main() -> None:
    global ANY_DROP
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--any", action="store_true", help="excuse every dropped word (the reverse risk)")
    args = ap.parse_args()
    ANY_DROP = args.any
    check._Checker._quote = _recording  # type: ignore[method-assign]
    total: Counter = Counter()
    for name, folder, gold in readable():
        if args.only and name != args.only:
            continue
        total += census(name, folder, gold)
    for verdict, n in sorted(total.items()):
        print(f"{n:4d}  excused, gold {verdict}")


if __name__ == "__main__":
    main()
