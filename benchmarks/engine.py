"""Benchmark of the engine: a first analysis in a fresh process, repeated analyses, and each stage, with counts.

Run: python benchmarks/engine.py [FOLDER] [RUNS]

Target (issue 16): the analysis of corpus/ in at most 0.6 s, the sentence model included when it is used
(READOUT_VIEWER_MODEL=minilm; words alone is the default).
A first run is a new process that imports readout-viewer and analyses the folder once (what a person waits for
after a start); its figure is the median of FIRST_RUNS such processes. They run with their modules compiled, as an
installed program has them: PYTHONDONTWRITEBYTECODE (which a development shell may set) is dropped, the compiled
files go to a temporary directory (PYTHONPYCACHEPREFIX), and one unmeasured process compiles them first. With the
sentence model, each measured first run starts with no sentence vectors cached (a separate line gives the figure
with them cached). Repeated runs are medians in one process. Wall and CPU time are both printed: the machine may be
shared, and CPU time is what another machine's wall time would track. The analysis cache is off throughout.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from usage import help_asked  # noqa: E402 (benchmarks/, the script's own directory)

os.environ["READOUT_VIEWER_NO_CACHE"] = "1"
os.environ.setdefault("READOUT_VIEWER_MODEL", "none")  # the stages below: words alone

from readout_viewer.core import attributions, quotes  # noqa: E402
from readout_viewer.core.language import embeddings, segment  # noqa: E402
from readout_viewer.core.linking import align, nearest, omissions  # noqa: E402
from readout_viewer.core.linking.context import Context, context_for  # noqa: E402
from readout_viewer.core.loading import reader as loading  # noqa: E402

DEFAULT_RUNS = 7  # odd, so that the median is one measured run
# Fresh processes per first-run figure (odd, as above): one alone swings by a tenth on a shared machine.
FIRST_RUNS = 5
TARGET_S = 0.6
# One analysis in a new process: wall and CPU seconds of the import and of the first analyze(), and what
# compared the statements. The import is the pipeline's and its stages' (the pipeline imports its stages once the
# texts are read, so that a viewer shows them sooner; they are counted with the imports, as before that change).
_FIRST_RUN = """
import json, sys, time
t0, c0 = time.perf_counter(), time.process_time()
from readout_viewer.core.analysis import analyze
from readout_viewer.core import stages
t1, c1 = time.perf_counter(), time.process_time()
a = analyze(sys.argv[1])
print(json.dumps({"wall": time.perf_counter() - t1, "cpu": time.process_time() - c1,
                  "import_cpu": c1 - c0, "similarity": a.engine.get("similarity", "")}))
"""


def _median(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Median wall and CPU seconds of `runs` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), result


def _drain(gen):
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def _env(model: str, vectors: Path, compiled: Path) -> dict[str, str]:
    """A child's environment: the model, where its vectors are cached, and compiled modules as installed."""
    env = {**os.environ, "READOUT_VIEWER_MODEL": model, "READOUT_VIEWER_EMBEDDINGS": str(vectors),
           "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(compiled)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _one_first_run(folder: Path, env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-c", _FIRST_RUN, str(folder)], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _first_run(folder: Path, model: str, compiled: Path, vectors: Path | None = None) -> dict:
    """Median wall and CPU (each over FIRST_RUNS fresh processes) of a first analysis; with `vectors`, all of them
    share that vector cache, else each starts with an empty one."""
    runs = []
    for _ in range(FIRST_RUNS):
        with tempfile.TemporaryDirectory() as fresh:
            runs.append(_one_first_run(folder, _env(model, vectors or Path(fresh), compiled)))
    return {**{key: statistics.median(r[key] for r in runs) for key in ("wall", "cpu", "import_cpu")},
            "similarity": runs[-1]["similarity"]}


def _repeated(folder: Path, model: str, vectors: Path, compiled: Path, runs: int) -> dict:
    code = ("import json, sys, statistics, time\nfrom readout_viewer.core.analysis import analyze\n"
            "analyze(sys.argv[1])\nw, c = [], []\n"
            f"for _ in range({runs}):\n"
            "    t0, c0 = time.perf_counter(), time.process_time(); analyze(sys.argv[1])\n"
            "    w.append(time.perf_counter() - t0); c.append(time.process_time() - c0)\n"
            "print(json.dumps({'wall': statistics.median(w), 'cpu': statistics.median(c)}))")
    out = subprocess.run([sys.executable, "-c", code, str(folder)], env=_env(model, vectors, compiled),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(label: str, fig: dict) -> str:
    verdict = "within" if fig["cpu"] <= TARGET_S else "OVER"
    imported = f"   (+{fig['import_cpu'] * 1000:.0f} ms CPU to import)" if "import_cpu" in fig else ""
    return (f"  {label:<52} {fig['wall'] * 1000:7.0f} ms wall {fig['cpu'] * 1000:7.0f} ms CPU   "
            f"CPU/target {fig['cpu'] / TARGET_S:5.2f} ({verdict}){imported}")


def _stages(folder: Path, runs: int) -> None:
    scan = loading.scan(folder)
    t_load, _, docs = _median(lambda: sorted((d for d in (loading.load_file(folder, rel, scan.settings)
                                                          for rel in scan.files)
                                              if not isinstance(d, loading.Problem)),
                                             key=lambda d: (d.event, d.id)), runs)
    t_seg, _, claims_of = _median(lambda: {d.id: segment.segment(d) for d in docs}, runs)
    def link() -> tuple[Context, list]:
        context = context_for(docs, claims_of)
        return context, _drain(align.find_links(docs, claims_of, context=context))

    t_link, _, (context, links) = _median(link, runs)
    t_om, _, found = _median(lambda: nearest.closest(omissions.find_omissions(docs, claims_of, links), context, docs),
                             runs)
    t_quotes, _, checked = _median(lambda: quotes.check_quotes(docs), runs)
    t_attr, _, _ = _median(lambda: attributions.check_attributions(docs, claims_of, links, checked), runs)
    print(f"stages (words alone, median wall of {runs}): {len(docs)} documents, "
          f"{sum(map(len, claims_of.values()))} claims, {len(links)} links "
          f"({sum(lk.relation == 'diverge' for lk in links)} diverge), {len(found)} omissions")
    for name, t in (("load", t_load), ("segment", t_seg), ("link", t_link), ("omissions", t_om),
                    ("quotes", t_quotes), ("attributions", t_attr)):
        print(f"  {name:<24} {t * 1000:8.1f} ms")
    print("  (omissions: with the closest passage of each in each document that leaves it out)")


def main() -> int:
    if help_asked(__doc__):
        return 0
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_RUNS
    if not folder.is_dir():
        print(f"no folder {folder}", file=sys.stderr)
        return 2
    print(f"folder {folder}; target: analysis in at most {TARGET_S} s")
    modes = [("none", "words alone")] + ([("minilm", "with the sentence model")] if embeddings.installed() else [])
    if len(modes) == 1:
        print("  (the sentence model is not installed: words alone only)")
    with tempfile.TemporaryDirectory() as compiled:
        for model, label in modes:
            with tempfile.TemporaryDirectory() as vectors:
                _one_first_run(folder, _env(model, Path(vectors), Path(compiled)))  # compiles; fills `vectors`
                first = _first_run(folder, model, Path(compiled))
                print(_line(f"first run, new process, {label}", first))
                if model != "none":
                    print(_line(f"first run, new process, vectors cached, {label}",
                                _first_run(folder, model, Path(compiled), Path(vectors))))
                print(_line(f"repeated runs (median of {runs}), {label}",
                            _repeated(folder, model, Path(vectors), Path(compiled), runs)))
                print(f"    compared by: {first['similarity']}")
    _stages(folder, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
