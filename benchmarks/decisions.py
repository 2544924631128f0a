"""Benchmark of analyst decisions: applying N decisions to an analysis, saving the file after each, reading it.

Run: python benchmarks/decisions.py [FOLDER] [N]   (target: a correction saved and shown in well under 100 ms)
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from usage import help_asked  # noqa: E402 (benchmarks/, the script's own directory)

from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.decisions import (  # noqa: E402
    CONFIRM,
    REJECT,
    DecisionStore,
    apply_decisions,
    decision_for_link,
    note_decision,
)

DEFAULT_DECISIONS = 200  # far more corrections than an analyst makes on one folder
RUNS = 5  # odd, so that the median is one measured run
SEED = 1  # the same decisions every run


def _decisions(analysis, n: int) -> list:
    rng = random.Random(SEED)
    out = [decision_for_link(rng.choice((CONFIRM, REJECT)), link, analysis) for link in analysis.links[:n // 2]]
    out += [note_decision(rng.choice(analysis.claims), f"note {i}", analysis=analysis) for i in range(n - len(out))]
    return out


def _median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main(argv: list[str]) -> int:
    if help_asked(__doc__, argv):
        return 0
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "corpus"
    n = int(argv[1]) if len(argv) > 1 else DEFAULT_DECISIONS
    analysis = analyze(folder)
    decisions = _decisions(analysis, n)
    print(f"{folder}: {len(analysis.claims)} claims, {len(analysis.links)} links; {len(decisions)} decisions")
    applied = _median_ms(lambda: apply_decisions(analysis, decisions))
    print(f"apply all decisions (anchors, links, omissions): {applied:.1f} ms")
    tmp = Path(tempfile.mkdtemp())
    try:
        store = DecisionStore.open(tmp)
        per_save = []
        for d in decisions:
            t0 = time.perf_counter()
            store.add(d)
            per_save.append(time.perf_counter() - t0)
        print(f"add + atomic save: first {per_save[0] * 1000:.1f} ms, last {per_save[-1] * 1000:.1f} ms "
              f"(file {store.path.stat().st_size // 1024} KB)")
        print(f"open and read the file: {_median_ms(lambda: DecisionStore.open(tmp)):.1f} ms")
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
