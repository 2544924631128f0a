"""Benchmark of the alignment engine: median time of analyze(folder) and of each engine stage, with counts.

Run: python benchmarks/engine.py [FOLDER] [RUNS]   (target: analysis of corpus/ in under 1 s)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from readout_viewer.core import (
    attributions,  # noqa: E402
    quotes,  # noqa: E402
)
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language import segment  # noqa: E402
from readout_viewer.core.linking import (
    align,  # noqa: E402
    omissions,  # noqa: E402
)
from readout_viewer.core.loading import reader as loading  # noqa: E402

DEFAULT_RUNS = 7  # odd, so that the median is one measured run


def _median(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def _drain(gen):
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def _load(folder: Path) -> list:
    scan = loading.scan(folder)
    docs = [loading.load_file(folder, rel, scan.settings) for rel in scan.files]
    docs = [d for d in docs if not isinstance(d, loading.Problem)]
    return sorted(docs, key=lambda d: (d.event, d.id))


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "corpus"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_RUNS
    if not folder.is_dir():
        print(f"no folder {folder}", file=sys.stderr)
        return 2
    total, analysis = _median(lambda: analyze(folder), runs)
    t_load, docs = _median(lambda: _load(folder), runs)
    t_seg, claims_of = _median(lambda: {d.id: segment.segment(d) for d in docs}, runs)
    t_link, links = _median(lambda: _drain(align.find_links(docs, claims_of)), runs)
    t_om, found = _median(lambda: omissions.find_omissions(docs, claims_of, links), runs)
    t_quotes, checked = _median(lambda: quotes.check_quotes(docs), runs)
    t_attr, _ = _median(lambda: attributions.check_attributions(docs, claims_of, links, checked), runs)
    print(f"folder {folder}: {len(docs)} documents, {sum(map(len, claims_of.values()))} claims, "
          f"{len(links)} links ({sum(lk.relation == 'diverge' for lk in links)} diverge), {len(found)} omissions")
    print(f"median of {runs} runs")
    print(f"  analyze (whole pipeline) {total * 1000:8.1f} ms")
    stages = (("load", t_load), ("segment", t_seg), ("link", t_link), ("omissions", t_om), ("quotes", t_quotes),
              ("attributions", t_attr))
    for name, t in stages:
        print(f"  {name:<24} {t * 1000:8.1f} ms")
    print(f"analysis holds {len(analysis.claims)} claims and {len(analysis.links)} links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
