"""The cold start's child process, part by part: what it runs from the fork to its answer, counted by callgrind.

    python benchmarks/child.py                     # corpus/: instructions at each point, one run each
    python benchmarks/child.py --runs 3            # each point counted three times (alternated)
    python benchmarks/child.py --other /work/main  # also another checkout's, alternated with this one's
    python benchmarks/child.py --cpu               # the CPU seconds at each point instead (5 plain runs, medians)
    python benchmarks/child.py --cpu --beside      # also with the lane the child forks beside a small folder: the
                                                   # main process's CPU and the wall clock at each point

A cold start (`--no-cache`, or a folder whose analysis is not cached) forks a child before Qt is imported
(core/system/prestart.py) that imports the engine, analyses the folder and sends the pickled result; the window
paints its highlights when that answer comes. This benchmark does the child's work in a process of its own: the
parent's imports at the fork (the CLI, the start's modules, prestart.py: what a fork inherits), then `session`'s
`run_base` without the cache, stopped (os._exit) at each point below; the difference between two points is that
part's cost. Under callgrind (PYTHONHASHSEED=0, modules compiled, as benchmarks/startup.py counts) the counts are
repeatable within a few M whatever the machine's load:

- fork: the parent's imports alone (the process a fork copies); the pattern store (core/system/patternstore.py)
  is then installed as the child installs it, filled by an unmeasured run first (READOUT_VIEWER_PATTERN_STORE=0:
  without it);
- engine: + the engine's modules imported (session, analysis, stages: every rule's patterns compiled at import);
- then the first step of each stage (reading, segmenting, linking, omissions, quotations, attributions), the
  analysis done, and its result pickled as the child sends it (ForkingPickler, the pipe's own).

The analysis is the engine's first in the process, as in the child: the patterns compiled when first used, the
tables built and the memos filled are counted in the stage that first needs them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# The points where a run stops: its name, and the first words of the progress step it stops at (None: not a step).
POINTS = (("fork", None), ("engine", None), ("read", "Finding claims"), ("segmented", "Linking claims"),
          ("linked", "Finding omissions"), ("omissions", "Checking quotations"),
          ("quotations", "Checking attributions"), ("analysed", None), ("pickled", None))
# What --cpu reads after the last point: the CPU of the processes the child waited for (its lane, with --beside).
LANE = "lane"
# No run should take this long under callgrind (about 30 s for corpus/ here).
TIMEOUT_S = 600
CPU_RUNS = 5  # plain runs for --cpu (odd: the median is one run)
BESIDE = " with its lane"  # the variant of --beside: the child's lane forked (stages.analyse's `beside`)

CHILD = r"""
import os, sys, time
from pathlib import Path
import readout_viewer.cli, readout_viewer.app.startup.main
from readout_viewer.core.system import prestart
stop, said, began = sys.argv[2], [], time.monotonic()
def at(name, cpu=None):
    said.append(f"{name} {time.process_time() if cpu is None else cpu:.4f} {time.monotonic() - began:.4f}")
    if name == stop:
        print(" ".join(said), flush=True)
        os._exit(0)
at("fork")
try:  # the pattern store, installed as the child installs it (a tree without it: nothing)
    from readout_viewer.core.system import paths, patternstore
    store = patternstore.install(paths.cache_dir())
except ImportError:
    store = None
from readout_viewer.core import analysis, session, stages
at("engine")
steps = dict(STEPS)
beside = None
if os.environ.get("CHILD_BESIDE"):  # the lane the viewer's child forks beside a small folder (a tree without it: none)
    from readout_viewer.core.system import lanes
    beside = lanes.forked
try:
    run = session.run_base(Path(sys.argv[1]), False, beside=beside)
except TypeError:
    run = session.run_base(Path(sys.argv[1]), False)
while True:
    try:
        step = next(run)
    except StopIteration as done:
        result = done.value
        break
    for name, words in list(steps.items()):
        if step.message.startswith(words):
            del steps[name]
            at(name)
at("analysed")
from multiprocessing.reduction import ForkingPickler
ForkingPickler.dumps(("done", result))
at("pickled")
import resource
lane = resource.getrusage(resource.RUSAGE_CHILDREN)
at("lane", lane.ru_utime + lane.ru_stime)
if store is not None:
    store.save()
"""


def _script() -> str:
    steps = {name: words for name, words in POINTS if words}
    return CHILD.replace("dict(STEPS)", repr(steps))


def environment(tree: Path, home: Path, beside: bool = False) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree), READOUT_VIEWER_MODEL="none", READOUT_VIEWER_NO_CACHE="1",
               XDG_CACHE_HOME=str(home / "cache"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), PYTHONPYCACHEPREFIX=str(home / "pycache"), PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # modules compiled, as an installed program has them
    if beside:
        env["CHILD_BESIDE"] = "1"
    return env


def run(env: dict[str, str], folder: Path, stop: str, counted: bool, out: Path) -> str:
    """One process stopped at `stop`: callgrind's count of its instructions (`counted`), else what it printed."""
    cmd = [sys.executable, "-c", _script(), str(folder), stop]
    if counted:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd]
    done = subprocess.run(cmd, env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr) if counted else None
    if done.returncode or (counted and not found):
        raise RuntimeError(f"stopped at {stop}: exit {done.returncode}: {done.stderr.strip()[-600:]}")
    return found.group(1) if found else done.stdout


def instructions(trees: dict[str, Path], home: Path, runs: int) -> None:
    """Every point of every tree counted `runs` times, alternated; the medians and each part's difference."""
    counts: dict[tuple[str, str], list[int]] = {}
    for i in range(runs):
        for name, tree in (list(trees.items())[i % len(trees):] + list(trees.items())[:i % len(trees)]):
            for point, _ in POINTS:
                n = int(run(environment(tree, home), CORPUS, point, True, home / "callgrind.out"))
                counts.setdefault((name, point), []).append(n)
    for name in trees:
        print(f"\n{name} ({trees[name]}): instructions at each point (M), and the part since the one before")
        before = 0.0
        for point, _ in POINTS:
            found = counts[(name, point)]
            median = statistics.median(found) / 1e6
            print(f"  {point:<11} {' / '.join(f'{n / 1e6:,.1f}' for n in found):>30}  +{median - before:,.1f}")
            before = median


def cpu(trees: dict[str, Path], home: Path) -> None:
    """The CPU seconds at each point of one plain run, CPU_RUNS runs alternated, medians."""
    seen: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(CPU_RUNS):
        for name, tree in trees.items():
            env = environment(tree, home, name.endswith(BESIDE))
            words = run(env, CORPUS, LANE, False, home / "unused").split()
            seen[name].append({words[k]: (float(words[k + 1]), float(words[k + 2])) for k in range(0, len(words), 3)})
    for name, found in seen.items():
        print(f"\n{name}: CPU seconds at each point (median of {CPU_RUNS}), the part since the one before, and the "
              f"wall clock since the first point")
        before = 0.0
        for point, _ in POINTS:
            median = statistics.median(r[point][0] for r in found)
            wall = statistics.median(r[point][1] for r in found)
            print(f"  {point:<11} {median:6.3f}  +{median - before:.3f}  {wall:6.3f} s")
            before = median
        print(f"  the lane's CPU (all its work): {statistics.median(r[LANE][0] for r in found):.3f} s")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="count each point this often (default 1)")
    parser.add_argument("--other", type=Path, metavar="TREE", help="also another checkout's child, alternated")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds of plain runs instead of instructions")
    parser.add_argument("--beside", action="store_true",
                        help="with --cpu: also this tree's child with the lane it forks beside a small folder")
    args = parser.parse_args(argv)
    if not args.cpu and not shutil.which("valgrind"):
        parser.error("counting instructions needs valgrind (or use --cpu)")
    trees = {"this": ROOT, **({f"this{BESIDE}": ROOT} if args.beside and args.cpu else {}),
             **({"other": args.other.resolve()} if args.other else {})}
    print(f"folder: {CORPUS}; words alone; load average {os.getloadavg()[0]:.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="readout-viewer-child-") as tmp:
        home = Path(tmp)
        for tree in trees.values():  # its modules compiled, the pattern store filled, first (not counted)
            run(environment(tree, home), CORPUS, "none", False, home / "unused")
        (cpu if args.cpu else lambda t, h: instructions(t, h, args.runs))(trees, home)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
