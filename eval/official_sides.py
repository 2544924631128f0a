"""The two sides' official texts linked to each other: each required link between two sides' official texts, by shape.

    python eval/official_sides.py [--only NAME]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each gold link whose two ends are official texts of different sides (`Document.side`) is found or missed; each missed
one is put in one family by the first test it meets (`_family`), with its best pair's words-alone score, the content
concepts shared, the speakers (`Context.speakers`), the two texts' sizes in claims and what each end is linked to
instead. Then the links between two sides' official texts the gold does not hold. Not a test: docs/engine-history.md
(Round 42, links91) records what it showed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import unlinked  # noqa: E402
from official_pairs import Folder  # noqa: E402
from scoring import Span, _link_hits, _pair, overlaps  # noqa: E402

from readout_viewer.core.linking.readouts import MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD  # noqa: E402
from readout_viewer.core.linking.similarity import score  # noqa: E402

# Two official texts this many times apart in claims are in different registers (a long readout beside a short one).
REGISTER_RATIO = 3


def _sides(f: Folder) -> dict[str, str | None]:
    return {d.id: d.side for d in f.analysis.documents if d.is_official}


def counted(side: dict[str, Any], a: str, b: str, same: bool) -> bool:
    """Whether official texts `a` and `b` are a pair this census counts: of two sides, or (`same`, for
    eval/same_side_links.py) two texts of one side."""
    return side[a] is not None and side[a] == side[b] and a != b if same else side[a] != side[b]


def _best(f: Folder, froms: list[str], tos: list[str]) -> tuple[float, str, str, list[str]]:
    """The best-scoring pair of claims the two ends cover, with the content concepts they share."""
    terms, w = f.context.terms, f.context.w
    best = (-1.0, "", "", [])
    for a in froms:
        for b in tos:
            if a in terms and b in terms:
                s = score(terms[a], terms[b], w, names_only=1.0)
                shared = sorted((terms[a].concepts & terms[b].concepts) - w.names - w.common - w.who)
                if s > best[0]:
                    best = (s, a, b, shared)
    return best


def _family(f: Folder, s: float, a: str, b: str, shared: list[str]) -> str:
    """The first shape a missed pair meets."""
    taken_a = [o for _, o in f.official_partners(a) if f.claims[o]["doc"] == f.claims[b]["doc"]]
    taken_b = [o for _, o in f.official_partners(b) if f.claims[o]["doc"] == f.claims[a]["doc"]]
    sp = f.context.speakers
    if a in sp and b in sp and sp[a] != sp[b]:
        return "two speakers named"
    if not shared:
        return "no content concept shared"
    if taken_a and taken_b:
        return "both ends paired elsewhere in the other text"
    if taken_a or taken_b:
        return "one end paired elsewhere (a compound told in two)"
    if s < MUTUAL_THRESHOLD:
        return "both free, under the mutual floor"
    if s < OFFICIAL_THRESHOLD:
        return "both free, mutual floor met, not each other's best or too few shared"
    return "both free, over the floor"


def gold_links(f: Folder, side: dict[str, Any], kept: Callable[[Span, list[Span]], list[Span]]
               ) -> Iterator[tuple[dict[str, Any], tuple[float, str, str, list[str]] | None]]:
    """Each required gold link from an official text whose ends `kept` leaves some of (given its start and its ends in
    the folder), with None when the engine links it, else its best pair's score, claims and shared concepts."""
    for g in f.gold.get("links", []):
        frm = f.spans.span(g["from"])
        if not frm or frm[0] not in side:
            continue
        tos = kept(frm, [t for t in (f.spans.span(t) for t in g["to"]) if t])
        if not tos:
            continue
        if any(_link_hits(lk, f.claims, frm, tos) for lk in f.links):
            yield g, None
            continue
        froms = [c for c in f.claims if overlaps(f.claims[c], frm)]
        ends = [c for t in tos for c in f.claims if overlaps(f.claims[c], t)]
        yield g, _best(f, froms, ends)


def missed_links(f: Folder, side: dict[str, Any], kept: Callable[[Span, list[Span]], list[Span]],
                 fams: Counter[str], family: Callable[[Folder, float, str, str, list[str]], str], counts: list[int]
                 ) -> Iterator[tuple[dict[str, Any], float, str, str, list[str], str]]:
    """gold_links' required links counted in `counts` (required, found); each missed one whose ends are claims yielded
    with its best pair and its family (counted in `fams`, as "an end not a claim" is)."""
    for g, best in gold_links(f, side, kept):
        counts[0] += 1
        if best is None:
            counts[1] += 1
            continue
        s, a, b, shared = best
        if not a:
            fams["an end not a claim"] += 1
            print(f"  missed {g.get('id')}: an end not a claim")
            continue
        fam = family(f, s, a, b, shared)
        fams[fam] += 1
        yield g, s, a, b, shared, fam


def one_gold(name: str, folder: Path, gold_path: Path, fams: Counter[str], same: bool = False,
             family: Callable[[Folder, float, str, str, list[str]], str] = _family,
             note: Callable[[dict[str, Any], Counter[str]], None] | None = None) -> tuple[int, int, int]:
    """One gold's required, found and false links between the pairs `counted` (`family` names a missed one's shape;
    `note` is told each folder's sides first)."""
    f = Folder(folder, gold_path)
    side = _sides(f)
    if note:
        note(side, fams)
    size = Counter(c["doc"] for c in f.claims.values())
    counts = [0, 0]
    for g, s, a, b, shared, fam in missed_links(f, side, lambda frm, tos: [
            t for t in tos if t[0] in side and side[t[0]] and side[frm[0]] and counted(side, frm[0], t[0], same)],
            fams, family, counts):
        rivals = [sc for x, y in ((a, f.claims[b]["doc"]), (b, f.claims[a]["doc"]))
                  for sc, o in f.official_partners(x) if f.claims[o]["doc"] == y]
        if rivals:
            fams["  (of which an end's partner there outscores the pair)" if max(rivals) > s
                 else "  (of which the pair outscores an end's partner there)"] += 1
        da, db = f.claims[a]["doc"], f.claims[b]["doc"]
        reg = max(size[da], size[db]) >= REGISTER_RATIO * max(1, min(size[da], size[db]))
        print(f"  missed {g.get('id')} [{fam}] score {s:.3f} shared {shared} speakers "
              f"{f.context.speakers.get(a)}/{f.context.speakers.get(b)} sizes {size[da]}/{size[db]}"
              f"{' REGISTER' if reg else ''}\n    [{f.name(a)}] {f.said(a)}\n    [{f.name(b)}] {f.said(b)}")
        for x in (a, b):
            for sc, o in f.official_partners(x):
                print(f"      {f.name(x)} linked instead {sc:.3f} [{f.name(o)}] {f.said(o)}")
    return counts[0], counts[1], false_links(f, lambda a, b: a in side and b in side and counted(side, a, b, same))


def false_links(f: Folder, kept: Callable[[str, str], bool]) -> int:
    """The links between two official texts `kept` accepts that no required or optional gold link covers (printed)."""
    required = [(f.spans.span(g["from"]), [f.spans.span(t) for t in g["to"]]) for g in f.gold.get("links", [])]
    optional = [(f.spans.span([o[0], o[1]]), [f.spans.span(t) for t in o[2]]) for o in f.gold.get("optional", [])]
    scored = {_pair(a[0], t[0]) for a, ts in required + optional for t in ts if a and t}
    n = 0
    for lk in f.links:
        da, db = f.claims[lk["a"]]["doc"], f.claims[lk["b"]]["doc"]
        if not kept(da, db) or _pair(da, db) not in scored:
            continue
        if not any(_link_hits(lk, f.claims, frm, tos) for frm, tos in required + optional):
            n += 1
            print(f"  false {float(lk.get('score', 0.0)):.3f} {lk.get('relation')} "
                  f"[{f.name(lk['a'])}] {f.said(lk['a'])}\n"
                  f"           ~ [{f.name(lk['b'])}] {f.said(lk['b'])}")
    return n


def census(one: Callable[[str, Path, Path, Counter[str]], tuple[int, int, int]], what: str, doc: str) -> None:
    """Run `one` (a gold's required, found and false links) on every readable gold; print each and the pool."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--only", help="only the golds whose name contains this")
    args = ap.parse_args()
    fams: Counter[str] = Counter()
    total = [0, 0, 0]
    for name, folder, gold_path in unlinked.readable():
        if args.only and args.only not in name:
            continue
        print(name)
        counts = one(name, folder, gold_path, fams)
        print(f"  {what} official links: " + "{} required, {} found, {} false".format(*counts))
        total = [x + y for x, y in zip(total, counts)]
    print("pooled: {} required, {} found, {} false".format(*total))
    for fam, n in sorted(fams.items(), key=lambda kv: (kv[0].startswith(" "), -kv[1])):
        print(f"  {n:3d}  {fam}")


def main(same: bool = False, family: Callable[[Folder, float, str, str, list[str]], str] = _family,
         note: Callable[[dict[str, Any], Counter[str]], None] | None = None, what: str = "two sides'",
         doc: str = __doc__) -> None:
    census(lambda name, folder, gold_path, fams: one_gold(name, folder, gold_path, fams, same, family, note), what,
           doc)

if __name__ == "__main__":
    main()
