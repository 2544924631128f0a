"""Scale benchmark: analyse N synthetic articles built from corpus sentences; print time, memory and stage split.

    python benchmarks/scale.py              # N = 100, 250, 500
    python benchmarks/scale.py 50 1000      # any N
    python benchmarks/scale.py --profile 250  # also the 20 most expensive functions (cumulative)
    python benchmarks/scale.py --hostile    # time to load hostile single files (stray marks, long lines)

Each N runs in its own process so that its peak resident memory is its own. The folder holds the corpus's
official readouts of one event plus N articles of 12-40 sentences drawn (seeded) from every corpus text, so
every article shares claims with the readouts and with the other articles, as real coverage does.
Targets (issue 7): 500 articles in at most 30 s, growth about linear, peak memory at most 1.5 GB.
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readout_viewer.core import analysis  # noqa: E402
from readout_viewer.core.loading import reader as loading  # noqa: E402

DEFAULT_NS = (100, 250, 500)
EVENT = "2021-12-07-video-call"
# Article length in sentences: short wire copy to a long analysis piece.
MIN_SENTENCES, MAX_SENTENCES = 12, 40
# Fixed seed: the same N builds the same folder on every run, so figures are comparable.
SEED = 7
_STAGE_OF = (("Reading", "load"), ("Finding claims", "segment"), ("Linking", "link"), ("Finding omissions", "omit"),
             ("Checking quotations", "quotes"), ("Checking attributions", "attrib"), ("Done", "done"))


def corpus_sentences() -> list[str]:
    """Every sentence of the bundled corpus, as loaded."""
    corpus = ROOT / "corpus"
    scan = loading.scan(corpus)
    out = []
    for rel in scan.files:
        doc = loading.load_file(corpus, rel, scan.settings)
        if isinstance(doc, loading.Problem):
            continue
        out += [s for s in re.split(r"(?<=[.!?])\s+", doc.text.replace("\n\n", " ")) if len(s.split()) >= 5]
    return out


def build(folder: Path, n: int) -> None:
    """The corpus's official texts of one event and n synthetic articles."""
    rng = random.Random(SEED)
    sentences = corpus_sentences()
    event = folder / EVENT
    event.mkdir(parents=True)
    for src in sorted((ROOT / "corpus" / EVENT).iterdir()):
        if "readout" in src.name or "briefing" in src.name:
            (event / src.name).write_bytes(src.read_bytes())
    for i in range(n):
        body = rng.sample(sentences, rng.randint(MIN_SENTENCES, MAX_SENTENCES))
        paras = [" ".join(body[j:j + 3]) for j in range(0, len(body), 3)]
        (event / f"article-{i:04d}.txt").write_text(
            f"---\ntitle: Synthetic article {i}\nrole: outlet\nsource: Outlet {i % 37}\n---\n"
            f"Synthetic article {i}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


def measure(n: int, profile: bool) -> dict:
    """Build a folder of n articles, analyse it, and return the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp), n)
        stages: dict[str, float] = {}
        stage, t0 = "scan", time.perf_counter()
        start = t0
        profiler = None
        if profile:
            import cProfile
            profiler = cProfile.Profile()
            profiler.enable()
        gen = analysis.run(tmp)
        while True:
            try:
                p = next(gen)
            except StopIteration as stop:
                result = stop.value
                break
            now_stage = next((name for prefix, name in _STAGE_OF if p.message.startswith(prefix)), stage)
            if now_stage != stage:
                now = time.perf_counter()
                stages[stage] = stages.get(stage, 0.0) + now - t0
                stage, t0 = now_stage, now
        total = time.perf_counter() - start
        if profiler is not None:
            profiler.disable()
            import pstats
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(20)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports kB
    return {"n": n, "docs": len(result.documents), "claims": len(result.claims), "links": len(result.links),
            "seconds": round(total, 2), "peak_mb": round(peak_mb),
            "stages": {k: round(v, 2) for k, v in stages.items()}}


# Inputs that made earlier converters quadratic: every one must load in well under a second per megabyte.
HOSTILE = {
    "stray emphasis marks": "*a " * 100_000, "stray underscores": "_a " * 100_000, "unclosed links": "[a](" * 100_000,
    "unclosed images": "![a" * 100_000, "unclosed comments": "<!--" * 100_000, "unclosed tags": "<div " * 100_000,
    "20,000 wrapped lines": ("wrapped prose line of fifty characters, no stop at " + "\n") * 20_000,
    "one 1 MB line": "word " * 200_000, "bullets": "- item\n" * 50_000,
}


def hostile() -> int:
    """Load each hostile text as a Markdown and as a plain-text file and print the time."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(f"{'input':<24} {'MB':>5} {'.md s':>7} {'.txt s':>7}")
        for name, text in HOSTILE.items():
            times = []
            for suffix in (".md", ".txt"):
                (root / f"x{suffix}").write_text(text, encoding="utf-8")
                t0 = time.perf_counter()
                loading.load_file(root, f"x{suffix}", loading.FolderSettings())
                times.append(time.perf_counter() - t0)
            print(f"{name:<24} {len(text) / 1e6:>5.2f} {times[0]:>7.3f} {times[1]:>7.3f}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if "--hostile" in argv:
        return hostile()
    profile = "--profile" in argv
    args = [a for a in argv if a != "--profile"]
    if args[:1] == ["--one"]:
        print(json.dumps(measure(int(args[1]), profile)))
        return 0
    ns = [int(a) for a in args] or list(DEFAULT_NS)
    print(f"{'N':>6} {'docs':>5} {'claims':>7} {'links':>6} {'seconds':>8} {'s/doc':>6} {'peak MB':>8}  stages (s)")
    for n in ns:
        cmd = [sys.executable, __file__, "--one", str(n)] + (["--profile"] if profile else [])
        out = subprocess.run(cmd, text=True, stdout=subprocess.PIPE, stderr=None if profile else subprocess.PIPE,
                             check=False)
        if out.returncode:
            print(f"{n:>6} failed: {(out.stderr or '').strip()[-500:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        stages = " ".join(f"{k}={v}" for k, v in r["stages"].items())
        print(f"{n:>6} {r['docs']:>5} {r['claims']:>7} {r['links']:>6} {r['seconds']:>8} "
              f"{r['seconds'] / max(1, n):>6.3f} {r['peak_mb']:>8}  {stages}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
