"""Quality of the engine on every gold: the development corpus, the old held-out folder and each held-out event.

    python benchmarks/quality.py [--misses] [--only NAME]

One line per gold (link F1 with recall and precision, relation, omission and quote accuracy; then the project's
extensions: attributions, unreported reports, text that must not be a statement), the first-contact figures of
each held-out event beside today's, the pooled figures of the held-out events, and the 20 official claims of
corpus/ left out by the most documents (read them: none should be chatter, a question or a caption).
Not a test: the figures are printed, and README ("How good is it") and docs/events.md record them.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Score, load_gold, pooled, score  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402

DEV_GOLD = ROOT.parent / "shared" / "eval" / "dev-gold.yaml"  # the team's development gold (not shipped)
EVENTS = ROOT / "eval" / "events"
# Events written in a language the engine does not read (a German official text): scored and shown, but pooled
# apart, so that the English figures say what they measure.
OTHER_LANGUAGE = {"2022-05-28-macron-scholz-putin-call"}
FIRST_LINE = re.compile(r"F1 ([\d.]+) \| relation ([\d.]+) \| omission ([\d.]+) \| quotes ([\d.]+)")


def golds() -> list[tuple[str, Path, Path]]:
    """(name, folder, gold file) of every gold there is."""
    out = []
    if DEV_GOLD.is_file():
        out.append(("dev: corpus/", ROOT / "corpus", DEV_GOLD))
    out.append(("old held-out: tests/data/heldout (tuned on since)", ROOT / "tests" / "data" / "heldout",
                ROOT / "tests" / "data" / "heldout" / "gold.yaml"))
    for folder in sorted(p for p in EVENTS.iterdir() if (p / "gold.yaml").is_file()):
        out.append((f"event: {folder.name}", folder, folder / "gold.yaml"))
    return out


def first_contact(folder: Path) -> str:
    path = folder / "FIRST-CONTACT.md"
    found = FIRST_LINE.search(path.read_text(encoding="utf-8")) if path.is_file() else None
    return "F1 {} | relation {} | omission {} | quotes {}".format(*found.groups()) if found else ""


def omitted_most(analysis, top: int = 20) -> list[str]:
    """The official claims left out by the most documents, with their kind."""
    rows = sorted(((len(o.missing_from), o.claim) for o in analysis.omissions), key=lambda x: (-x[0], x[1]))
    out = []
    for n, cid in rows[:top]:
        c = analysis.claim[cid]
        out.append(f"  {n:2d} x  [{c.kind}] {c.doc.rsplit('/', 1)[-1]}: {' '.join(c.text.split())[:110]}")
    return out


def kept_out() -> frozenset[str]:
    """The held-out events kept out of every choice (KEPT_OUT of tests/core/test_heldout_events.py, read as a literal:
    the test module is not imported): their misses are never printed, so a partial --only cannot show them."""
    tree = ast.parse((ROOT / "tests" / "core" / "test_heldout_events.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "KEPT_OUT" for t in node.targets):
            return frozenset(ast.literal_eval(node.value))
    raise SystemExit("KEPT_OUT not found in tests/core/test_heldout_events.py")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list every miss and false link")
    ap.add_argument("--only", help="only the golds whose name contains this")
    args = ap.parse_args()
    withheld = kept_out() if args.misses else frozenset()
    events: list[Score] = []
    english: list[Score] = []
    corpus_analysis = None
    for name, folder, gold_path in golds():
        if args.only and args.only not in name:
            continue
        started = time.perf_counter()
        analysis = analyze(folder)
        seconds = time.perf_counter() - started
        s = score(load_gold(gold_path), jsonio.to_dict(analysis))
        print(f"{name}  [{s.claims} claims, {seconds:.2f} s]")
        print(f"  now   {s.line()}")
        if s.extensions():
            print(f"        {s.extensions()}")
        first = first_contact(folder)
        if first:
            print(f"  first {first}")
        if args.misses and folder.name in withheld:
            print("    (misses not shown: a kept-out event)")
        elif args.misses:
            print("\n".join(f"    - {m}" for m in s.misses))
        if name.startswith("event:"):
            events.append(s)
            if folder.name not in OTHER_LANGUAGE:
                english.append(s)
        if folder == ROOT / "corpus":
            corpus_analysis = analysis
    if events:
        print(f"held-out events pooled ({len(events)}): {pooled(events).line()}")
        print(f"held-out events in English pooled ({len(english)}): {pooled(english).line()}")
        if pooled(english).extensions():
            print(f"        {pooled(english).extensions()}")
    if corpus_analysis is not None:
        kinds = {c.id: c.kind for c in corpus_analysis.claims}
        chatter = sum(1 for o in corpus_analysis.omissions if kinds[o.claim] != "statement")
        print(f"corpus/: {len(corpus_analysis.omissions)} official claims left out by someone, "
              f"{chatter} of them not statements; the 20 left out by the most documents:")
        print("\n".join(omitted_most(corpus_analysis)))


if __name__ == "__main__":
    main()
