"""Startup benchmark: launch → painted window, for a bare PySide6 window and for the viewer warm and cold.

    python benchmarks/startup.py                 # corpus/: bare window, warm start, cold start; 5 alternated runs each
    python benchmarks/startup.py --runs 9        # more runs
    python benchmarks/startup.py --articles 500  # a synthetic 500-article folder (scale.py's), cache warm
    python benchmarks/startup.py --model         # with the installed sentence model asked for (default: words alone)
    python benchmarks/startup.py --other /work/main  # also another checkout's warm and cold starts, alternated
                                                     # with these (warm-other, cold-other: the same folder and cache)
    python benchmarks/startup.py --instructions --other /work/main  # the bare window's and the warm starts'
                                                     # instructions to their paint, counted by callgrind

Every run is a fresh process, timed from just before it is launched (time.monotonic(), the machine's clock) to the
moment it says it painted, with READOUT_VIEWER_TRACE_STARTUP=1 (readout_viewer/app/startup/trace.py):

- bare: a QMainWindow with the same three texts the viewer shows first (its default panes), in three QTextEdits
  in a splitter, 1600×1000: the reference, the least any Qt window with those texts costs here;
- warm: `readout-viewer --screenshot` on the folder with its analysis already in the cache (a second start):
  launch → every pane painted with its highlights;
- cold: the same with `--no-cache` (the analysis runs): launch → texts painted, analysis answered, highlights painted.

The docks' lists (findings, comparison, coverage matrix) and, for a folder without a decisions file, the
corrections are filled just after the panes' first paint: "settled" is launch → that filling done (the window
as `--screenshot` saves it), printed beside the painted window.

Each process also says the CPU seconds it had used by its paint (time.process_time(), every thread of it): printed
for the bare window and the warm start with their ratio, which the load of other work on the machine sways far less
than the clock (a cold start's analysis runs in a child process and is not counted there).

"to exit" adds what --screenshot does after the paint (select a link, grab the window, encode the PNG) and the
interpreter's exit. The variants alternate (the order rotates each round) so that the load of this shared 2-core
machine falls on all of them alike; medians with min–max. Qt draws offscreen; caches, settings and the log live
in a temporary home, so the user's cache is neither used nor touched. Targets (issue 13): warm ≤ 1.5× the bare
window, cold ≤ 2.5× with the texts painted before the analysis ends, a cached 500-article folder ≤ 2 s.

--instructions counts instead the instructions each start runs to its paint under valgrind's callgrind, which the
load of the machine does not move (repeatable within about 1 M of 1,300 M): the bare window and the warm starts
(warm, warm-other), each process ended at its paint (os._exit: nothing after it is counted), Python's string
hashes fixed (PYTHONHASHSEED=0), and the viewer's fall-backs for a slow paint held back (under callgrind a start is
some fifty times slower, and the fall-backs would fill the docks and draw the icon before the paint, as no start at
full speed does), its modules imported in the start's own order (PySide6 by the window's start, not before the CLI).
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# The viewer's default panes on corpus/ (status.default_panes: one readout of each side, then the outlet that
# diverges from them most): the bare window shows the same texts.
BARE_TEXTS = ("2021-12-07-video-call/white-house-readout.md", "2021-12-07-video-call/kremlin-readout.md",
              "2021-12-07-video-call/rferl-week-in-russia.txt")
# The screenshot's window size, the viewer's first size on a desktop screen (app/window.py FIRST_SIZE).
SIZE = (1600, 1000)
RUNS = 5  # per variant: the fewest whose median a single disturbed run does not move
TARGETS = {"warm": 1.5, "cold": 2.5}  # times the bare window (issue 13)
CACHED_FOLDER_TARGET_S = 2.0  # the GUI opens a cached 500-article folder within this (issue 13)
TRACE = "readout-viewer trace:"
# Variants that only --variants asks for, to compare with the code before the first folder's analysis was started in
# a child process at launch (app/startup/early.py): cold-thread analyses it in a thread of the window's process,
# warm-thread leaves out the parent's check of the cache key that decides whether to start a child.
VARIANT_ENV = {"cold-thread": {"READOUT_VIEWER_PRESTART": "0"}, "warm-thread": {"READOUT_VIEWER_PRESTART": "0"}}
# --other TREE: the variants run with that checkout's code carry this suffix (the tree travels in this variable).
OTHER = "-other"
OTHER_ENV = "READOUT_VIEWER_STARTUP_OTHER"
# No run should take this long; one that does is reported as failed rather than hanging the benchmark.
TIMEOUT_S = 600

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit
app = QApplication(sys.argv[:1])
window, splitter = QMainWindow(), QSplitter()
edits = []
for path in sys.argv[3:]:
    edit = QTextEdit()
    edit.setReadOnly(True)
    edit.setPlainText(open(path, encoding="utf-8").read())
    splitter.addWidget(edit)
    edits.append(edit)
window.setCentralWidget(splitter)
window.resize(int(sys.argv[1]), int(sys.argv[2]))
class Painted(QObject):
    waiting = {edit.viewport() for edit in edits}
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched in self.waiting:
            self.waiting.discard(watched)
            if not self.waiting:
                print(f"readout-viewer trace: texts-painted {time.monotonic():.6f} {time.process_time():.6f}",
                      file=sys.stderr, flush=True)
                QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
for viewport in Painted.waiting:
    viewport.installEventFilter(painted)
window.show()
sys.exit(app.exec())
"""


# --instructions: the bare window ended at its paint, and the viewer's --screenshot start ended at its highlights'
# paint, its fall-backs for a late paint (the icon, the garbage collector, the docks' filling) held back. The viewer's
# modules that hold them (afterpaint, trace) import PySide6, so they are changed as they are imported, where the
# start imports them, not imported first: PySide6 loaded before the CLI would put every later import statement
# through its import hook (shiboken's feature check reads each newly named module's source), which a real start
# does not do for the CLI's, the model's and the cache's modules (34 M instructions more in a count of main at
# 67f01ff, helper speed53).
BARE_STOPPED = BARE.replace("QTimer.singleShot(0, app.quit)", "__import__('os')._exit(0)")
VIEWER_STOPPED = r"""
import os, sys
from importlib.machinery import PathFinder
from readout_viewer.app.startup import main as start
start.ICON_LATEST_MS = 10 ** 7
def held_fallback(afterpaint):
    afterpaint.LATEST_MS = 10 ** 7
def stop_at_paint(trace):
    said = trace._say
    def say(out, event):
        said(out, event)
        if event == "highlights-painted":
            os._exit(0)
    trace._say = say
CHANGED = {"readout_viewer.app.afterpaint": held_fallback, "readout_viewer.app.startup.trace": stop_at_paint}
class Changed:
    @staticmethod
    def find_spec(name, path, target=None):
        spec = PathFinder.find_spec(name, path, target) if name in CHANGED else None
        if spec is not None:
            run = spec.loader.exec_module
            def exec_module(module):
                run(module)
                CHANGED[name](module)
            spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Changed)
from readout_viewer.cli import main
sys.exit(main(sys.argv[1:]))
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def environment(home: Path, model: bool) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READOUT_VIEWER_TRACE_STARTUP="1",
               XDG_CACHE_HOME=str(home / "cache"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), PYTHONPATH=str(ROOT))
    env.pop("READOUT_VIEWER_NO_CACHE", None)
    # Python's compiled modules, as an installed program has them (pip writes them at install, an editable install
    # on first import): a shell that forbids writing them would charge every start with compiling the source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")  # in the temporary home, not the source tree
    # words alone, the default, unless the installed sentence model is asked for (it is used only when asked for)
    env["READOUT_VIEWER_MODEL"] = "minilm" if model else "none"
    return env


def command(variant: str, folder: Path, png: Path, stopped: bool = False) -> list[str]:
    """The process of one run (`stopped`: ended at its paint, for --instructions)."""
    if variant == "bare":
        return [sys.executable, "-c", BARE_STOPPED if stopped else BARE, str(SIZE[0]), str(SIZE[1])] + [
            str(CORPUS / t) for t in BARE_TEXTS]
    extra = ["--no-cache"] if variant.startswith("cold") else []
    start = ["-c", VIEWER_STOPPED] if stopped else ["-m", "readout_viewer"]
    return [sys.executable, *start, *extra, "--screenshot", str(png), "--size", f"{SIZE[0]}x{SIZE[1]}", str(folder)]


def instructions(variant: str, folder: Path, env: dict[str, str], png: Path) -> int:
    """The instructions one start runs to its paint, counted by callgrind."""
    env = dict(env, PYTHONHASHSEED="0", **VARIANT_ENV.get(variant, {}))
    if variant.endswith(OTHER):
        env["PYTHONPATH"] = env[OTHER_ENV]
    out = png.with_name("callgrind.out")
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                           *command(variant, folder, png, stopped=True)], env=env, cwd=tempfile.gettempdir(),
                          capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    found = COLLECTED.search(done.stderr)
    if done.returncode or not found:
        raise RuntimeError(f"{variant} under callgrind exited with {done.returncode}: {done.stderr.strip()[-800:]}")
    return int(found.group(1))


def count(variants: list[str], folder: Path, env: dict[str, str], png: Path, runs: int) -> None:
    """--instructions: each variant counted `runs` times, alternated; the counts and their ratio to the bare
    window's, against the warm target."""
    counted: dict[str, list[int]] = {v: [] for v in variants}
    for i in range(runs):
        for variant in variants[i % len(variants):] + variants[:i % len(variants)]:
            counted[variant].append(instructions(variant, folder, env, png))
    bare = statistics.median(counted["bare"])
    print(f"\n{'variant':<11} {'instructions to the paint':>34} ratio")
    for variant, found in counted.items():
        print(f"{variant:<11} {' / '.join(f'{n / 1e6:,.1f}' for n in found) + ' M':>34} "
              f"{statistics.median(found) / bare:5.3f}×")
    for variant in (v for v in variants if v.startswith("warm")):
        ratio = statistics.median(counted[variant]) / bare
        verdict = "met" if ratio <= TARGETS["warm"] else "NOT met"
        print(f"{variant}: {ratio:.3f}× the bare window by instructions (target ≤ {TARGETS['warm']}×): {verdict}")


def launch(variant: str, folder: Path, env: dict[str, str], png: Path) -> dict[str, float]:
    """One run: seconds from launch to each traced event, and to the process's exit."""
    cmd = command(variant, folder, png)
    env = dict(env, **VARIANT_ENV.get(variant, {}))
    if variant.endswith(OTHER):  # another checkout's code, on this one's folder (its analysis cached alike)
        env["PYTHONPATH"] = env[OTHER_ENV]
    start = time.monotonic()
    done = subprocess.run(cmd, env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)
    end = time.monotonic()
    if done.returncode:
        raise RuntimeError(f"{variant} exited with {done.returncode}: {done.stderr.strip()[-800:]}")
    out = {"exit": end - start}
    for line in done.stderr.splitlines():
        if line.startswith(TRACE):
            event, at, *cpu = line[len(TRACE):].split()  # an older viewer says no CPU seconds
            out.setdefault(event, float(at) - start)
            if cpu:
                out.setdefault(f"cpu {event}", float(cpu[0]))
    return out


def painted(run: dict[str, float], variant: str, cpu: bool = False) -> float:
    """Launch → the painted window: the texts for the bare window, the highlights for the viewer (`cpu`: the CPU
    seconds the process had used then, rather than the seconds since launch)."""
    return run[("cpu " if cpu else "") + ("texts-painted" if variant == "bare" else "highlights-painted")]


def cpu_said(run: dict[str, float], variant: str) -> bool:
    """Whether the run said its CPU seconds at its paint (a viewer older than that figure does not)."""
    return "cpu " + ("texts-painted" if variant == "bare" else "highlights-painted") in run


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):5.2f} s ({min(values):.2f}–{max(values):.2f})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None,
                        help=f"runs of each variant (default {RUNS}; with --instructions 1)")
    parser.add_argument("--articles", type=int, metavar="N",
                        help="open a synthetic folder of N articles (benchmarks/scale.py's) instead of corpus/")
    parser.add_argument("--variants", default=None,
                        help="comma-separated among bare, warm, cold, cold-thread, warm-thread (default: "
                             "bare,warm,cold; "
                             "bare,warm with --articles)")
    parser.add_argument("--model", action="store_true", help="use the installed sentence model (default: words alone)")
    parser.add_argument("--other", type=Path, metavar="TREE",
                        help="also run another checkout's viewer (warm-other, cold-other), alternated with this one's")
    parser.add_argument("--instructions", action="store_true",
                        help="count the bare window's and the warm starts' instructions to their paint with callgrind "
                             "(valgrind) instead of timing them; --runs counts each that often (default 1)")
    args = parser.parse_args(argv)
    args.runs = args.runs or (1 if args.instructions else RUNS)
    if args.instructions and not shutil.which("valgrind"):
        parser.error("--instructions needs valgrind")
    variants = (args.variants or ("bare,warm" if args.articles or args.instructions else "bare,warm,cold")).split(",")
    if args.instructions and (variants[0] != "bare" or any(not v.startswith("warm") for v in variants[1:])):
        parser.error("--instructions counts bare (first) and warm starts only")
    if args.other:
        variants += [v + OTHER for v in variants if v != "bare"]
    with tempfile.TemporaryDirectory(prefix="readout-viewer-startup-") as tmp:
        home = Path(tmp)
        env = environment(home, args.model)
        if args.other:
            env[OTHER_ENV] = str(args.other.resolve())
        folder = CORPUS
        if args.articles:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            import scale
            folder = home / "folder"
            scale.build(folder, args.articles)
        png = home / "shot.png"
        print(f"folder: {folder if not args.articles else f'{args.articles} synthetic articles'}; "
              f"{'sentence model' if args.model else 'words alone'}; {args.runs} runs of each, alternated; "
              f"load average {os.getloadavg()[0]:.2f}", flush=True)
        t = launch("warm", folder, env, png)  # fills the analysis cache (and the sentence vectors): not timed
        print(f"first start, cache empty (not counted): highlights painted at {t['highlights-painted']:.2f} s",
              flush=True)
        launch("bare", folder, env, png)  # Qt's libraries into the page cache, as for every other run
        if args.other:
            launch("warm" + OTHER, folder, env, png)  # its modules compiled, as this tree's were by the first start
        if args.instructions:
            count(variants, folder, env, png, args.runs)
            return 0
        runs: dict[str, list[dict[str, float]]] = {v: [] for v in variants}
        for i in range(args.runs):
            for variant in variants[i % len(variants):] + variants[:i % len(variants)]:
                runs[variant].append(launch(variant, folder, env, png))
        missed = sum("texts-painted" in r for r in runs.get("warm", []))
        if missed:  # a warm start shows the analysis at once; texts alone first mean it was analysed again
            print(f"warning: {missed} warm runs missed the cache", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print(f"\n{'variant':<11} {'launch → painted window':>24} {'ratio':>6} {'launch → exit':>24}")
    bare = statistics.median(painted(r, "bare") for r in runs["bare"]) if "bare" in runs else None
    for variant in variants:
        times = [painted(r, variant) for r in runs[variant]]
        ratio = f"{statistics.median(times) / bare:5.2f}×" if bare else ""
        print(f"{variant:<11} {spread(times):>24} {ratio:>6} {spread([r['exit'] for r in runs[variant]]):>24}")
    # The CPU a process has used by its paint: what the code costs, less swayed than the clock by the machine's other
    # work (a cold start's analysis runs in a child process, not counted here).
    told = [v for v in variants if not v.startswith("cold") and all(cpu_said(r, v) for r in runs[v])]
    cpu_bare = statistics.median(painted(r, "bare", cpu=True) for r in runs["bare"]) if "bare" in told else None
    for variant in told:
        times = [painted(r, variant, cpu=True) for r in runs[variant]]
        ratio = f", {statistics.median(times) / cpu_bare:.2f}× the bare window's" if cpu_bare else ""
        print(f"{variant}, CPU seconds used by the painted window: {spread(times)}{ratio}")
    settled = [v for v in variants if v != "bare" and all("settled" in r for r in runs[v])]
    for variant in settled:
        print(f"{variant}, launch → settled (docks and corrections filled after the paint): "
              f"{spread([r['settled'] for r in runs[variant]])}")
    for variant in (v for v in variants if v.startswith("cold")):
        cold = runs[variant]
        print(f"\n{variant} start, from launch: texts painted {spread([r['texts-painted'] for r in cold])}, analysis "
              f"answered {spread([r['analysis-answered'] for r in cold])}; texts painted first in "
              f"{sum(r['texts-painted'] < r['analysis-answered'] for r in cold)} of {len(cold)} runs")
    print()
    for variant, target in TARGETS.items():
        if variant in runs and bare:
            ratio = statistics.median(painted(r, variant) for r in runs[variant]) / bare
            verdict = "met" if ratio <= target else "NOT met"
            print(f"{variant}: {ratio:.2f}× the bare window (target ≤ {target}×): {verdict}")
    if "cold" in runs and bare:
        texts = statistics.median(r["texts-painted"] for r in runs["cold"]) / bare
        print(f"cold, launch → texts painted (no highlights yet): {texts:.2f}× the bare window")
    if args.articles and "warm" in runs:
        warm = statistics.median(painted(r, "warm") for r in runs["warm"])
        verdict = "met" if warm <= CACHED_FOLDER_TARGET_S else "NOT met"
        print(f"cached {args.articles}-article folder: {warm:.2f} s to the painted window "
              f"(target for 500: ≤ {CACHED_FOLDER_TARGET_S} s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
