"""Outlet sentences dated to another day than the call's: how the gold and the engine treat them, by the date's shape.

    python eval/dated_background.py [--only NAME] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each outlet claim that carries a date or time phrase is read against the call's day (the first date of the folder's
official texts, `attributions.dated.call_days`) with core's date readers (`language.dates`): a day of the month
before the call by more than a day ("On May 16"), after it ("on June 22"), within a day but not the call's day (the
one-day shift of a time zone or of a readout dated the next day), a month named alone before or after the call's ("In
February"), a phrase counting back ("last month", "earlier this year", "two weeks ago": `dates.dated_before`'s),
a weekday neither the call's nor a day beside it ("on Tuesday" of a Thursday call: `linking.dated.dated_other_day`),
and a phrase counting forward ("next week"). Per shape: the claims, how many the gold links to anything, the engine's
links to official claims that the gold confirms (true), does not where it judges the pair (false) or does not judge
(out), and the true and false links' scores. Counts only; with --rows each dated claim's text, its shapes and its
links (docs/engine-history.md, Round 43, helper links97)."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from unlinked import Gold, readable  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.attributions.dated import call_days  # noqa: E402
from readout_viewer.core.language.dates import _BEFORE, _MONTH_ALONE, GRACE, month_days  # noqa: E402
from readout_viewer.core.language.lexicon import MONTHS  # noqa: E402
from readout_viewer.core.language.text import fold  # noqa: E402
from readout_viewer.core.linking.terms import WEEKDAY_NAMES  # noqa: E402

_FORWARD = re.compile(r"\b(?:next|later\s+this|coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|"
                      r"\bin\s+(?:a|two|three|four|a\s+few|the\s+coming)\s+(?:days?|weeks?|months?)\b")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)})\b")


def shapes(text: str, day) -> list[str]:
    """The date shapes of one sentence against the call's day."""
    folded = fold(text)
    out = []
    for told in month_days(folded, day.year):
        if told < day - GRACE:
            out.append("day before")
        elif told > day + GRACE:
            out.append("day after")
        elif told != day:
            out.append("day beside")
    for m in _MONTH_ALONE.finditer(folded):
        n = MONTHS.index(m.group("month")) + 1
        out.append("month before" if n < day.month else "month after" if n > day.month else "month same")
    if _BEFORE.search(folded):
        out.append("counts back")
    if _FORWARD.search(folded):
        out.append("counts forward")
    near = {(day + k * GRACE).weekday() for k in (-1, 0, 1)}
    for m in _WEEKDAY.finditer(folded):
        n = WEEKDAY_NAMES.index(m.group())
        out.append("weekday other" if n not in near else "weekday beside" if n != day.weekday() else "weekday same")
    return sorted(set(out) - {"month same", "weekday same"})


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per dated outlet claim: its shapes, whether the gold links it, and the engine's links to officials."""
    analysis = analyze(folder)
    docs = {d.id: d for d in analysis.documents}
    days = call_days([d for d in analysis.documents if d.is_official])
    if not days:
        return []
    gold = Gold(jsonio.to_dict(analysis), gold_path)
    links: dict[str, list] = defaultdict(list)
    for lk in analysis.links:
        for a, b in ((lk.a, lk.b), (lk.b, lk.a)):
            if docs[analysis.claim[b].doc].is_official and not docs[analysis.claim[a].doc].is_official:
                links[a].append((round(lk.score, 3), gold.verdict(a, b), analysis.claim[b].text))
    out = []
    for c in analysis.claims:
        if docs[c.doc].is_official:
            continue
        got = shapes(c.text, days[0])
        if got:
            out.append({"claim": c.id, "text": c.text, "shapes": got, "wanted": gold.wanted(c.id),
                        "links": links.get(c.id, [])})
    return out


def table(all_rows: list[dict]) -> None:
    """Per shape: claims, gold-linked claims, engine links true / false / out, and the scores of true and false."""
    counts: dict[str, Counter] = defaultdict(Counter)
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in all_rows:
        for shape in r["shapes"] + ["(any)"]:
            c = counts[shape]
            c["claims"] += 1
            c["wanted"] += r["wanted"]
            c["linked"] += bool(r["links"])
            for score, verdict, _ in r["links"]:
                c[verdict] += 1
                scores[shape][verdict].append(score)
    print(f"{'shape':15s} claims gold-linked engine-linked  true false  out   true scores (max) / false scores (max)")
    for shape in sorted(counts):
        c, s = counts[shape], scores[shape]
        top = {v: f"{max(s[v]):.2f}" if s[v] else "-" for v in ("yes", "no")}
        print(f"{shape:15s} {c['claims']:6d} {c['wanted']:11d} {c['linked']:13d} {c['yes']:5d} {c['no']:5d} "
              f"{c['out']:4d}   {top['yes']} / {top['no']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    all_rows = []
    for name, folder, gold in readable():
        if not args.only or args.only in name:
            for r in rows(folder, gold):
                r["event"] = name
                all_rows.append(r)
    table(all_rows)
    if args.rows:
        for r in all_rows:
            gold = "linked" if r["wanted"] else "none"
            print(f"\n{r['event']} {','.join(r['shapes'])} gold={gold}: {r['text'][:150]}")
            for score, verdict, other in r["links"]:
                print(f"    {verdict:3s} {score:.2f} {other[:100]}")


if __name__ == "__main__":
    main()
