"""Benchmark of the PDF export: time, size, pages and annotations on corpus/ and on a folder of 100 articles.

Run: python benchmarks/export.py [--runs N] [--reference CHECKOUT]

Targets (issue 12): corpus/ in at most 1.5 s and 1.5 MB; 100 articles in at most 5 s. The 100-article folder is
scale.py's (the corpus's official texts of one event and 100 synthetic articles of its sentences, seeded).
With --reference, the same folders are exported by another checkout (e.g. a worktree of an older commit) in a
subprocess, with that checkout's own engine, and the ratios are printed: a before/after measured in one run.
Times are medians of --runs exports; the CPU time is printed too, since on a shared machine the wall-clock time
measures the neighbours as much as the export.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS = {"corpus": (1.5, 1.5e6), "100 articles": (5.0, None)}  # seconds, bytes
# Run in the reference checkout: analyse, export N times, print the median time and the size as JSON.
_REFERENCE = """
import json, os, statistics, sys, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from readout_viewer.core.session import analyze_folder
from readout_viewer.export.fonts import ensure_gui_app
from readout_viewer.export.pdf import export_pdf
ensure_gui_app()
folder, out, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
analysis = analyze_folder(folder)
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    export_pdf(analysis, out)
    times.append(time.perf_counter() - t0)
print(json.dumps({"seconds": statistics.median(times), "bytes": out.stat().st_size}))
"""


def measure(folder: Path, out: Path, runs: int) -> dict:
    """Median export time of `runs` exports of the folder, and what the file holds."""
    from pypdf import PdfReader

    from readout_viewer.core.session import analyze_folder
    from readout_viewer.export.pdf import export_pdf
    analysis = analyze_folder(folder)
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        export_pdf(analysis, out)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    reader = PdfReader(out)
    kinds = Counter(a.get_object()["/Subtype"][1:] for p in reader.pages for a in p.get("/Annots", []))
    return {"seconds": statistics.median(times), "cpu": statistics.median(cpu), "bytes": out.stat().st_size,
            "pages": len(reader.pages),
            "annotations": dict(sorted(kinds.items())), "documents": len(analysis.documents)}


def reference(checkout: Path, folder: Path, out: Path, runs: int) -> dict | None:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, "-c", _REFERENCE, str(folder), str(out), str(runs)], env=env,
                          cwd=checkout, capture_output=True, text=True)  # cwd: `-c` puts it first on sys.path
    if done.returncode:
        print(f"  reference failed: {done.stderr.strip().splitlines()[-1:]}")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(name: str, now: dict, before: dict | None) -> None:
    seconds, size = TARGETS[name]
    print(f"{name}: {now['documents']} documents -> {now['pages']} pages, {now['seconds']:.2f} s (median; "
          f"{now['cpu']:.2f} s of CPU), {now['bytes'] / 1e6:.2f} MB")
    print("  annotations: " + ", ".join(f"{k} {n}" for k, n in now["annotations"].items()))
    verdict = [f"time {'met' if now['seconds'] <= seconds else 'NOT met'} (<= {seconds} s)"]
    if size:
        verdict.append(f"size {'met' if now['bytes'] <= size else 'NOT met'} (<= {size / 1e6} MB)")
    print("  target: " + ", ".join(verdict))
    if before:
        print(f"  reference: {before['seconds']:.2f} s, {before['bytes'] / 1e6:.2f} MB -> now "
              f"{now['seconds'] / before['seconds']:.2f}x the time, {now['bytes'] / before['bytes']:.2f}x the size")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reference", type=Path, help="a checkout whose exporter to time on the same folders")
    args = parser.parse_args()
    import scale

    from readout_viewer.export.fonts import ensure_gui_app
    ensure_gui_app()
    with tempfile.TemporaryDirectory() as tmp:
        hundred = Path(tmp) / "hundred"
        scale.build(hundred, 100)
        for name, folder in (("corpus", ROOT / "corpus"), ("100 articles", hundred)):
            out = Path(tmp) / "out.pdf"
            now = measure(folder, out, args.runs)
            before = reference(args.reference, folder, Path(tmp) / "ref.pdf", args.runs) if args.reference else None
            report(name, now, before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
