"""What the size limits cost: the analysis of one readout beside one synthetic article of growing length, up to the
text limit (loading.plaintext.MAX_TEXT_CHARS), each in a fresh process, against corpus/ in the same run.

    python benchmarks/limits.py [--runs 3]

Prints the median wall time of each size and its ratio to the corpus, so that the limit README states can be
checked on any machine (this one is shared: alternate runs, medians).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from readout_viewer.core.loading.plaintext import MAX_TEXT_CHARS  # noqa: E402

READOUT = ROOT / "corpus/2021-12-07-video-call/white-house-readout.md"
WORDS = ("president russia ukraine talks nato sanctions biden putin escalation forces allies said the of and to in "
         "troops border diplomacy call leaders agreed warned").split()
SIZES = (MAX_TEXT_CHARS // 8, MAX_TEXT_CHARS // 4, MAX_TEXT_CHARS // 2, MAX_TEXT_CHARS)


def _article(chars: int) -> str:
    rng, out, size = random.Random(1), [], 0
    while size < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(15)).capitalize() + ".\n\n"
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:chars]


def _time(folder: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "READOUT_VIEWER_NO_CACHE": "1"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "readout_viewer", "analyze", str(folder), "--json", "--no-decisions",
                    "-o", os.devnull], env=env, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folders = {"corpus/": ROOT / "corpus"}
        for chars in SIZES:
            folder = Path(tmp) / f"n{chars}"
            folder.mkdir()
            shutil.copy(READOUT, folder / READOUT.name)
            (folder / "article.txt").write_text(_article(chars), encoding="utf-8")
            folders[f"readout + {chars:,}-character article"] = folder
        times: dict[str, list[float]] = {name: [] for name in folders}
        for _ in range(args.runs):  # alternate: each round times every size once
            for name, folder in folders.items():
                times[name].append(_time(folder))
    base = statistics.median(times["corpus/"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:45s} {median:6.1f} s  ({median / base:4.1f}x corpus/)")


if __name__ == "__main__":
    main()
