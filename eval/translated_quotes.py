"""Quotations the gold calls altered and the engine not found (and the reverse), by why the translation step refused.

    python eval/translated_quotes.py [--only NAME] [--rows [--gate GATE]]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
every gold quotation whose verdict is altered or not_found is matched to the engine's verdict. For each quotation the
engine leaves not found, the translation step (`quotes/translation.translated`) is re-run on the same inputs and its
best passage's figures kept: content words, matched, coverage, worst piece, Dice, added words, country names, person,
the margin over the best rival, whether the passage is in the document the gold names as the source and whether the
gold's source spans two official sentences. Counts by first failing gate; with --rows each quotation and its best
passage are printed (docs/engine-history.md, Round 43, helper quotes6)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Spans, load_gold, overlaps  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language.sentences import sentence_ends  # noqa: E402
from readout_viewer.core.quotes import check  # noqa: E402
from readout_viewer.core.quotes import translation as tr  # noqa: E402

_calls: list[dict] = []
_translated = check.translated


def _recording(quote, quote_text, texts, preference, ends=None, retold=tr.NONE_RETOLD):
    """`translated`, with the best passage's figures kept for the census."""
    match = _translated(quote, quote_text, texts, preference, ends, retold)
    keys = tr.quoted(quote, quote_text, ends)
    found = sorted((p for t in texts for p in tr.passages(keys, t)), key=lambda p: -p.dice)
    row = {"text": quote_text, "start": quote[0].start, "end": quote[-1].end, "n": len(keys.concepts),
           "match": match, "best": found[0] if found else None, "rival": None}
    if found:
        best = found[0]
        copies = [p for p in found if p is best or tr._alike(best, p) >= best.dice]
        rivals = [p for p in found if not any(p is c for c in copies) and p.text is not best.text]
        row["rival"] = rivals[0].dice if rivals else None
        row["person"] = tr._same_person(quote, best, retold)
    _calls.append(row)
    return match


def gate(row: dict) -> str:
    """The first gate of `translated` the quotation's best passage fails ("passes" when none does)."""
    if row["n"] < tr.MIN_CONTENT_WORDS:
        return "few content words"
    p = row["best"]
    if p is None:
        return "no passage"
    checks = [(p.matched >= tr.MIN_CONTENT_WORDS, "few matched"),
              (p.named <= p.matched - p.named, "country names"),
              (p.coverage >= tr.MIN_COVERAGE, "coverage"),
              (p.worst >= tr.MIN_PIECE_COVERAGE, "piece coverage"),
              (p.dice >= tr.dice_floor(p.matched), "dice"),
              (p.added <= tr.MAX_ADDED_WORDS, "added words"),
              (row.get("person", True), "person")]
    failed = [why for ok, why in checks if not ok]
    if failed:
        return " + ".join(failed)
    if row["rival"] is not None and p.dice - row["rival"] < tr.MARGIN:
        return "margin"
    return "passes" if row["match"] is not None else "circular"


def passage_text(p: tr.Passage, texts: dict[str, str]) -> str:
    """The passage's words as the official text has them, after its document's id."""
    source, where = p.text.source, p.text.where
    start, end = source.starts[where[p.first]], source.ends[where[p.last - 1]]
    return source.doc + ": " + " ".join(texts[source.doc][start:end].split())


def census(name: str, folder: Path, gold_path: Path, show: bool, show_gate: str = "") -> Counter:
    _calls.clear()
    data = jsonio.to_dict(analyze(folder))
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    texts = {d["id"]: d["text"] for d in data["documents"]}
    counts: Counter = Counter()
    for q in gold.get("quotes", []):
        span = spans.span(q["in"])
        if span is None or q["verdict"] == "exact":
            continue
        got = sorted({p["verdict"] for p in data["quotes"] if overlaps(p, span)}) or ["none"]
        rows = [r for r in _calls if r["text"] == texts[span[0]] and r["start"] < span[2] and span[1] < r["end"]]
        why = gate(rows[0]) if rows else "translation not asked"
        src = spans.span(q["source"]) if q.get("source") else None
        if rows and rows[0]["best"] is not None and src is not None:
            if rows[0]["best"].text.source.doc != src[0]:
                why += " (best passage in another document)"
            if any(src[1] < e < src[2] - 1 for e in sentence_ends(texts[src[0]])):
                why += " (source spans sentences)"
        key = (q["verdict"], ",".join(got), why)
        counts[key] += 1
        if show and ((q["verdict"] == "altered") != ("altered" in got) or why.split(" (")[0] == show_gate):
            print(f"  {name}: want {q['verdict']}, got {','.join(got)} [{why}] {q['in'][1][:110]!r}")
            if rows and rows[0]["best"] is not None:
                p = rows[0]["best"]
                print(f"      n={rows[0]['n']} matched={p.matched} cov={p.coverage:.2f} worst={p.worst:.2f} "
                      f"dice={p.dice:.2f} added={p.added} rival={rows[0]['rival']}")
                print(f"      best {passage_text(p, texts)[:240]!r}")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--rows", action="store_true")
    ap.add_argument("--gate", default="", help="with --rows, also the quotations whose first failing gate is this")
    args = ap.parse_args()
    check.translated = _recording
    total: Counter = Counter()
    for name, folder, gold in readable():
        if args.only and name != args.only:
            continue
        total += census(name, folder, gold, args.rows, args.gate)
    for (want, got, why), n in sorted(total.items()):
        print(f"{n:4d}  want {want:9s} got {got:18s} {why}")


if __name__ == "__main__":
    main()
