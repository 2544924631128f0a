"""Official texts in a leader's first person ("I welcomed ...", "We agreed ..."): their required links to the other
official texts, found or missed: a census.

    python eval/first_person.py [--only NAME]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each official text's first person outside quotation marks is counted ("I", "me", "my" and "we", "our", "us"); a text
with at least MIN_SINGULAR of the first is a leader's own account (a post, a statement to the press). Each required
gold link between such a text and another official text (of either side) is found or missed; a missed one is shown
with its best pair's words-alone score, the content concepts shared and the shape it meets (`official_sides._family`).
Then the false links from such texts. Not a test: docs/engine-history.md (Round 44, links100) records what it showed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from official_pairs import Folder  # noqa: E402
from official_sides import _family, _sides, census, false_links, missed_links  # noqa: E402
from scoring import Span  # noqa: E402

# A leader's own account says "I" more than once outside quotations; one "I" may be a quoted line left unmarked.
MIN_SINGULAR = 2
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_SINGULAR = re.compile(r"\b(?:I|me|my|My)\b")
_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def persons(text: str) -> tuple[int, int]:
    """The first person singular and plural outside quotation marks."""
    bare = _QUOTED.sub(" ", text)
    return len(_SINGULAR.findall(bare)), len(_PLURAL.findall(bare))


def one_gold(folder: Path, gold_path: Path, fams: Counter[str]) -> tuple[int, int, int]:
    """One gold's required, found and false links between a first-person official text and another official text."""
    f = Folder(folder, gold_path)
    side = _sides(f)
    kinds = {d.id: d.kind for d in f.analysis.documents}
    first = set()
    for d in side:
        sing, plur = persons(f.text[d])
        mark = sing >= MIN_SINGULAR
        print(f"  {'FIRST ' if mark else '      '}{d.rsplit('/', 1)[-1]} side {side[d]} kind {kinds.get(d)} "
              f"I/me/my {sing} we/our/us {plur}")
        if mark:
            first.add(d)
    def kept(frm: Span, tos: list[Span]) -> list[Span]:
        tos = [t for t in tos if t[0] in side]
        return tos if ({frm[0]} | {t[0] for t in tos}) & first else []

    counts = [0, 0]
    for g, s, a, b, shared, fam in missed_links(f, side, kept, fams, _family, counts):
        print(f"  missed {g.get('id')} [{fam}] score {s:.3f} shared {shared}\n    [{f.name(a)}] {f.said(a)}\n"
              f"    [{f.name(b)}] {f.said(b)}")
    return counts[0], counts[1], false_links(f, lambda a, b: bool({a, b} & first) and {a, b} <= f.official)


def main() -> None:
    census(lambda name, folder, gold_path, fams: one_gold(folder, gold_path, fams), "first-person", __doc__)

if __name__ == "__main__":
    main()
