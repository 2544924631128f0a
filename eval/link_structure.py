"""Required links the engine misses, by structure: what else each end is linked to, where the pair ranks and scores.

    python eval/link_structure.py [--only NAME] [--rows] [--read]

On dev, the old folder and every readable event (never one of KEPT_OUT: `unlinked.readable`; `--read`: the read events
alone, the pool pools.py calls readNN). For each required gold link no link of the analysis meets, the pair of claims
closest to it (an outlet statement and an official claim, or two official claims): (a) what the first end (the outlet's,
or either official one) is linked to, in the target's text or in another official text, and whether the gold confirms
those links; (b) whether the target is linked from another sentence of the same document; (c) the gold relation;
(d) the pair's rank and score among the first end's candidates in the target's text with the outlet gates
(`counterparts.ranked` at the pair's threshold; for two official texts too, a probe: their own matching is one to one),
its plain score (`similarity.score`) and shared concepts, and whether the document pair's alignment kept it
(`align.align_one`) before a later pass dropped it; (e) the documents' kinds and the claims' places. Then counts by
family (docs/engine.md, Round 46, helper links103). Counts only; no text is printed but with --rows.

`--twice`: the candidates of the largest family with a structure to read ("target taken by another sentence"): each
outlet statement linked to no official claim, with the official claim it scores best (`similarity.score`) among those
another statement of its outlet links, banded by score, content concepts shared and the distance in statements to the
nearest statement linking it, and the gold's word (req: a required link no link meets today; yes: a link the gold
lists, optional or already met; no: the gold judges the two texts and does not link them; out).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from scoring import Spans, _link_hits, load_gold, overlaps
from unlinked import KEPT_OUT, Gold, _captured, readable

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.linking.align import align_one
from readout_viewer.core.linking.counterparts import OUTLET_CONTENT, OUTLET_SHARED, _content, ranked
from readout_viewer.core.linking.pairs import document_pairs, same_side
from readout_viewer.core.linking.similarity import SETTING, score

BANDS = ((0.35, ">=0.35"), (0.30, "0.30-0.35"), (0.25, "0.25-0.30"), (0.18, "0.18-0.25"), (0.0001, "0-0.18"))


def _band(s: float) -> str:
    return next((name for floor, name in BANDS if s >= floor), "0 (gated)")


def _kind(doc) -> str:
    return f"{doc.role}/{doc.kind or '-'}"


def _rank(ca, tgt, index, ctx, threshold: float) -> tuple[int, float, float]:
    """The target's place among `ca`'s candidates scored above 0 (0: none), its score, the best score there."""
    got = [(s, o) for s, o in ranked(ca, index, ctx.terms, ctx.w, threshold, ctx.speakers) if s > 0]
    place = next((n + 1 for n, (_, o) in enumerate(got) if o.id == tgt.id), 0)
    score = next((s for s, o in got if o.id == tgt.id), 0.0)
    return place, score, got[0][0] if got else 0.0


def rows(name, folder, gold_path) -> list[dict]:
    """One row per required gold link missed."""
    assert name not in KEPT_OUT
    _captured.clear()
    an = analyze(folder)
    ctx, data, gold = _captured[-1], jsonio.to_dict(an), load_gold(gold_path)
    spans, claims = Spans(data, gold.get("docs", {})), {c["id"]: c for c in data["claims"]}
    verdicts = Gold(data, gold_path)
    docs = {d.id: d for d in an.documents}
    pairs = {(p.a.id, p.b.id): p for p in document_pairs([d for d in an.documents if d.compared])}
    partners: dict[str, set[str]] = defaultdict(set)
    for lk in an.links:
        partners[lk.a].add(lk.b)
        partners[lk.b].add(lk.a)
    statements = {c.id for cs in ctx.claims_of.values() for c in cs}
    place = {c.id: n for cs in ctx.claims_of.values() for n, c in enumerate(cs)}
    aligned: dict[tuple[str, str], dict] = {}
    out = []
    for g in gold.get("links", []):
        frm, tos = spans.span(g["from"]), [spans.span(t) for t in g["to"]]
        if not frm or not any(tos) or any(_link_hits(lk, claims, frm, tos) for lk in data["links"]):
            continue
        row = {"event": name, "relation": g.get("relation", "any")}
        ends = [(a, b) for a in claims.values() if overlaps(a, frm) and a["id"] in statements
                for t in tos if t for b in claims.values() if overlaps(b, t) and b["id"] in statements]
        if not ends:
            row["family"] = "no statement covers an end"
            out.append(row)
            continue
        cands = []
        for a, b in ends:
            da, db = docs[a["doc"]], docs[b["doc"]]
            if not da.is_official and db.is_official:
                src, tgt = a, b
            elif da.is_official and not db.is_official:
                src, tgt = b, a
            elif da.is_official and db.is_official:
                src, tgt = (a, b) if (a["doc"], b["doc"]) in pairs else (b, a)
            else:
                src, tgt = a, b
            pair = pairs.get((src["doc"], tgt["doc"]))
            if pair is None or tgt["doc"] not in ctx.indexes:
                cands.append((-1.0, src, tgt, None))
                continue
            ca, cb = an.claim[src["id"]], an.claim[tgt["id"]]
            r = _rank(ca, cb, ctx.indexes[tgt["doc"]], ctx, 0)
            cands.append((r[1], src, tgt, pair))
        _, src, tgt, pair = max(cands, key=lambda x: x[0])
        ds, dt = docs[src["doc"]], docs[tgt["doc"]]
        row.update({"kinds": f"{_kind(ds)} -> {_kind(dt)}", "src pos": min(place.get(src["id"], 0), 6),
                    "tgt pos": min(place.get(tgt["id"], 0), 6),
                    "shape": "official-official" if ds.is_official else "outlet-official" if dt.is_official
                    else "outlet-outlet"})
        if pair is None:
            row["family"] = "documents not paired (date, event)"
            out.append(row)
            continue
        row["same side"] = same_side(pair) if ds.is_official else None
        ca, cb = an.claim[src["id"]], an.claim[tgt["id"]]
        gated = _rank(ca, cb, ctx.indexes[tgt["doc"]], ctx, pair.threshold)
        if (ds.id, dt.id) not in aligned:
            aligned[(ds.id, dt.id)] = align_one(pair, ctx)
        row.update({"gated rank": min(gated[0], 4), "gated score": _band(gated[1]), "best there": _band(gated[2]),
                    "aligned": (ca.id, cb.id) in aligned[(ds.id, dt.id)], "threshold": pair.threshold})
        ta, tb = ctx.terms[ca.id], ctx.terms[cb.id]
        shared = ta.concepts & tb.concepts
        row.update({"plain score": _band(score(ta, tb, ctx.w)), "shared": min(len(shared), 5),
                    "content": min(len(shared - SETTING - ctx.w.who - ctx.w.common), 4),
                    "gate": _gate(ca, cb, ctx) if gated[1] == 0 else "passed"})
        mine = [p for p in partners[ca.id] if docs[an.claim[p].doc].is_official]
        here = [p for p in mine if an.claim[p].doc == dt.id]
        there = [p for p in mine if an.claim[p].doc != dt.id]
        row["src here"] = "none" if not here else "true" if any(verdicts.verdict(ca.id, p) == "yes" for p in here) \
            else "false"
        row["src elsewhere"] = "none" if not there else "other side" if any(
            docs[an.claim[p].doc].side != dt.side for p in there) else "same side"
        taken = [p for p in partners[cb.id] if an.claim[p].doc == ds.id]
        row["tgt from same doc"] = "none" if not taken else "true" if any(
            verdicts.verdict(p, cb.id) == "yes" for p in taken) else "false"
        row["tgt linked at all"] = bool(partners[cb.id])
        row["distance"] = min([abs(place[p] - place[ca.id]) for p in taken] or [9]) if taken else None
        row["src links here"] = len(here)
        row["family"] = _family(row, gated)
        row["text"], row["other"] = ca.text, cb.text
        out.append(row)
    return out


def _gate(ca, cb, ctx) -> str:
    """Which outlet gate scores a pair 0 (`counterparts.ranked_terms`, `_outlet_score`), the first that applies."""
    sa, sb = ctx.speakers.get(ca.id), ctx.speakers.get(cb.id)
    if sa is not None and sb is not None and sa != sb:
        return "another leader's words"
    ta, tb = ctx.terms[ca.id], ctx.terms[cb.id]
    shared = ta.concepts & tb.concepts
    if len(shared) < OUTLET_SHARED:
        return f"{min(len(shared), OUTLET_SHARED - 1)} concept(s) shared, not a close pair"
    if len(_content(ta, tb, shared, ctx.w)) < OUTLET_CONTENT:
        return f"{OUTLET_SHARED}+ shared, {len(_content(ta, tb, shared, ctx.w))} of them content"
    return "scored, 0 on the whole and its pieces"


def _family(row: dict, gated: tuple) -> str:
    """The structural family of one miss, the first that applies."""
    if row["aligned"]:
        return "kept by its pair's alignment, dropped by a later pass"
    if row["src here"] == "true":
        return "second counterpart in a text the first end already links (rightly)"
    if row["src here"] == "false":
        return "lost to a wrong candidate of the same text"
    if row["src elsewhere"] != "none":
        return f"first end linked only to another official text ({row['src elsewhere']})"
    if row["tgt from same doc"] != "none":
        return f"both unlinked to each other; target taken by another sentence ({row['tgt from same doc']})"
    if gated[1] >= row["threshold"]:
        return "both free, scores over the threshold, not kept"
    if gated[1] > 0:
        return "both free, under the threshold"
    return "both free, stopped by the outlet gates (shared concepts, content, speaker)"


def twice_told(name, folder, gold_path) -> list[tuple[str, int, int, str]]:
    """(score band, content concepts, distance, the gold's word) of each unlinked outlet statement's best claim among
    those the other statements of its outlet link."""
    assert name not in KEPT_OUT
    _captured.clear()
    an = analyze(folder)
    ctx, data, gold = _captured[-1], jsonio.to_dict(an), load_gold(gold_path)
    spans, claims = Spans(data, gold.get("docs", {})), {c["id"]: c for c in data["claims"]}
    missed = [(f, ts) for f, ts in ((spans.span(g["from"]), [spans.span(t) for t in g["to"]])
                                    for g in gold.get("links", [])) if f and not any(
        _link_hits(lk, claims, f, ts) for lk in data["links"])]
    verdicts, docs, w = Gold(data, gold_path), {d.id: d for d in an.documents}, ctx.w
    partners: dict[str, set[str]] = defaultdict(set)
    for lk in an.links:
        partners[lk.a].add(lk.b)
        partners[lk.b].add(lk.a)
    out = []
    for did, cs in ctx.claims_of.items():
        if docs[did].is_official:
            continue
        for n, x in enumerate(cs):
            if x.id not in ctx.terms or any(docs[an.claim[p].doc].is_official for p in partners[x.id]):
                continue
            found = [(score(ctx.terms[x.id], ctx.terms[y], w), abs(m - n), y) for m, z in enumerate(cs) if z is not x
                     for y in partners[z.id] if y in ctx.terms and docs[an.claim[y].doc].is_official]
            if not found:
                continue
            s, dist, y = max(found)
            content = (ctx.terms[x.id].concepts & ctx.terms[y].concepts) - SETTING - w.who - w.common - w.names
            word = verdicts.verdict(x.id, y)
            if word == "yes" and any(_link_hits({"a": x.id, "b": y}, claims, f, ts) for f, ts in missed):
                word = "req"
            out.append((_band(s), min(len(content), 3), min(dist, 3), word))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--read", action="store_true", help="the read events alone, not dev and the old folder")
    parser.add_argument("--twice", action="store_true", help="the candidates told twice by an outlet, not the misses")
    args = parser.parse_args()
    if args.twice:
        table: dict[tuple, Counter] = defaultdict(Counter)
        for name, folder, gold_path in readable():
            if args.only in name and not (args.read and name in ("dev", "old")):
                for band, content, dist, word in twice_told(name, folder, gold_path):
                    table[(band, content, dist)][word] += 1
        print("score band, content concepts (3: 3+), distance (3: 3+): req / yes / no / out")
        for key in sorted(table):
            print(f"  {key}: {table[key]['req']} / {table[key]['yes']} / {table[key]['no']} / {table[key]['out']}")
        return
    all_rows: list[dict] = []
    for name, folder, gold_path in readable():
        if args.only in name and not (args.read and name in ("dev", "old")):
            all_rows += rows(name, folder, gold_path)
    print(f"{len(all_rows)} required links missed, {len({r['event'] for r in all_rows})} events")
    fam = Counter(r["family"] for r in all_rows)
    print("by family (events):")
    for f, n in fam.most_common():
        print(f"  {n:4d}  {f}  ({len({r['event'] for r in all_rows if r['family'] == f})})")
    for key in ("gate", "plain score", "shared", "content", "shape", "kinds", "relation", "same side", "gated rank",
                "gated score", "best there", "src here", "src elsewhere", "tgt from same doc", "tgt linked at all",
                "distance", "src links here", "src pos", "tgt pos"):
        counts = Counter(str(r.get(key)) for r in all_rows if key in r)
        print(f"  by {key}: {dict(sorted(counts.items()))}")
    for f in fam:
        sub = [r for r in all_rows if r["family"] == f and "plain score" in r]
        if sub:
            print(f"  {f[:50]}: plain score {dict(sorted(Counter(r['plain score'] for r in sub).items()))}; "
                  f"content {dict(sorted(Counter(r['content'] for r in sub).items()))}; "
                  f"shape {dict(Counter(r['shape'] for r in sub))}")
    if args.rows:
        for r in sorted(all_rows, key=lambda r: r["family"]):
            print(f"{r['family'][:40]:40s} {r['event'][:22]:22s} {r.get('plain score', '')} {r.get('gated rank', '')}"
                  f" | {r.get('text', '')[:100]!r} ~ {r.get('other', '')[:100]!r}")


if __name__ == "__main__":
    main()
