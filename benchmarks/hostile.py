"""Replay hostile folders against `analyze --json`, `export` and `--screenshot`, each in a child process with a
timeout and a memory cap, and print a table: exit code, wall time, peak memory, message, and whether every
document-like file was either loaded or named in the problems (no silent loss).

    python benchmarks/hostile.py CASES_DIR [--timeout 120] [--mem-gb 6] [--only NAME ...] [--json OUT.json]

CASES_DIR is what ../shared/hostile/build_cases.py builds: one folder per case, each beside one good corpus file
(white-house-readout.md). Columns: case, command, exit code, wall seconds, CPU seconds (the child's user + system:
on a shared machine wall time also counts waiting for a core), peak resident MB, crash/hang, silent losses, the
first message. A crash is a non-zero exit other than 2 (the CLI's "clear message" code), a signal, or
a traceback; a hang is a run still going after HANG_S seconds. A PWNED-* file under CASES_DIR means YAML ran code.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOOD = "white-house-readout"
# Longer than this counts as a hang, whatever the timeout that killed it.
HANG_S = 30.0
DOC_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml")
# The exit codes of a run that ended as designed: 0 (done) and 2 (a one-line message for a person).
CLEAN_EXITS = (0, 2)


def _limit(mem_bytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
        os.setsid()
    return apply


def run(cmd: list[str], timeout: float, mem_bytes: int, env: dict) -> dict:
    """Run `cmd`; its exit code, wall time, peak resident memory (MB), stderr tail, and whether it timed out."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
                                preexec_fn=_limit(mem_bytes))
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        wall = time.perf_counter() - started
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        err.seek(0)
        out.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        stdout = out.read()
    return {"code": code, "wall": round(wall, 2), "cpu": round(usage.ru_utime + usage.ru_stime, 2),
            "mb": round(usage.ru_maxrss / 1024), "timed_out": timed_out, "stderr": stderr, "stdout": stdout}


def _document_like(case: Path) -> list[str]:
    """Every entry under the case (links not followed) whose name says it is a document, '/'-separated."""
    found = []
    for dirpath, dirnames, filenames in os.walk(case):
        rel_dir = os.path.relpath(dirpath, case)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            if name.lower().endswith(DOC_SUFFIXES) and not name.startswith("."):
                rel = name if rel_dir == "." else f"{rel_dir}/{name}"
                found.append(os.fsencode(rel).decode("utf-8", "replace"))
    return found


def silent_losses(case: Path, analysis: dict) -> list[str]:
    """Document-like files that are neither a loaded document nor named (or inside a folder named) in the
    problems; a hostile settings or decisions file that no problem names."""
    loaded = {d["path"] for d in analysis.get("documents", [])}
    named = {p["path"] for p in analysis.get("problems", [])}
    if "." in named and any("entries" in p["message"] or "documents" in p["message"]
                            for p in analysis["problems"] if p["path"] == "."):
        return []  # the walk or max_files stopped and said so
    lost = []
    for rel in _document_like(case):
        parts = rel.split("/")
        if rel in loaded or any("/".join(parts[:i]) in named for i in range(1, len(parts) + 1)):
            continue
        lost.append(rel)
    return lost


def _message(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    if any("Traceback" in line for line in lines):
        return "TRACEBACK: " + lines[-1][:150]
    return (lines[0][:150] if lines else "")


def replay(case: Path, timeout: float, mem: int, work: Path) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_CACHE_HOME": str(work / "cache")}
    py = [sys.executable, "-m", "readout_viewer"]
    rows = []
    commands = {"analyze": py + ["analyze", str(case), "--json"],
                "export": py + ["export", str(case), "-o", str(work / f"{case.name}.pdf")],
                "screenshot": py + ["--screenshot", str(work / f"{case.name}.png"), str(case)]}
    for name, cmd in commands.items():
        r = run(cmd, timeout, mem, env)
        row = {"case": case.name, "command": name, "code": r["code"], "wall": r["wall"], "cpu": r["cpu"], "mb": r["mb"],
               "hang": r["timed_out"] or r["wall"] > HANG_S,
               "crash": (not r["timed_out"] and r["code"] not in CLEAN_EXITS) or "Traceback" in r["stderr"],
               "message": _message(r["stderr"])}
        if name == "analyze" and r["code"] == 0:
            try:
                analysis = json.loads(r["stdout"])
            except ValueError:
                row["crash"], row["message"] = True, "output is not JSON"
            else:
                row["good_loaded"] = any(d["id"].endswith(GOOD) for d in analysis["documents"])
                row["lost"] = silent_losses(case, analysis)
                row["problems"] = len(analysis["problems"])
                hostile = [p for p in analysis["problems"] if not p["path"].startswith(GOOD)]
                if hostile and not row["message"]:
                    row["message"] = f"{hostile[0]['path'][:40]}: {hostile[0]['message'][:110]}"
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--mem-gb", type=float, default=6.0)
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    cases = sorted(p for p in args.cases.iterdir() if p.is_dir() and (not args.only or p.name in args.only))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            for row in replay(case, args.timeout, int(args.mem_gb * 1e9), Path(tmp)):
                rows.append(row)
                lost = row.get("lost")
                print(f"| {row['case']} | {row['command']} | {row['code']} | {row['wall']:.1f} | {row['cpu']:.1f} | "
                      f"{row['mb']} | "
                      f"{'CRASH' if row['crash'] else ''}{'HANG' if row['hang'] else ''} | "
                      f"{'' if lost is None else ('none' if not lost else 'LOST ' + ', '.join(lost)[:80])} | "
                      f"{row['message'].replace('|', '/')} |", flush=True)
    pwned = sorted(str(p) for p in args.cases.glob("PWNED-*"))  # the hostile YAML names OUT_DIR/PWNED-*
    crashes = sum(r["crash"] for r in rows)
    hangs = sum(r["hang"] for r in rows)
    losses = sum(bool(r.get("lost")) for r in rows)
    not_good = sum(r.get("good_loaded") is False for r in rows)
    print(f"\n{len(cases)} cases, {len(rows)} runs: {crashes} crashes, {hangs} hangs past {HANG_S:g} s, {losses} with "
          f"silent losses, {not_good} without the good file, PWNED markers: {pwned or 'none'}; "
          f"slowest {max(r['wall'] for r in rows):.1f} s wall / {max(r['cpu'] for r in rows):.1f} s CPU, most memory "
          f"{max(r['mb'] for r in rows)} MB")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 1 if crashes or hangs or losses or pwned else 0


if __name__ == "__main__":
    sys.exit(main())
