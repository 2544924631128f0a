"""Each divergence check of relations.CHECKS measured against the gold's judged relations, on the readable folders.

    python eval/relation_census.py [--only NAME] [--rows] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
the analysis runs in this process with `reporting.relate` wrapped, so that each judged link's two texts (the parts
that report each other, as the engine judged them), dates and direction are kept. For each gold link with a relation
that the analysis links (its best-scored matching link, as eval/scoring.py scores it), every check is asked on its
own. Per check: "decides" (it is the first that fires, so it gives the link its reason), right and wrong among those;
"fires" (it fires at all, first or not), right and wrong. Then the gold divergences no check catches and the gold
agreements that some check calls divergent. With --rows, each wrong verdict's event, check, detail and texts
(docs/engine.md, Round 38, helper rel1). The engine's path is untouched: the wrapper lives here."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
os.environ["READOUT_VIEWER_WORKERS"] = "0"  # the relations are judged in this process, where relate is wrapped
os.environ.setdefault("READOUT_VIEWER_NO_CACHE", "1")

from scoring import Spans, _link_hits, load_gold  # noqa: E402
from unlinked import gathered  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.linking import relate_once, reporting  # noqa: E402
from readout_viewer.core.linking.divergence_cues import cues  # noqa: E402
from readout_viewer.core.linking.relation_figures import anchor_dates  # noqa: E402
from readout_viewer.core.linking.relations import CHECKS, relate  # noqa: E402

_judged: dict[tuple[str, str], tuple[str, str, tuple, bool]] = {}


def _relate(a, b, score, dates=(None, None), reports=False):  # type: ignore[no-untyped-def]
    _judged[(a.id, b.id)] = (a.text, b.text, dates, reports)
    return relate(a, b, score, dates, reports)


reporting.relate = _relate
# every pair judged on its own: a copy's link would otherwise take the first one's without a call to relate
relate_once.judgement_inputs = lambda kept, context: (kept[0].id, kept[1].id)


def verdicts(a: str, b: str, dates: tuple, reports: bool) -> dict[str, str]:
    """Each check's detail on two texts, for the checks that fire."""
    anchors = anchor_dates(dates[0]) + anchor_dates(dates[1])
    ca, cb = cues(a), cues(b)
    return {name: d for name, check in CHECKS if (d := check(ca, cb, (anchors, anchors), reports))}


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per gold link with a relation that the analysis links: the gold's relation and each check's verdict."""
    _judged.clear()
    data = jsonio.to_dict(analyze(folder))
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    claims = {c["id"]: c for c in data["claims"]}
    out = []
    for g in gold.get("links", []):
        if g.get("relation", "any") == "any":
            continue
        frm, tos = spans.span(g["from"]), [spans.span(t) for t in g["to"]]
        matched = [lk for lk in data.get("links", []) if _link_hits(lk, claims, frm, tos)]
        if not matched:
            continue
        best = max(matched, key=lambda lk: lk.get("score", 0))
        seen = _judged.get((best["a"], best["b"]))
        a, b, dates, reports = seen or (claims[best["a"]]["text"], claims[best["b"]]["text"], (None, None), False)
        out.append({"gold": g["relation"], "got": best.get("relation"), "reason": best.get("reason"),
                    "id": g.get("id"), "a": a, "b": b, "judged": seen is not None,
                    "checks": verdicts(a, b, dates, reports)})
    return out


def table(all_rows: list[dict]) -> None:
    """Per check: how often it decides and fires, and how often the gold agrees with it."""
    decides, fires = Counter(), Counter()
    for r in all_rows:
        first = next(iter(r["checks"]), None)
        if first:
            decides[first, r["gold"] == "diverge"] += 1
        for name in r["checks"]:
            fires[name, r["gold"] == "diverge"] += 1
    print(f"{'check':10s} {'decides':>8s} {'right':>6s} {'wrong':>6s} | {'fires':>6s} {'right':>6s} {'wrong':>6s}")
    for name, _ in CHECKS:
        d_ok, d_bad, f_ok, f_bad = decides[name, True], decides[name, False], fires[name, True], fires[name, False]
        print(f"{name:10s} {d_ok + d_bad:8d} {d_ok:6d} {d_bad:6d} | {f_ok + f_bad:6d} {f_ok:6d} {f_bad:6d}")
    missed = sum(1 for r in all_rows if r["gold"] == "diverge" and not r["checks"])
    agree = sum(1 for r in all_rows if r["gold"] == "agree")
    print(f"gold divergences no check catches: {missed} of {sum(1 for r in all_rows if r['gold'] == 'diverge')}; "
          f"gold agreements: {agree}; links whose engine verdict differs from the checks' (another path decides): "
          f"{sum(1 for r in all_rows if (r['got'] == 'diverge') != bool(r['checks']))}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--save", default="", help="write the rows to this JSON file")
    parser.add_argument("--load", default="", help="read the rows from this JSON file instead of analysing")
    args = parser.parse_args()
    all_rows = gathered(rows, args.only, args.load, args.save)
    print(f"{len(all_rows)} gold relations on linked pairs")
    table(all_rows)
    if args.rows:
        for r in all_rows:
            if (r["gold"] == "diverge") != bool(r["checks"]):
                print(f"\n{r['event']} {r['id']}: gold {r['gold']}, checks {json.dumps(r['checks'])}\n"
                      f"  A: {r['a']}\n  B: {r['b']}")


if __name__ == "__main__":
    main()
