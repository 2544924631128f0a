"""The links between official texts a gold requires and the engine misses, and where each end is linked instead.

    python benchmarks/official_pairs.py [--only NAME] [--counts]

For corpus/, the old held-out folder and each READABLE event of eval/events (never a kept-out one:
tests/core/test_heldout_events.py KEPT_OUT, read as benchmarks/retelling.py reads it), the gold links whose two ends
are both official texts (readout / readout, readout / briefing) are checked against the engine's links. For each one
missed: the two ends, their score (`linking.similarity.score` as readouts are scored, names counting) with the
concepts they share, the official claims each end is linked to instead with those links' scores, and whether a
paragraph neighbour of one end took the other. Then the links between official texts the gold does not hold (false
pairs: a false "agree" / "diverge" shown to the reader). Per gold and pooled: official links required, missed, missed
with an end linked elsewhere, false. Not a test: docs/engine-history.md (Rounds 29 to 42) records what it showed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
os.environ.setdefault("READOUT_VIEWER_NO_CACHE", "1")

from quality import golds  # noqa: E402
from retelling import kept_out  # noqa: E402
from scoring import Span, Spans, _link_hits, _pair, load_gold, overlaps  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.linking.context import Context, context_for  # noqa: E402
from readout_viewer.core.linking.similarity import score  # noqa: E402
from readout_viewer.core.model import Analysis  # noqa: E402

# How much of a claim's text a line shows.
SHOWN = 150


class Folder:
    """One gold's analysis, read for its official links: claims, links, official texts, the linking's terms."""

    def __init__(self, folder: Path, gold_path: Path) -> None:
        self.analysis: Analysis = analyze(folder)
        data = jsonio.to_dict(self.analysis)
        self.gold = load_gold(gold_path)
        self.spans = Spans(data, self.gold.get("docs", {}))
        self.claims = {c["id"]: c for c in data["claims"]}
        self.links: list[dict[str, Any]] = data.get("links", [])
        self.text = {d["id"]: d["text"] for d in data["documents"]}
        self.official = {d.id for d in self.analysis.documents if d.is_official}
        claims_of: dict[str, list[Any]] = {}
        for c in self.analysis.claims:
            claims_of.setdefault(c.doc, []).append(c)
        self.context: Context = context_for(self.analysis.documents, claims_of)

    def said(self, cid: str) -> str:
        return " ".join(self.analysis.claim[cid].text.split())[:SHOWN]

    def name(self, cid: str) -> str:
        return self.claims[cid]["doc"].rsplit("/", 1)[-1]

    def official_partners(self, cid: str) -> list[tuple[float, str]]:
        """The official claims linked to a claim, with the links' scores."""
        out = []
        for lk in self.links:
            other = lk["b"] if lk["a"] == cid else lk["a"] if lk["b"] == cid else None
            if other is not None and self.claims[other]["doc"] in self.official:
                out.append((float(lk.get("score", 0.0)), other))
        return out

    def neighbours(self, cid: str) -> list[str]:
        """The claims just before and after a claim in its paragraph."""
        doc = self.claims[cid]["doc"]
        row = sorted((c for c in self.claims.values() if c["doc"] == doc), key=lambda c: c["start"])
        at = [c["id"] for c in row].index(cid)
        out = []
        for j in (at - 1, at + 1):
            if 0 <= j < len(row):
                lo, hi = sorted((row[j], self.claims[cid]), key=lambda c: c["start"])
                if "\n\n" not in self.text[doc][lo["end"]:hi["start"]].replace("\r", ""):
                    out.append(row[j]["id"])
        return out

    def linked(self, a: str, b: str) -> bool:
        return any({lk["a"], lk["b"]} == {a, b} for lk in self.links)


def _official_required(f: Folder) -> list[tuple[dict[str, Any], Span, list[Span]]]:
    """The gold links from an official text to another, with their spans."""
    out = []
    for g in f.gold.get("links", []):
        frm, tos = f.spans.span(g["from"]), [t for t in (f.spans.span(t) for t in g["to"]) if t]
        if frm and frm[0] in f.official and any(t[0] in f.official for t in tos):
            out.append((g, frm, [t for t in tos if t[0] in f.official]))
    return out


def _show_miss(f: Folder, g: dict[str, Any], ends: Sequence[Sequence[str]]) -> bool:
    """Print one missed link; whether an end of it is linked to another official claim."""
    elsewhere = False
    lines = [f"  missed {g.get('id')}"]
    for label, cids in zip(("from", "to"), ends):
        for cid in cids:
            lines.append(f"    {label} [{f.name(cid)}] {f.said(cid)}")
            for s, other in f.official_partners(cid):
                elsewhere = True
                lines.append(f"        linked instead {s:.3f} [{f.name(other)}] {f.said(other)}")
    terms, w = f.context.terms, f.context.w
    for a in ends[0]:
        for b in ends[1]:
            if a in terms and b in terms:
                shared = sorted(terms[a].concepts & terms[b].concepts)
                lines.append(f"    score {score(terms[a], terms[b], w, names_only=1.0):.3f}, shared {shared}")
            for x, y in ((a, b), (b, a)):
                lines += [f"    a neighbour of {f.name(x)} #{n.rsplit('#', 1)[-1]} took the other end"
                          for n in f.neighbours(x) if f.linked(n, y)]
    print("\n".join(lines))
    return elsewhere


def _false_pairs(f: Folder) -> int:
    """Print the links between official texts the gold holds no link for (in the pairs of texts it scores)."""
    required = [(f.spans.span(g["from"]), [f.spans.span(t) for t in g["to"]]) for g in f.gold.get("links", [])]
    optional = [(f.spans.span([o[0], o[1]]), [f.spans.span(t) for t in o[2]]) for o in f.gold.get("optional", [])]
    scored = {_pair(a[0], t[0]) for a, ts in required + optional for t in ts if a and t}
    n = 0
    for lk in f.links:
        a, b = f.claims[lk["a"]], f.claims[lk["b"]]
        if a["doc"] not in f.official or b["doc"] not in f.official or _pair(a["doc"], b["doc"]) not in scored:
            continue
        if not any(_link_hits(lk, f.claims, frm, tos) for frm, tos in required + optional):
            n += 1
            print(f"  false {float(lk.get('score', 0.0)):.3f} [{f.name(a['id'])}] {f.said(a['id'])}\n"
                  f"           ~ [{f.name(b['id'])}] {f.said(b['id'])}")
    return n


def one_gold(folder: Path, gold_path: Path) -> tuple[int, int, int, int]:
    """Print one gold's missed and false official links; (required, missed, missed but linked elsewhere, false)."""
    f = Folder(folder, gold_path)
    required = _official_required(f)
    missed = elsewhere = 0
    for g, frm, tos in required:
        if any(_link_hits(lk, f.claims, frm, tos) for lk in f.links):
            continue
        missed += 1
        ends = ([c for c in f.claims if overlaps(f.claims[c], frm)],
                [c for t in tos for c in f.claims if overlaps(f.claims[c], t)])
        elsewhere += _show_miss(f, g, ends)
    return len(required), missed, elsewhere, _false_pairs(f)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="only the golds whose name contains this")
    ap.add_argument("--counts", action="store_true", help="only the counts")
    args = ap.parse_args()
    hidden = kept_out()
    total = [0, 0, 0, 0]
    for name, folder, gold_path in golds():
        if folder.name in hidden or (args.only and args.only not in name):
            continue
        print(name)
        stdout = sys.stdout
        if args.counts:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the listing is dropped, the counts kept
        try:
            counts = one_gold(folder, gold_path)
        finally:
            if args.counts:
                sys.stdout.close()
                sys.stdout = stdout
        print("  official links: {} required, {} missed ({} with an end linked elsewhere), {} false".format(*counts))
        total = [x + y for x, y in zip(total, counts)]
    print("pooled: {} required, {} missed ({} with an end linked elsewhere), {} false".format(*total))


if __name__ == "__main__":
    main()
