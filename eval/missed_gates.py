"""Required outlet -> official links the engine misses, each by the outlet gate that stops it: a census.

    python eval/missed_gates.py [--only NAME] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
each required gold link outlet -> official that the analysis leaves unlinked (folder_pairs.missed_pairs) is scored on
its best pair of claims with the outlet score (counterparts._outlet_score) and put in the first group that stops it:
"shared<2" (fewer concepts in common than a close report needs), "shared=2" (two, and no close report: under
CLOSE_THRESHOLD or no content concept), "content<2" (three or more, fewer than OUTLET_CONTENT of them content: the
rest are who the event is about or the setting), "under floor" (the gates pass, the score is under OUTLET_THRESHOLD),
"scored" (it scores enough, and a later pass drops it or another claim wins). Each group also counts the misses whose
outlet sentence the analysis links to another claim of the same official text ("elsewhere"). Counts only; --rows
prints each miss with the concepts shared and the content among them (docs/engine-history.md, Round 44, helper
links98)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import analysed, missed_pairs  # noqa: E402
from scoring import load_gold  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core.linking.counterparts import CLOSE_SHARED, OUTLET_CONTENT, _content, _outlet_score  # noqa: E402
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD  # noqa: E402


def _group(s: float, shared: int, content: int) -> str:
    """The gate that stops a miss scored `s`, sharing `shared` concepts of which `content` are content."""
    if s >= OUTLET_THRESHOLD:
        return "scored"
    if s > 0:
        return "under floor"
    if shared < CLOSE_SHARED:
        return "shared<2"
    if shared == CLOSE_SHARED:
        return "shared=2"
    return "content<2" if content < OUTLET_CONTENT else "under floor"


def _shares(mine, theirs, w) -> tuple[int, int, frozenset[str], frozenset[str]]:
    """How many concepts two claims' terms share and how many of them are content, with the two sets."""
    shared = mine.concepts & theirs.concepts
    content = _content(mine, theirs, shared, w)
    return len(shared), len(content), shared, content


def rows(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per missed required link: its best pair's score, group, shared and content concepts, texts."""
    analysis, ctx, gold, docs, doc_of, into, _ = analysed(folder, gold_path)
    required = len(load_gold(gold_path).get("links", []))
    terms, w = ctx.terms, ctx.w
    out = []
    for fa, tb in missed_pairs(analysis, gold, required, docs, doc_of):
        scored = [(_outlet_score(terms[a], (), terms[b], (), w, CLOSE_SHARED), *_shares(terms[a], terms[b], w), a, b)
                  for a in fa for b in tb if a in terms and b in terms]
        if not scored:
            continue
        s, _, _, shared, content, a, b = max(scored, key=lambda x: x[:3])  # the best score, then the most in common
        out.append({"event": name, "score": s, "group": _group(s, len(shared), len(content)),
                    "elsewhere": bool(into.get((a, doc_of[b]))), "shared": sorted(shared),
                    "content": sorted(content), "text": analysis.claim[a].text, "other": analysis.claim[b].text})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    found = [r for name, folder, gold in readable() if args.only in name for r in rows(name, folder, gold)]
    groups, elsewhere = Counter(r["group"] for r in found), Counter(r["group"] for r in found if r["elsewhere"])
    print(f"{len(found)} required outlet -> official links missed")
    for group, n in sorted(groups.items()):
        print(f"  {group:12s} {n:4d}  (the sentence linked to another claim of that text: {elsewhere[group]})")
    for r in found if args.rows else ():
        print(f"{r['event']} [{r['group']}] {r['score']:.2f} shared={r['shared']} content={r['content']}\n"
              f"    {r['text']}\n    {r['other']}")


if __name__ == "__main__":
    main()
