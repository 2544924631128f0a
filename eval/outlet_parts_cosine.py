"""An outlet sentence left unlinked that retells one part of a long official sentence: a census by the model's cosine.

    READOUT_VIEWER_MODEL=minilm READOUT_VIEWER_NO_CACHE=1 python eval/outlet_parts_cosine.py [--only NAME] [--rows]

For dev, the old folder and every readable event (never one of KEPT_OUT: `unlinked.readable`), analysed with the
model (its passes run). Each outlet claim the analysis links to no official claim, against every claim of each
official text of its event it is compared with (`folder_pairs.analysed`'s pairs), whole and part by part
(`official_parts.split`, `commas`: `told_parts`, `parts`, then every comma, ", and <article>", "as well as"; a probe):
its best official claim by the best part's cosine, that cosine, the whole's, the margin over the next-best claim, the
content concepts the outlet sentence shares with the part, whether the official text is a transcript, and the gold's
word on the pair (yes: a required or optional link; no: the gold judges the two texts and does not link them; out).
Counted by band. Also: how many missed required outlet -> official rows (`folder_pairs.missed_pairs`) a part reaches.
Counts only (docs/engine-history.md, Round 45, helper sem9)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import analysed  # noqa: E402
from official_parts import split  # noqa: E402
from unlinked import KEPT_OUT, readable  # noqa: E402

from readout_viewer.core.linking.claim_parts import reported  # noqa: E402
from readout_viewer.core.linking.counterparts import _content  # noqa: E402
from readout_viewer.core.linking.omissions import is_transcript  # noqa: E402
from readout_viewer.core.linking.terms import terms as text_terms  # noqa: E402

BANDS = (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 2.0)


def census(name, folder, gold_path, how, out: list) -> None:
    assert name not in KEPT_OUT
    analysis, ctx, gold, docs, doc_of, into, pairs = analysed(folder, gold_path)
    sem, w = ctx.sem, ctx.w
    assert sem.active, "the census needs the sentence model (READOUT_VIEWER_MODEL=minilm)"
    linked = {a for (a, _d) in into}
    texts: dict[str, str] = {}
    for pair in pairs:
        if pair.b.is_official and pair.a.event == pair.b.event:
            for b in ctx.claims_of.get(pair.b.id, ()):
                for i, p in enumerate(split(b.text, how) if len(split(b.text, how)) > 1 else ()):
                    texts[f"{b.id}~cp{i}"] = p
    sem.add(texts)
    sem.embed(list(texts))
    by_claim: dict[str, list] = defaultdict(list)
    for pair in pairs:
        if not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        for a in ctx.claims_of.get(pair.a.id, ()):
            if a.id in linked or a.id not in ctx.terms:
                continue
            for b in ctx.claims_of.get(pair.b.id, ()):
                whole = sem.cos(a.id, b.id)
                ps = [k for k in texts if k.rsplit("~cp", 1)[0] == b.id]
                best, bk = max([(sem.cos(a.id, k), k) for k in ps] or [(whole, b.id)])
                by_claim[a.id].append((max(best, whole), best, whole, bk, b, pair.b))
    for a, cands in by_claim.items():
        cands.sort(key=lambda r: -r[0])
        top, part, whole, bk, b, doc = cands[0]
        runner = cands[1][0] if len(cands) > 1 else 0.0
        pt = texts.get(bk, b.text)
        t = text_terms(reported(pt), w.acronyms)
        content = _content(ctx.terms[a], t, ctx.terms[a].concepts & t.concepts, w) - w.common
        out.append({"event": name, "top": top, "part": part, "whole": whole, "margin": top - runner,
                    "is_part": part > whole, "content": len(content), "transcript": is_transcript(doc),
                    "verdict": gold.verdict(a, b.id), "wanted": gold.wanted(a),
                    "text": analysis.claim[a].text, "other": pt})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--split", default="commas")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    rows: list[dict] = []
    for name, folder, gold_path in readable():
        if args.only in name:
            census(name, folder, gold_path, args.split, rows)
    for label, keep in (("all", lambda r: True), ("part over whole", lambda r: r["is_part"]),
                        ("part over whole, content>=1, no transcript",
                         lambda r: r["is_part"] and r["content"] >= 1 and not r["transcript"]),
                        ("... and margin>=0.05", lambda r: r["is_part"] and r["content"] >= 1 and
                         not r["transcript"] and r["margin"] >= 0.05)):
        print(label)
        for lo, hi in zip(BANDS, BANDS[1:]):
            got = [r for r in rows if keep(r) and lo <= r["top"] < hi]
            c = Counter(r["verdict"] for r in got)
            ev = Counter(r["event"] for r in got if r["verdict"] == "yes")
            evn = Counter(r["event"] for r in got if r["verdict"] == "no")
            print(f"  {lo:.2f}-{hi:.2f}: yes {c['yes']:3d} ({len(ev)} ev) no {c['no']:3d} ({len(evn)} ev) "
                  f"out {c['out']:3d}")
    for r in sorted(rows, key=lambda r: -r["top"]) if args.rows else ():
        if r["verdict"] != "out" and r["top"] >= 0.5 and r["is_part"]:
            print(f"{r['verdict']:3s} {r['top']:.3f} whole {r['whole']:.3f} m {r['margin']:.3f} c{r['content']} "
                  f"tr={r['transcript']} {r['event']}\n    {' '.join(r['text'].split())[:150]}\n"
                  f"  ~ {' '.join(r['other'].split())[:150]}")


if __name__ == "__main__":
    main()
