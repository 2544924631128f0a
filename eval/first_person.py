"""Official texts in a leader's first person ("I welcomed ...", "We agreed ..."): their required links to the other
official texts, found or missed: a census.

    python eval/first_person.py [--only NAME]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each official text's first person outside quotation marks is counted ("I", "me", "my" and "we", "our", "us"); a text
with at least MIN_SINGULAR of the first is a leader's own account (a post, a statement to the press). Each required
gold link between such a text and another official text (of either side) is found or missed; a missed one is shown
with its best pair's words-alone score, the content concepts shared and the shape it meets (`official_sides._family`).
Then the false links from such texts. Not a test: docs/engine.md (Round 44, links100) records what it showed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import unlinked  # noqa: E402
from official_pairs import Folder  # noqa: E402
from official_sides import _family, _sides, gold_links  # noqa: E402
from scoring import Span, _link_hits, _pair  # noqa: E402

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
    required = found = 0

    def kept(frm: Span, tos: list[Span]) -> list[Span]:
        tos = [t for t in tos if t[0] in side]
        return tos if ({frm[0]} | {t[0] for t in tos}) & first else []

    for g, best in gold_links(f, side, kept):
        required += 1
        if best is None:
            found += 1
            continue
        s, a, b, shared = best
        if not a:
            fams["an end not a claim"] += 1
            continue
        fam = _family(f, s, a, b, shared)
        fams[fam] += 1
        print(f"  missed {g.get('id')} [{fam}] score {s:.3f} shared {shared}\n    [{f.name(a)}] {f.said(a)}\n"
              f"    [{f.name(b)}] {f.said(b)}")
    return required, found, _false(f, first)


def _false(f: Folder, first: set[str]) -> int:
    """Links between a first-person official text and another official text no gold link covers."""
    gold = [(f.spans.span(g["from"]), [f.spans.span(t) for t in g["to"]]) for g in f.gold.get("links", [])]
    gold += [(f.spans.span([o[0], o[1]]), [f.spans.span(t) for t in o[2]]) for o in f.gold.get("optional", [])]
    scored = {_pair(a[0], t[0]) for a, ts in gold for t in ts if a and t}
    n = 0
    for lk in f.links:
        da, db = f.claims[lk["a"]]["doc"], f.claims[lk["b"]]["doc"]
        if not {da, db} & first or da not in f.official or db not in f.official or _pair(da, db) not in scored:
            continue
        if not any(_link_hits(lk, f.claims, frm, tos) for frm, tos in gold):
            n += 1
            print(f"  false {float(lk.get('score', 0.0)):.3f} [{f.name(lk['a'])}] {f.said(lk['a'])}\n"
                  f"           ~ [{f.name(lk['b'])}] {f.said(lk['b'])}")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="only the golds whose name contains this")
    args = ap.parse_args()
    fams: Counter[str] = Counter()
    total = [0, 0, 0]
    for name, folder, gold_path in unlinked.readable():
        if args.only and args.only not in name:
            continue
        print(name)
        counts = one_gold(folder, gold_path, fams)
        print("  first-person official links: {} required, {} found, {} false".format(*counts))
        total = [x + y for x, y in zip(total, counts)]
    print("pooled: {} required, {} found, {} false".format(*total))
    for fam, n in fams.most_common():
        print(f"  {n:3d}  {fam}")


if __name__ == "__main__":
    main()
