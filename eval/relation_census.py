"""Each divergence check of relations.CHECKS measured against the gold's judged relations, on the readable folders.

    python eval/relation_census.py [--only NAME] [--rows] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
the analysis runs in this process with `reporting.relate` wrapped, so that each judged link's two texts (the parts
that report each other, as the engine judged them), dates and direction are kept. For each gold link with a relation
that the analysis links (its best-scored matching link, as eval/scoring.py scores it), every check is asked on its
own. Per check: "decides" (it is the first that fires, so it gives the link its reason), right and wrong among those;
"fires" (it fires at all, first or not), right and wrong. Then the gold divergences no check catches and the gold
agreements that some check calls divergent. With --rows, each wrong verdict's event, check, detail and texts
(docs/engine-history.md, Round 38, helper rel1). Then each family's wrong relations (false divergences, missed ones),
split into older events and those built in the last five rounds, beside the right divergences of the family (Round 43,
helper rel7; a missed divergence's family is read from its gold's "why" by FAMILY_WORDS, a rough reading). The engine's
path is untouched: the wrapper lives here."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
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
                    "id": g.get("id"), "a": a, "b": b, "judged": seen is not None, "why": g.get("why", ""),
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


# The families of a relation: the reason the engine gave (relations.CHECKS) or, for a divergence it missed, the one the
# gold's "why" names, read by its words (the first family whose words it holds, in this order: a stance names the verb
# of a side's view, so it is looked for before an intensity's words of strength).
FAMILY_WORDS = (("stance", r"\b(?:noted|support\w*|endors\w*|welcom\w*|back(?:ed|s)?|acknowledg\w*|hail\w*)\b"),
                ("negation", r"\b(?:not|no|never|denies|denied)\b"),
                ("number", r"\b(?:\d[\d,.]*|figure|number|percent|billion|million)\b"),
                ("date", r"\b(?:date|day|week|month|year|today|yesterday|tuesday|friday)\b"),
                ("hedge", r"\b(?:reportedly|allegedly|claim\w*|distanc\w*)\b"),
                ("framing", r"\b(?:war|invasion|aggression|conflict|crisis|fram\w*)\b"),
                ("intensity", r"\b(?:strong\w*|firm\w*|full\w*|stress\w*|emphasi\w*|warn\w*|extreme\w*)\b"),
                ("actor", r"\b(?:who|propos\w*|agreed|invited|offer\w*|both|side)\b"),
                ("scope", r"\b(?:narrow\w*|wider|broad\w*|only|general|list|topics?|includ\w*)\b"))
# Events built in the last five rounds: their gold was first committed after Round 39 opened (docs/engine-history.md).
RECENT_SINCE = "2026-12-06T14:43:00+00:00"


def family(r: dict) -> str:
    """A row's family: the engine's reason when it called the pair divergent, else the one its gold's "why" names."""
    if r["got"] == "diverge" and r.get("reason"):
        return r["reason"]
    first = next(iter(r["checks"]), None)
    if first:
        return first
    why = r.get("why", "").lower()
    named = why.split(":", 1)[0]  # a "why" that opens on its family ("scope: passage in the Senate ...")
    if named in {name for name, _ in FAMILY_WORDS}:
        return named
    return next((name for name, words in FAMILY_WORDS if re.search(words, why)), "other")


def recent(event: str) -> bool:
    """Whether a readable event's gold was first committed since RECENT_SINCE (dev and old are older)."""
    if event in ("dev", "old"):
        return False
    out = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%cI", "--",
                          f"eval/events/{event}/gold.yaml"], capture_output=True, text=True, check=False).stdout
    dates = out.split()
    return bool(dates) and dates[-1] >= RECENT_SINCE


def families(all_rows: list[dict]) -> None:
    """Each family's wrong relations (false divergences, missed ones) in older and recent events, beside the right
    divergences of the same family: what a looser or a stricter rule of that family would cost."""
    ages = {e: recent(e) for e in {r["event"] for r in all_rows}}
    count: Counter = Counter()
    for r in all_rows:
        got, want = r["got"] == "diverge", r["gold"] == "diverge"
        kind = "right" if got and want else "false" if got else "missed" if want else None
        if kind:
            count[family(r), kind, ages[r["event"]]] += 1
    print(f"\n{'family':10s} {'false old/new':>14s} {'missed old/new':>15s} {'right div. old/new':>19s}")
    for name in sorted({k[0] for k in count}):
        cells = [f"{count[name, kind, False]}/{count[name, kind, True]}" for kind in ("false", "missed", "right")]
        print(f"{name:10s} {cells[0]:>14s} {cells[1]:>15s} {cells[2]:>19s}")


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
    families(all_rows)
    if args.rows:
        for r in all_rows:
            if (r["gold"] == "diverge") != bool(r["checks"]):
                print(f"\n{r['event']} {r['id']} [{family(r)}]: gold {r['gold']}, got {r['got']}, "
                      f"checks {json.dumps(r['checks'])}\n"
                      f"  A: {r['a']}\n  B: {r['b']}")


if __name__ == "__main__":
    main()
