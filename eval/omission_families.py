"""Omission misses of the readable events, sorted into families, and the reach of a "same point" rule.

    python eval/omission_families.py [--rows]

For every readable event (never one of KEPT_OUT; eval/unlinked.py's list, without dev and the old folder), each pair
(official claim, other text) the gold judges is scored as eval/scoring.py does, and each miss is put in one family:
a pair judged present ("wrongly omitted") by whether the other text links another claim of the same official text,
and how close that claim is by the engine's own similarity; a pair judged left out ("not found") by why the engine
counts it carried (a link to it, a clause of its sentence that carries it, a statement too thin to be missing, a
transcript's point not checked against its own party's account). Then, per threshold, how many present pairs and how
many left-out pairs a rule "not left out by a text whose claim linked to another claim of the same official text
scores this high with it" would turn. Counts only; --rows prints each miss (docs/engine-history.md, Round 45, helper
omit1).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Spans, load_gold, overlaps  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.linking.omissions import can_be_missing, checked_against, companions  # noqa: E402
from readout_viewer.core.linking.similarity import score  # noqa: E402
from readout_viewer.core.linking.weights import weights_for  # noqa: E402

# The thresholds of the "same point" rule to count (the engine's similarity of the official claim and the other text's
# claim linked to its sibling).
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def _pairs(folder: str) -> list[dict[str, Any]]:
    """Each judged pair of one event with the engine's verdict and the features the families read."""
    an = analyze(Path(folder))
    d = jsonio.to_dict(an)
    gold = load_gold(Path(folder) / "gold.yaml")
    spans = Spans(d, gold.get("docs", {}))
    terms, w = weights_for(an.claims_of)
    claims = {c.id: c for c in an.claims}
    docs = {x.id: x for x in an.documents}
    missing: dict[str, set[str]] = {}
    for o in an.omissions:
        missing.setdefault(o.claim, set()).update(o.missing_from)
    linked: dict[str, set[str]] = {}
    for lk in an.links:
        linked.setdefault(lk.a, set()).add(lk.b)
        linked.setdefault(lk.b, set()).add(lk.a)
    out = []
    for judged, sect, key in ((False, "not_omitted", "present_in"), (True, "omissions", "missing_from")):
        for o in gold.get(sect, []):
            span = spans.span(o["span"])
            cs = [c for c in d["claims"] if overlaps(c, span)]
            if not cs:
                continue
            c = claims[cs[0]["id"]]
            doc = docs[c.doc]
            for other in o[key]:
                other = spans.doc(other)
                into = [y for s in an.claims_of[c.doc] if s.id != c.id
                        for y in linked.get(s.id, ()) if claims[y].doc == other]
                out.append({
                    "event": Path(folder).name, "left_out": judged, "text": c.text[:70], "other": other,
                    "engine_missing": any(other in missing.get(x["id"], ()) for x in cs),
                    "linked": any(claims[y].doc == other for x in cs for y in linked.get(x["id"], ())),
                    "sibling_linked": bool(into),
                    "same_point": max((score(terms[c.id], terms[y], w) for y in into), default=-1.0),
                    "statement": can_be_missing(c, doc),
                    "riding": bool(companions(doc, an.claims_of[c.doc]).get(c.id)),
                    "checked": other in checked_against(doc, an.documents)})
    return out


def family(p: dict[str, Any]) -> str:
    """The family of one miss, in general terms."""
    if not p["left_out"]:
        if not p["sibling_linked"]:
            return "present: the text links no other claim of that official text (retold in other words, no link)"
        if p["same_point"] >= 0.3:
            return "present: its claim linked to a sibling scores >= 0.3 with this one (a repeated point)"
        return "present: it links other claims of that official text, none close"
    if p["linked"]:
        return "left out: a link carries it (a false or broad link)"
    if not p["checked"]:
        return "left out: not checked (a transcript's point, its own party's account)"
    if not p["statement"]:
        return "left out: no statement that can be missing (thin, a courtesy)"
    if p["riding"]:
        return "left out: a clause of its sentence carries it"
    return "left out: carried otherwise (a sentence retold whole)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", action="store_true", help="print each miss")
    args = ap.parse_args()
    folders = [str(f) for name, f, _ in readable() if name not in ("dev", "old")]
    with Pool(2) as p:
        pairs = [x for xs in p.map(_pairs, folders) for x in xs]
    misses = [x for x in pairs if x["engine_missing"] != x["left_out"]]
    print(f"{len(pairs)} judged pairs, {len(misses)} misses")
    fams = Counter(family(m) for m in misses)
    for name, n in fams.most_common():
        events = {m["event"] for m in misses if family(m) == name}
        print(f"  {n:4d} in {len(events):2d} events  {name}")
    print("a 'same point' rule: present pairs turned right / left-out pairs turned wrong")
    for th in THRESHOLDS:
        gain = [m for m in misses if not m["left_out"] and m["same_point"] >= th]
        loss = [x for x in pairs if x["left_out"] and x["engine_missing"] and x["same_point"] >= th]
        print(f"  >= {th:.2f}: {len(gain)} ({len({m['event'] for m in gain})} events) / "
              f"{len(loss)} ({len({x['event'] for x in loss})} events)")
    if args.rows:
        for m in sorted(misses, key=lambda m: (family(m), m["event"])):
            print(f"  {family(m)[:40]} | {m['event']} | {m['other'].rsplit('/', 1)[-1]} | "
                  f"{m['same_point']:.2f} | {m['text']}")


if __name__ == "__main__":
    main()
