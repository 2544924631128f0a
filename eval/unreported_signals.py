"""Each "not in any readout" flag on the readable events, right or wrong, with the signals the engine computes for it,
and what a floor on each signal would refuse.

    python eval/unreported_signals.py [--only NAME] [--rows]

For every flag in a document the gold judges (dev and the old folder hold no `unreported` section; never one of
KEPT_OUT: `unlinked.readable`): right when a gold `unreported` item overlaps it (as pools.py counts), else wrong, with
the signals `_Checker._unreported` weighed when it made the candidate: the largest share of the statement's words one
official claim holds (1 less the verdict's score), that share read by sense (one claim, and two claims side by side),
the share the official texts hold between them, its content words, whether an aide relays it ("as X tells it") and
whether its side has no text in the folder; and whether the gold links the sentence to an official claim (a paraphrase
the linker missed). Then, per signal and floor, how many right and wrong flags a floor would refuse
(docs/engine-history.md, Round 44, helper unrep16)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Spans, load_gold, overlaps  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.attributions import check  # noqa: E402
from readout_viewer.core.attributions.statements import senses  # noqa: E402

_seen: list[dict] = []
_unreported = check._Checker._unreported


def _traced(self, doc, statement, found, cited_ids, who, missing="", done=False):
    out = _unreported(self, doc, statement, found, cited_ids, who, missing, done)
    if out is not None:
        accounts = [d for d in self.officials_of.get(doc.event, ()) if d != doc.id]
        parts = [senses(p) for p in statement.parts if p]
        one = two = 0.0
        for d in accounts:
            said = [senses(w) for w in self.index.words_of.get(d, [])]
            for k, words in enumerate(said):
                pair = words | (said[k + 1] if k + 1 < len(said) else frozenset())
                one = max([one] + [len(p & words) / len(p) for p in parts])
                two = max([two] + [len(p & pair) / len(p) for p in parts])
        _seen.append({"doc": doc.id, "start": statement.start, "end": statement.end,
                      "share": 1.0 - (found.score or 0.0), "sense": one, "sense2": two,
                      "spread": max((self.index.spread(d, statement) for d in accounts), default=0.0),
                      "words": len(statement.words), "relay": "tells it)" in who, "no text": bool(missing)})
    return out


check._Checker._unreported = _traced


def flags(folder: Path, gold_path: Path) -> list[dict]:
    """One row per flag in a document the gold judges: right or wrong, its text and signals."""
    gold = load_gold(gold_path)
    if "unreported" not in gold:
        return []
    _seen.clear()
    data = jsonio.to_dict(analyze(folder))
    spans = Spans(data, gold.get("docs", {}))
    claims = {c["id"]: c for c in data["claims"]}
    items = [s for s in (spans.span(u) for u in gold["unreported"]) if s]
    links = [s for g in gold.get("links", []) for s in [spans.span(g["from"])] if s] + \
        [s for o in gold.get("optional", []) for s in [spans.span([o[0], o[1]])] if s]
    judged = {spans.doc(d) for d in gold.get("docs", {}).values()} | {spans.doc(k) for k in gold.get("docs", {})}
    rows = []
    for u in data.get("unreported", []):
        c = claims.get(u["claim"])
        if c is None or c["doc"] not in judged:
            continue
        seen = next((s for s in _seen if s["doc"] == c["doc"] and s["start"] <= c["end"] and c["start"] <= s["end"]),
                    {})
        rows.append({**seen, "right": any(overlaps(c, s) for s in items), "linked": any(overlaps(c, s) for s in links),
                     "text": spans.text[c["doc"]][c["start"]:c["end"]]})
    return rows


FLOORS = {"share": (0.2, 0.25, 0.3), "sense": (0.25, 0.33, 0.4), "sense2": (0.33, 0.4, 0.5),
          "spread": (0.25, 0.33, 0.4), "words": (8, 10, 12)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    rows = []
    for name, folder, gold in readable():
        if not args.only or name == args.only:
            rows += [{**r, "event": name} for r in flags(folder, gold)]
    right, wrong = [r for r in rows if r["right"]], [r for r in rows if not r["right"]]
    print(f"{len(rows)} flags: {len(right)} right, {len(wrong)} wrong")
    for flag in ("relay", "no text", "linked"):
        told = [sum(r.get(flag, False) for r in rows) for rows in (right, wrong)]
        print(f"{flag:8} right {told[0]:4}  wrong {told[1]:4}")
    for signal, floors in FLOORS.items():
        for floor in floors:
            refused = [r for r in rows if r.get(signal, 0) >= floor]
            print(f"refuse {signal} >= {floor}: right {sum(r['right'] for r in refused):4}  "
                  f"wrong {sum(not r['right'] for r in refused):4}")
    if args.rows:
        for r in sorted(wrong, key=lambda r: r["event"]):
            print(f"{r['event']} | share {r.get('share', 0):.2f} sense {r.get('sense', 0):.2f}/"
                  f"{r.get('sense2', 0):.2f} spread {r.get('spread', 0):.2f} words {r.get('words', 0)} "
                  f"linked {r['linked']} | {r['text'][:120]!r}")


if __name__ == "__main__":
    main()
