"""Two official texts of ONE side linked to each other: each required link between them, by what stops it.

    python eval/same_side_links.py [--only NAME]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each gold link whose two ends are official texts of the same side (`Document.side`: a readout and its leader's post
or remarks, a readout and its government's briefing) is found or missed; each missed one is put in one family by the
first test it meets (`_family`: the same-side floor OUTLET_THRESHOLD, the one-to-one rule, two speakers ...), with its
best pair's words-alone score, the content concepts shared, the two texts' sizes in claims and what each end is
linked to instead. Then the links between two such texts the gold does not hold (false), with their scores. First,
which folders have two official texts of one side at all. Not a test: docs/engine-history.md (Round 43, links95) records
what it showed. (eval/official_sides.py's census, which does the same for two sides' texts, told which pairs to count.)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import official_sides  # noqa: E402
from official_pairs import Folder  # noqa: E402

from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD  # noqa: E402
from readout_viewer.core.linking.readouts import MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD  # noqa: E402


def _family(f: Folder, s: float, a: str, b: str, shared: list[str]) -> str:
    """The first shape a missed pair meets: official_sides' shapes, a free pair placed against the same-side floor."""
    fam = official_sides._family(f, s, a, b, shared)
    if not fam.startswith("both free"):
        return fam
    if s < MUTUAL_THRESHOLD:
        return "both free, under the two sides' mutual floor (0.12)"
    if s < OFFICIAL_THRESHOLD:
        return "both free, 0.12-0.18 (two sides' mutual floor met)"
    if s < OUTLET_THRESHOLD:
        return "both free, 0.18-0.35: under the same-side floor only"
    return "both free, over the same-side floor"


def _note(side: dict[str, Any], fams: Counter[str]) -> None:
    """Say which of a folder's sides have two official texts or more."""
    by_side: dict[str, list[str]] = {}
    for d, s in side.items():
        if s:
            by_side.setdefault(s, []).append(d.rsplit("/", 1)[-1])
    shared_sides = {s: ds for s, ds in by_side.items() if len(ds) > 1}
    if shared_sides:
        fams["(folders with two official texts of one side)"] += 1
        print(f"  one side's official texts: {shared_sides}")


if __name__ == "__main__":
    official_sides.main(same=True, family=_family, note=_note, what="one side's", doc=__doc__)
