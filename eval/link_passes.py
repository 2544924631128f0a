"""Which pass of the linking made each link, and the false links (the gold judges the two texts and does not link them).

    python eval/link_passes.py [--only NAME] [--rows] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
the engine's passes (align.find_links, align._within_events, align._align_pair and _align_officials) are wrapped in
this process only, and each kept pair is named by the first pass that returned it. Per pass: its links the gold
confirms (a required or optional link), its false links, and of those how many link a claim the gold links elsewhere.
With --rows, each false link's pass, score, documents and texts (docs/engine-history.md, Round 36, helper links60). The
engine's path is untouched: the wrappers live here and the analysis runs with no worker lanes."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
os.environ["READOUT_VIEWER_WORKERS"] = "0"  # the passes run in this process, where they are wrapped
os.environ.setdefault("READOUT_VIEWER_NO_CACHE", "1")

import unlinked  # noqa: E402
from unlinked import Gold, gathered  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.linking import align  # noqa: E402
from readout_viewer.core.linking.quoted_phrases import Echoes  # noqa: E402

# The passes that return the pairs they keep, as align names them (module globals it calls).
DICT_PASSES = ("durations", "previous_meetings", "call_requests", "one_to_one", "briefing_answers", "neighbours",
               "in_order", "told_apart", "late_neighbours", "relayed", "thin_reports",
               "counted_concerns", "short_reports", "other_part_links", "lede_links", "tone_links", "place_links",
               "courtesy_links", "discussed_places", "lede_rests", "lede_reports", "topic_links", "call_mentions",
               "cut_parts", "beside_reports", "paraphrase_reports")

# The passes that take the pairs kept so far and return them less some (and, for rematched, with others): a pair
# they drop loses its pass, so that a later pass that returns it again is named.
FILTERS = ("_past_recalled", "rematched", "_beside_close_reports", "without_retellings")

origin: dict[tuple[str, str], str] = {}


def _note(name: str, keys) -> None:
    for k in keys:
        origin.setdefault(k, name)


def _dict_pass(name: str, fn):
    @functools.wraps(fn)
    def wrapped(*args, **kwargs):
        out = fn(*args, **kwargs)
        _note(name, out)
        return out
    return wrapped


def _filter(name: str, fn):
    @functools.wraps(fn)
    def wrapped(kept, *args, **kwargs):
        out = fn(kept, *args, **kwargs)
        for k in kept.keys() - out.keys():
            origin.pop(k, None)
        _note(name, out.keys() - kept.keys())
        return out
    return wrapped


def _counterparts(fn):
    @functools.wraps(fn)
    def wrapped(ca, *args, **kwargs):
        out = fn(ca, *args, **kwargs)
        _note("counterparts-rest" if "mine" in kwargs else "counterparts", ((ca.id, cb.id) for _, cb in out))
        return out
    return wrapped


def _echoed(fn):
    @functools.wraps(fn)
    def wrapped(self, ca, doc):
        out = fn(self, ca, doc)
        _note("echoes", ((ca.id, cb.id) for cb in out))
        return out
    return wrapped


def _align_pair(fn):
    @functools.wraps(fn)
    def wrapped(*args, **kwargs):
        out = fn(*args, **kwargs)
        _note("runs", out)  # what no pass above named: a run of the official text's words (runs.Runs)
        return out
    return wrapped


for _name in DICT_PASSES:
    setattr(align, _name, _dict_pass(_name, getattr(align, _name)))
for _name in FILTERS:
    setattr(align, _name, _filter(_name, getattr(align, _name)))
align.counterparts_in = _counterparts(align.counterparts_in)
align._align_pair = _align_pair(align._align_pair)
Echoes.echoed = _echoed(Echoes.echoed)  # type: ignore[method-assign]


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per link the gold can judge: its pass, score, verdict, and whether its claim is linked elsewhere."""
    origin.clear()
    unlinked._captured.clear()  # the contexts it keeps for its own candidates
    analysis = analyze(folder)
    gold = Gold(jsonio.to_dict(analysis), gold_path)
    docs = {d.id: d for d in analysis.documents}
    out = []
    for lk in analysis.links:
        verdict = gold.verdict(lk.a, lk.b)
        if verdict == "out":
            continue
        a, b = analysis.claim[lk.a], analysis.claim[lk.b]
        out.append({"pass": origin.get((lk.a, lk.b), "?"), "verdict": verdict, "score": lk.score, "a": lk.a, "b": lk.b,
                    "relation": str(lk.relation), "elsewhere": verdict == "no" and gold.wanted(lk.a),
                    "a_doc": a.doc.rsplit("/", 1)[-1], "b_doc": b.doc.rsplit("/", 1)[-1],
                    "a_official": docs[a.doc].is_official, "text": a.text, "other": b.text})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    args = parser.parse_args()
    all_rows = gathered(rows, args.only, args.load, args.save)
    counts: dict[str, Counter] = {}
    for r in all_rows:
        c = counts.setdefault(r["pass"], Counter())
        c[r["verdict"]] += 1
        c["elsewhere"] += r["elsewhere"]
    print(f"{'pass':20s} {'true':>5s} {'false':>5s} (claim linked elsewhere)")
    for name, c in sorted(counts.items(), key=lambda x: -x[1]["no"]):
        print(f"{name:20s} {c['yes']:5d} {c['no']:5d} ({c['elsewhere']})")
    if args.rows:
        for r in sorted(all_rows, key=lambda r: (r["pass"], r["event"])):
            if r["verdict"] == "no":
                print(f"\n[{r['pass']}] {r['event']} {r['score']:.2f} {r['relation']} elsewhere={r['elsewhere']}\n"
                      f"  {r['a_doc']}: {r['text'][:200]}\n  {r['b_doc']}: {r['other'][:200]}")


if __name__ == "__main__":
    main()
