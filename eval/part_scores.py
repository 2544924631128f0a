"""An outlet sentence that retells one part of a long official sentence, or joins two: a per-part score census.

    python eval/part_scores.py [--only NAME] [--rows] [--split pieces|commas] [--floor F]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable).
Official side: each official claim that parts into two or more (`--split`: `pieces`, `part_paraphrases.pieces`, the
engine's own clause and piece cuts; `commas`, those parted again at every comma, ", and <article>" and "as well as",
eval/official_parts.COMMAS, a probe) is scored part by part against every outlet claim of a compared outlet text,
with the engine's outlet score and gates (`counterparts._outlet_score`, the `least` that `ranked` sets), each part's
score taken at PIECE_SHARE as the engine takes a piece's. A candidate is a pair the analysis leaves unlinked whose
whole score is under the outlet floor and whose best part's score reaches `--floor`: the gold's word on it (yes: a
required or optional gold link; no: the gold judges the two texts and does not link them; out), and whether the outlet
sentence is already linked into that official text. Converse: each outlet claim parted the same way, its best part
against the whole official claim. Also: how many required missed links (`folder_pairs.missed_pairs`) have a compound
official end, and how many of those a part score would reach. Counts only; --rows prints the candidates the gold
judges (docs/engine-history.md, Round 45, helper links101)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import analysed, missed_pairs  # noqa: E402
from official_parts import COMMAS  # noqa: E402
from scoring import load_gold  # noqa: E402
from unlinked import KEPT_OUT, readable  # noqa: E402

from readout_viewer.core.language.reports import reports_a_leader  # noqa: E402
from readout_viewer.core.linking.claim_parts import reported  # noqa: E402
from readout_viewer.core.linking.counterparts import CLOSE_SHARED, OUTLET_SHARED, PIECE_SHARE, _content, _outlet_score  # noqa: E402
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD  # noqa: E402
from readout_viewer.core.linking.part_paraphrases import pieces  # noqa: E402
from readout_viewer.core.linking.similarity import mention  # noqa: E402
from readout_viewer.core.linking.terms import terms as text_terms  # noqa: E402

# The bands a missed link's best part score is counted in (the outlet floor is 0.35).
BANDS = ((0.0, 0.12), (0.12, 0.25), (0.25, 0.35), (0.35, 2.0))


def split(text: str, how: str) -> list[str]:
    out = pieces(text)
    if how == "commas":
        out = [q for p in out for q in COMMAS.split(p) if q and len(q.split()) >= 2]
    return out if len(out) > 1 else []


def census(name, folder, gold_path, how, floor, rows, missed):
    assert name not in KEPT_OUT
    analysis, ctx, gold, docs, doc_of, into, pairs = analysed(folder, gold_path)
    terms, w, speakers = ctx.terms, ctx.w, ctx.voices
    part_terms: dict[str, list] = {}

    def parted(c):
        if c.id not in part_terms:
            part_terms[c.id] = [text_terms(reported(p), w.acronyms) for p in split(c.text, how)]
        return part_terms[c.id]

    def least(a):
        return CLOSE_SHARED if speakers.get(a.id) is not None and reports_a_leader(a.text) else OUTLET_SHARED

    linked = {(lk.a, lk.b) for lk in analysis.links} | {(lk.b, lk.a) for lk in analysis.links}
    for pair in pairs:
        if not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        for a in ctx.claims_of.get(pair.a.id, ()):
            if a.id not in terms:
                continue
            mine, lst = terms[a.id], least(a)
            for b in ctx.claims_of.get(pair.b.id, ()):
                if b.id not in terms or (a.id, b.id) in linked:
                    continue
                whole = _outlet_score(mine, w.pieces.get(a.id, ()), terms[b.id], w.pieces.get(b.id, ()), w, lst)
                if whole >= OUTLET_THRESHOLD:
                    continue
                theirs = terms[b.id]
                for side, parts_ in (("official", parted(b)), ("outlet", parted(a))):
                    if not parts_:
                        continue
                    duos = [(mine, t) if side == "official" else (t, theirs) for t in parts_]
                    best, bt = max((PIECE_SHARE * _outlet_score(x, (), y, (), w, lst), i)
                                   for i, (x, y) in enumerate(duos))
                    t, (x, y) = parts_[bt], duos[bt]
                    content = _content(x, y, x.concepts & y.concepts, w) - w.common
                    if best >= floor:
                        rows.append({"event": name, "side": side, "score": best, "whole": whole,
                                     "verdict": gold.verdict(a.id, b.id), "elsewhere": bool(into.get((a.id, b.doc))),
                                     "any": any(k[0] == a.id for k in into), "content": sorted(content),
                                     "mention": mention(t, w), "part": bt, "n": len(parts_),
                                     "text": a.text, "other": b.text})
    required = len(load_gold(gold_path).get("links", []))
    for fa, tb in missed_pairs(analysis, gold, required, docs, doc_of):
        best = (-1.0, 0)
        for a in fa:
            for b in tb:
                if a not in terms or b not in terms:
                    continue
                for t in parted(analysis.claim[b]):
                    c = _content(terms[a], t, terms[a].concepts & t.concepts, w) - w.names - w.common
                    best = max(best, (PIECE_SHARE * _outlet_score(terms[a], (), t, (), w, CLOSE_SHARED), len(c)))
        missed.append({"event": name, "compound": best[0] >= 0, "score": best[0], "content": best[1]})

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--split", default="pieces", choices=("pieces", "commas"))
    ap.add_argument("--floor", type=float, default=OUTLET_THRESHOLD)
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    rows: list[dict] = []
    missed: list[dict] = []
    for name, folder, gold_path in readable():
        if args.only in name:
            census(name, folder, gold_path, args.split, args.floor, rows, missed)
    comp = [m for m in missed if m["compound"]]
    print(f"split {args.split}, floor {args.floor}: {len(missed)} required outlet -> official links missed; "
          f"official end compound {len(comp)} ({len({m['event'] for m in comp})} events); a part reaches the floor "
          f"{sum(m['score'] >= args.floor for m in comp)} "
          f"({len({m['event'] for m in comp if m['score'] >= args.floor})} events)")
    for lo, hi in BANDS:
        got = Counter(min(m["content"], 4) for m in comp if lo <= m["score"] < hi)
        print(f"  best part {lo:.2f}-{hi:.2f}: {sum(got.values()):3d}  by content concepts shared with it "
              f"0/1/2/3/4+: {'/'.join(str(got[k]) for k in range(5))}")
    for side in ("official", "outlet"):
        got = [r for r in rows if r["side"] == side]
        for label, keep in (("all", lambda r: True),
                            ("sentence not linked into that text", lambda r: not r["elsewhere"])):
            c = Counter(r["verdict"] for r in got if keep(r))
            ev = len({r["event"] for r in got if keep(r) and r["verdict"] == "yes"})
            print(f"  {side} parted, {label}: yes {c['yes']} ({ev} events) no {c['no']} out {c['out']}")
    for r in sorted(rows, key=lambda r: (r["side"], -r["score"])) if args.rows else ():
        if r["verdict"] != "out":
            print(f"{r['side']:8s} {r['verdict']:3s} {r['score']:.2f} (whole {r['whole']:.2f}) "
                  f"linked-there={r['elsewhere']} any={r['any']} m={r['mention']} part={r['part']}/{r['n']} "
                  f"{r['content']} {r['event']}\n    {' '.join(r['text'].split())[:150]}\n"
                  f"  ~ {' '.join(r['other'].split())[:150]}")


if __name__ == "__main__":
    main()
