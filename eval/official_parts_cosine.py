"""Each part of a compound official sentence against the other side's claims by the sentence model's cosine.

    READOUT_VIEWER_NO_CACHE=1 python eval/official_parts_cosine.py [--only NAME] [--show]

On dev, the old folder and every readable event (never one of KEPT_OUT: `unlinked.readable`). The analysis runs by
words alone (before `part_paraphrases`, the model's passes linked outlet statements only, so the links between
official texts were the same with it); the parts and claims compared are embedded by the installed model
(`embeddings.load`, asked for directly). For each pair of two sides' official texts (`pairs.document_pairs`, not one
side's; "short" when neither is over LONG_DOC_CLAIMS, as `align._align_officials` reads them), each claim of one text
that parts into two or more (each split of eval/official_parts.py counted: `told`, `claim_parts.told_parts`;
`pieces`, those parted again by `claim_parts.parts`, as `part_paraphrases.pieces`; `commas`, those parted again at
every comma, ", and <article>" and "as well as", a probe, no rule of the engine), and each claim of the other text not
linked to it: the best cosine between a part and that claim, the whole's cosine and the part's margin over its
next-best claim of that text; each unordered pair once (its best row), with the gold's word (req: a required gold
link; opt: an optional one; no: the gold judges the two texts and does not link them; out). Counted by cosine band.
Not a test: docs/engine-history.md (Round 43, helper sem8) records what it showed.
"""

from __future__ import annotations

import argparse
from collections import Counter
from functools import lru_cache

from official_parts import linked_to, split, two_sides
from scoring import Spans, _link_hits, load_gold
from unlinked import KEPT_OUT, Gold, _captured, readable

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.linking.align import LONG_DOC_CLAIMS

BANDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
_vectors: dict[str, object] = {}


def vectors(texts: list[str]) -> None:
    """Embed, once, the texts not embedded yet (the model's own float32 rows: the census needs no cache)."""
    todo = sorted({t for t in texts if t not in _vectors})
    if todo:
        model = _model()
        assert model is not None, "the census needs the sentence model (READOUT_VIEWER_MODEL=minilm)"
        for t, v in zip(todo, model.embed(todo)):
            _vectors[t] = v


@lru_cache(maxsize=1)
def _model():
    from readout_viewer.core.language import embeddings
    return embeddings.load()


def cos(a: str, b: str) -> float:
    return round(float(_vectors[a] @ _vectors[b]), 3)  # type: ignore[operator]


def required(gold: Gold, data: dict, gold_path, a: str, b: str) -> bool:
    g = load_gold(gold_path)
    spans = Spans(data, g.get("docs", {}))
    links = [(spans.span(x["from"]), [spans.span(t) for t in x["to"]]) for x in g.get("links", [])]
    return any(_link_hits({"a": a, "b": b}, gold.claims, f, ts) for f, ts in links)


def census(name, folder, gold_path, rows: dict[str, dict], show: bool) -> None:
    assert name not in KEPT_OUT
    _captured.clear()
    an = analyze(folder)
    ctx, data = _captured[-1], jsonio.to_dict(an)
    gold = Gold(data, gold_path)
    partners = linked_to(an)
    for da, db, mine, theirs in two_sides(an, ctx):
        short = max(len(mine), len(theirs)) <= LONG_DOC_CLAIMS
        vectors([c.text for c in (*mine, *theirs)])
        for o, how in ((o, how) for o in theirs for how in rows):
            pieces = split(o.text, how)
            if len(pieces) < 2:
                continue
            vectors(pieces)
            o_taken = any(an.claim[p].doc == da.id for p in partners[o.id])
            for c in mine:
                if c.id in partners[o.id]:
                    continue
                cs = [cos(p, c.text) for p in pieces]
                i = max(range(len(cs)), key=cs.__getitem__)
                others = [cos(pieces[i], x.text) for x in mine if x.id != c.id]
                margin = cs[i] - max(others, default=0.0)
                verdict = gold.verdict(c.id, o.id)
                if verdict == "yes":
                    verdict = "req" if required(gold, data, gold_path, c.id, o.id) else "opt"
                c_free = not any(an.claim[p].doc == db.id for p in partners[c.id])
                row = (cs[i], cos(o.text, c.text), round(margin, 3), short, c_free, o_taken, verdict,
                       f"{name}: {' '.join(c.text.split())[:100]} ~ {pieces[i][:100]}")
                key = (name, *sorted((c.id, o.id)))
                if key not in rows[how] or rows[how][key][0] < row[0]:
                    rows[how][key] = row
    if show:
        for key, r in rows["pieces"].items():
            if key[0] == name and r[6] in ("req", "opt", "no") and r[0] >= 0.5:
                print(f"  {r[6]:3s} part {r[0]:.3f} whole {r[1]:.3f} margin {r[2]:+.3f} short={r[3]} "
                      f"c_free={r[4]} o_taken={r[5]}\n     {r[7]}")


def table(rows: list, label: str) -> None:
    print(f" {label}: band of the best part's cosine -> req / opt / no (true per false)")
    for lo, hi in zip((0.0, *BANDS), (*BANDS, 1.01)):
        got = Counter(r[6] for r in rows if lo <= r[0] < hi)
        t, f = got["req"] + got["opt"], got["no"]
        print(f"   {lo:.2f}-{hi:.2f}  req {got['req']:3d} opt {got['opt']:3d} no {f:4d}"
              f"  ({t / f:.2f})" if f else f"   {lo:.2f}-{hi:.2f}  req {got['req']:3d} opt {got['opt']:3d} no    0")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--show", action="store_true", help="print each judged candidate from cosine 0.5")
    args = ap.parse_args()
    rows: dict[str, dict] = {"told": {}, "pieces": {}, "commas": {}}
    for name, folder, gold_path in readable():
        if args.only in name:
            if args.show:
                print(name)
            census(name, folder, gold_path, rows, args.show)
    for how, found in rows.items():
        report(how, list(found.values()))


def report(how: str, allrows: list) -> None:
    print(f"split {how}: {len(allrows)} candidate pairs (a compound and a claim of the other side not linked)")
    table(allrows, "all")
    table([r for r in allrows if r[3]], "short pairs")
    table([r for r in allrows if r[3] and r[4]], "short pairs, the claim free in the compound's text")
    table([r for r in allrows if r[2] >= 0.05], "margin 0.05 over the part's next-best claim")
    table([r for r in allrows if r[2] >= 0.1], "margin 0.1")
    table([r for r in allrows if r[2] >= 0.1 and r[0] - r[1] >= 0.05], "margin 0.1, part 0.05 over the whole")
    table([r for r in allrows if r[2] >= 0.1 and r[4]], "margin 0.1, the claim free")


if __name__ == "__main__":
    main()
