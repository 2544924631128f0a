"""Where the "not in any readout" detector stops on a probe's sentences: each report missed by the gate that held it,
and each wrong flag with the attribution listed.

    python eval/unrep_probe_gates.py PROBE.yaml [--wrong]

Run from the tree with PYTHONPATH set to it. Each story's folder is built as eval/unrep_probe.py builds it, analysed,
and each report missed is given the first gate of eval/unreported_census.py that held it ("no cue", "candidate: a
stance", "find_unreported: held back", ...); with --wrong, each wrong flag instead, with the attributions over it
(docs/engine.md, Round 49, helper unrep25)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import unreported_census as census  # noqa: E402
from unrep_probe import TOLD, story_folder  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list the wrong flags instead of the misses")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    for story in yaml.safe_load(args.probe.read_text(encoding="utf-8")):
        census._trace["candidates"].clear()
        census._trace["listed"].clear()
        with tempfile.TemporaryDirectory() as tmp:
            body, spans = story_folder(Path(tmp), story)
            data = jsonio.to_dict(analyze(Path(tmp)))
        doc = next(d for d in data["documents"] if d["id"].startswith("story"))
        off = doc["text"].index(body[:60])
        claims = {c["id"]: c for c in data["claims"]}
        flagged = {u["claim"] for u in data.get("unreported", [])}
        listed = {cl for *_, out in census._trace["listed"] for cl in out}
        for item, (s, e) in zip(story["items"], spans, strict=True):
            span = (doc["id"], s + off, e + off)
            hit = any(claims[c]["doc"] == doc["id"] and span[1] <= claims[c]["start"] < span[2] for c in flagged)
            report = item["on_call"] and item.get("via") in TOLD
            over = [(a.get("cited_as"), a.get("verdict")) for a in data.get("attributions", [])
                    if a["doc"] == doc["id"] and a["start"] < span[2] and span[1] < a["end"]]
            if args.wrong and hit and not report:
                tally[item["family"]] += 1
                print(f"WRONG {item['family']} | {over} | {item['text'][:150]}")
            elif not args.wrong and report and not hit:
                gate = census._gate(data, span, claims, listed)
                tally[gate] += 1
                print(f"MISS {gate} | {over} | {item['text'][:150]}")
    for key, n in tally.most_common():
        print(f"  {key}: {n}")


if __name__ == "__main__":
    main()
