"""The concept pairs of the read pool's "not retrieved" misses, by how many events they recur in: a census.

    python eval/unshared_pairs.py [--only NAME] [--rows] [--min N]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
each required outlet -> official link the analysis misses whose best pair of claims shares no more than names and
the setting ("not retrieved" in eval/missed_causes.py) is read on its two sides' content concepts (not a name, not the
setting, not a word nearly every claim uses, not a date). Every pair of a content concept only the outlet sentence holds
and one only the official claim holds is counted once per event; pairs seen in N events or more (--min, 2) are printed,
most events first, with the words behind each concept. A paraphrase of diplomatic English recurs across events; a
coincidence of two common words recurs too, so the list is read, not applied. --rows prints each miss's one-side
concepts (docs/engine.md, Round 52, helper links108)."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import _content, analysed, missed_pairs  # noqa: E402
from missed_causes import _cause  # noqa: E402
from missed_gates import _group, _shares  # noqa: E402
from scoring import load_gold  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core.language.synonyms import concept  # noqa: E402
from readout_viewer.core.language.text import fold, raw_words  # noqa: E402
from readout_viewer.core.linking.counterparts import CLOSE_SHARED, _outlet_score  # noqa: E402


def _words_of(text: str) -> dict[str, set[str]]:
    """Each concept of a text with the folded words behind it."""
    out: dict[str, set[str]] = defaultdict(set)
    for word in raw_words(fold(text)):
        out[concept(word.strip("'-"))].add(word)
    return out


def rows(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per not-retrieved miss: the outlet's and the official claim's one-side content concepts."""
    analysis, ctx, gold, docs, doc_of, into, _ = analysed(folder, gold_path)
    required = len(load_gold(gold_path).get("links", []))
    terms, w = ctx.terms, ctx.w
    out = []
    for fa, tb in missed_pairs(analysis, gold, required, docs, doc_of):
        scored = [(_outlet_score(terms[a], w.pieces.get(a, ()), terms[b], w.pieces.get(b, ()), w, CLOSE_SHARED),
                   *_shares(terms[a], terms[b], w), a, b) for a in fa for b in tb if a in terms and b in terms]
        if not scored:
            continue
        s, _, _, shared, content, a, b = max(scored, key=lambda x: x[:3])
        r = {"score": s, "group": _group(s, len(shared), len(content)), "elsewhere": False,
             "n_out": 0, "n_off": 0}
        if _cause(r, 12) != "not retrieved":
            continue
        mine, theirs = _content(terms[a], w), _content(terms[b], w)
        out.append({"event": name, "out": sorted(mine - theirs), "off": sorted(theirs - mine),
                    "shared": sorted(shared), "text": analysis.claim[a].text, "other": analysis.claim[b].text})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--min", type=int, default=2)
    args = parser.parse_args()
    found = [r for name, folder, gold in readable() if args.only in name for r in rows(name, folder, gold)]
    events: dict[tuple[str, str], set[str]] = defaultdict(set)
    words: dict[str, set[str]] = defaultdict(set)
    for r in found:
        for x, y in product(r["out"], r["off"]):
            events[(x, y)].add(r["event"])
        for text in (r["text"], r["other"]):
            for c, ws in _words_of(text).items():
                words[c] |= ws
    print(f"{len(found)} not-retrieved misses in {len({r['event'] for r in found})} events")
    for (x, y), evs in sorted(events.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(evs) >= args.min:
            print(f"{len(evs):3d}  {x} {sorted(words[x])[:4]}  ~  {y} {sorted(words[y])[:4]}")
    for r in found if args.rows else ():
        print(f"{r['event']} shared={r['shared']}\n    out only: {r['out']}\n    off only: {r['off']}\n"
              f"    {r['text']}\n    {r['other']}")


if __name__ == "__main__":
    main()
