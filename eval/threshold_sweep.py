"""Sweep the link thresholds: python eval/threshold_sweep.py [NAME=v1,v2 ...]  (from the tree, words alone).

Each setting is a copy of readout_viewer/ with one named constant's definition line rewritten (so a constant read
through `from x import NAME` or as a default argument changes too), analysed in a fresh process over dev, old and
the read events only (never a kept-out one: KEPT_OUT is read from tests/core/test_heldout_events.py and skipped).
Prints, per setting, link F1/R/P on read, on the six read events first met most recently, on dev and on old.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

TREE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TREE / "eval"))
WORK = Path(os.environ.get("SWEEP_DIR", "/tmp/sweep-links88"))
SHARED = Path("/work/shared/eval/dev-gold.yaml")
GERMAN = {"2022-05-28-macron-scholz-putin-call"}
# The six read events built last (the git dates their FIRST-CONTACT.md was added): the least tuned-on.
RECENT = ("2021-01-27-biden-suga-call", "2025-04-11-sanchez-xi-meeting", "2022-06-21-biden-petro-call",
          "2023-11-22-biden-milei-call", "2021-05-04-biden-bin-zayed-call", "2023-05-26-putin-lula-call")
# Two settings at a time: the machine has two cores.
PARALLEL = 2

# module (under readout_viewer/core/linking), constant, the steps tried (the current value is the baseline).
STEPS: dict[str, tuple[str, tuple[float, ...]]] = {
    "OFFICIAL_THRESHOLD": ("readouts", (0.14, 0.16, 0.20, 0.22)),
    "MUTUAL_THRESHOLD": ("readouts", (0.08, 0.10, 0.14, 0.16)),
    "ONE_WAY_THRESHOLD": ("readouts", (0.30, 0.35, 0.45, 0.50)),
    "LONG_ONE_WAY_THRESHOLD": ("readouts", (0.40, 0.45, 0.55, 0.60)),
    "SECOND_PAIR_THRESHOLD": ("readouts", (0.25, 0.30, 0.40, 0.45)),
    "SAME_WORDS_THRESHOLD": ("readouts", (0.50, 0.55, 0.65, 0.70)),
    "OUTLET_THRESHOLD": ("pairs", (0.27, 0.31, 0.39, 0.43)),
    "CLOSE_THRESHOLD": ("counterparts", (0.32, 0.36, 0.44, 0.48)),
    "SECOND_RATIO": ("counterparts", (0.75, 0.80, 0.90, 0.95)),
    "PART_FLOOR": ("counterparts", (0.19, 0.21, 0.25, 0.27)),
    "OUTLET_SHARED": ("counterparts", (2, 4)),
    "OUTLET_CONTENT": ("counterparts", (1, 3)),
    "RELAY_THRESHOLD": ("outlet_passes", (0.5, 0.55, 0.65, 0.7)),
    "RELAY_FLOOR": ("outlet_passes", (0.20, 0.225, 0.275, 0.30)),
    "CLEAR_THRESHOLD": ("outlet_passes", (0.15, 0.175, 0.225, 0.25)),
    "SAID_RATIO": ("outlet_passes", (0.3, 0.35, 0.45, 0.5)),
    "CLEAR_RATIO": ("outlet_passes", (0.4, 0.45, 0.55, 0.6)),
    "NEAR_THRESHOLD": ("second_claims", (0.20, 0.225, 0.275, 0.30)),
    "REST_THRESHOLD": ("lede_passes", (0.25, 0.275, 0.325, 0.35)),
    "LEDE_FLOOR": ("lede_passes", (0.10, 0.125, 0.175, 0.20)),
    "NEIGHBOUR_THRESHOLD": ("readout_order", (0.10, 0.125, 0.175, 0.20)),
    "ORDER_THRESHOLD": ("readout_order", (0.05, 0.065, 0.10, 0.12)),
    "ANCHORED_THRESHOLD": ("align", (0.5, 0.55, 0.65, 0.7)),
    "OTHER_SIDE_FLOOR": ("align", (0.4, 0.45, 0.55, 0.6)),
    "CLOSE_REPORT": ("align", (0.8, 0.85, 0.95)),
    "SEQUEL_FLOOR": ("beside_reports", (0.15, 0.175, 0.225, 0.25)),
    "CUT_PART_FLOOR": ("cut_parts", (0.3, 0.35, 0.45, 0.5)),
    "BRIEFING_FLOOR": ("own_briefings", (0.15, 0.175, 0.225, 0.25)),
    "SIBLING_LINK": ("sibling_reports", (0.4, 0.45, 0.55, 0.6)),
    "PART_THRESHOLD": ("told_apart", (0.15, 0.175, 0.225, 0.25)),
    "TOPIC_FLOOR": ("topic_lists", (0.15, 0.175, 0.225, 0.25)),
    "MIN_COVERED_SHARE": ("retold", (0.4, 0.45, 0.55, 0.6)),
    "NEAR_FLOOR": ("nearest", (0.03, 0.04, 0.06, 0.08)),
    "MIN_CONCEPTS": ("similarity", (2, 4)),
}


def kept_out() -> set[str]:
    src = (TREE / "tests/core/test_heldout_events.py").read_text()
    block = src[src.index("KEPT_OUT = ("):src.index(")", src.index("KEPT_OUT = ("))]
    return set(re.findall(r'"([^"]+)"', block))


def jobs() -> list[tuple[str, str, str]]:
    out = [("dev", str(TREE / "corpus"), str(SHARED)),
           ("old", str(TREE / "tests/data/heldout"), str(TREE / "tests/data/heldout/gold.yaml"))]
    kept = kept_out()
    for f in sorted((TREE / "eval/events").iterdir()):
        if (f / "gold.yaml").is_file() and f.name not in kept and f.name not in GERMAN:
            out.append((f.name, str(f), str(f / "gold.yaml")))
    return out


def worker(out: str) -> None:
    """In a fresh process (PYTHONPATH = the patched copy): score every job, write the counts as JSON."""
    from scoring import load_gold, score

    from readout_viewer.core import jsonio
    from readout_viewer.core.analysis import analyze
    res = {}
    for name, folder, gold in jobs():
        s = score(load_gold(Path(gold)), jsonio.to_dict(analyze(Path(folder))))
        res[name] = {k: v for k, v in asdict(s).items() if k != "misses"}
    Path(out).write_text(json.dumps(res))


def patched(label: str, name: str, module: str, value: float) -> Path:
    """A copy of readout_viewer/ with `name = value` in `module`; the tree itself for the baseline."""
    root = WORK / label
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(TREE / "readout_viewer", root / "readout_viewer",
                    ignore=shutil.ignore_patterns("__pycache__"))
    path = root / "readout_viewer/core/linking" / f"{module}.py"
    src, n = re.subn(rf"(?m)^{name} = [0-9.e_]+", f"{name} = {value!r}", path.read_text())
    if n != 1:
        raise SystemExit(f"{name}: {n} definitions in {module}.py")
    path.write_text(src)
    return root


def run(settings: list[tuple[str, str, str, float | None]]) -> None:
    """Analyse each setting in its own process, PARALLEL at a time; results land in WORK/<label>.json."""
    env = dict(os.environ, READOUT_VIEWER_NO_CACHE="1", READOUT_VIEWER_MODEL="none")
    running: list[subprocess.Popen[bytes]] = []
    for label, name, module, value in settings:
        out = WORK / f"{label}.json"
        if out.exists():
            continue
        root = TREE if value is None else patched(label, name, module, value)
        while len(running) >= PARALLEL:
            running[0].wait()
            running = [p for p in running if p.poll() is None]
        cmd = [sys.executable, __file__, "--worker", str(out)]
        running.append(subprocess.Popen(cmd, env=dict(env, PYTHONPATH=str(root)), cwd="/tmp"))
    for p in running:
        p.wait()


def figures(res: dict[str, dict[str, int]]) -> dict[str, tuple[float, float, float, int, int]]:
    from scoring import Score
    pools = {"read": [n for n in res if n not in ("dev", "old")], "recent6": list(RECENT), "dev": ["dev"],
             "old": ["old"]}
    out = {}
    for pool, names in pools.items():
        s = sum((Score(**res[n]) for n in names), Score())
        out[pool] = (s.f1, s.recall, s.precision, s.hits, s.true_pos, s.in_scope, s.rel_ok, s.rel_n)
    return out


def report(settings: list[tuple[str, str, str, float | None]]) -> None:
    def cell(f: tuple) -> str:
        return f"{f[0]:.4f} (R {f[3]}, P {f[4]}/{f[5]})"
    print("| setting | read F1 (R hits, P true/made) | recent6 F1 (R, P) | dev F1 | old F1 | read relations |")
    print("|---|---|---|---|---|---|")
    for label, name, _, value in settings:
        out = WORK / f"{label}.json"
        if not out.exists():
            continue
        f = figures(json.loads(out.read_text()))
        what = "baseline" if value is None else f"{name} = {value}"
        print(f"| {what} | {cell(f['read'])} | {cell(f['recent6'])} | {f['dev'][0]:.3f} | {f['old'][0]:.3f} | "
              f"{f['read'][6]}/{f['read'][7]} |")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--worker"]:
        worker(argv[1])
        return
    chosen = dict(STEPS)
    if argv[:1] == ["--inner"]:
        # the first pass: one step either side of the current value
        chosen = {n: (m, steps if len(steps) == 2 else steps[1:3]) for n, (m, steps) in STEPS.items()}
    elif argv:
        chosen = {}
        for arg in argv:
            name, _, vals = arg.partition("=")
            steps = tuple(float(v) for v in vals.split(",")) if vals else STEPS[name][1]
            chosen[name] = (STEPS[name][0] if name in STEPS else "", steps)
    WORK.mkdir(parents=True, exist_ok=True)
    settings: list[tuple[str, str, str, float | None]] = [("baseline", "", "", None)]
    for name, (module, steps) in chosen.items():
        settings += [(f"{name}={v}", name, module, v) for v in steps]
    run(settings)
    report(settings)


if __name__ == "__main__":
    main(sys.argv[1:])
