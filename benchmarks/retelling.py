"""The retelling probe: every official statement of the readable texts, retold the way outlets do, and whether the
engine still links the retelling to its source (and to no other claim) and judges "<source> said ..." right.

    python benchmarks/retelling.py [--only NAME] [--show VARIANT] [--events] [--bare]

For each event of corpus/, of the old held-out folder and each READABLE event of eval/events (never a kept-out
one: tests/core/test_heldout_events.py KEPT_OUT), the official texts are copied to a temporary folder with one
synthetic outlet document per transformation and official text (eval/retell.py: a frame, backshift, person,
references, verbs, a cut, each alone and in pairs; two statements merged into one sentence; a statement pinned on the
other party's account; and "none", the sentence as it is); each document opens with a
lede naming both leaders with their country (--bare: none), then one retold statement a paragraph. The folder is
analysed as any other. Printed, per transformation: retold statements, the share linked to their source and the
share linked to another official claim (one the source is not linked to), each beside the same statements copied
as they are, and for the frames the share whose attribution has the right verdict (_right). Not a test:
docs/engine-history.md (Rounds 29, 30 and 33) and README record it.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
os.environ.setdefault("READOUT_VIEWER_NO_CACHE", "1")

import retell  # noqa: E402

from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language.countries import code_of  # noqa: E402

EVENTS = ROOT / "eval" / "events"
OTHER_LANGUAGE = {"2022-05-28-macron-scholz-putin-call"}  # a German official text: the engine reads English
FRONT = re.compile(r"^---\n(.*?)\n---\n", re.S)
NONE = ("none",)  # the control: the official sentence as it is
MERGED = (("merge",), ("merge", "frame"))  # two statements of a text in one sentence (retell.merge), framed or not
OTHER = ("other",)  # the sentence framed as the other party's words (retell.misattributed), where it has a text


def kept_out() -> set[str]:
    """KEPT_OUT of the held-out test, read as text (the test module is not imported)."""
    source = (ROOT / "tests" / "core" / "test_heldout_events.py").read_text(encoding="utf-8")
    found = re.search(r"^KEPT_OUT = (\(.*?\))\n", source, re.S | re.M)
    assert found, "KEPT_OUT not found"
    return set(ast.literal_eval(found.group(1)))


def units() -> list[Path]:
    """The event folders the probe may read: corpus/'s, the old held-out folder's, the readable events."""
    out = sorted(p for p in (ROOT / "corpus").iterdir() if p.is_dir())
    out += sorted(p for p in (ROOT / "tests" / "data" / "heldout").iterdir() if p.is_dir())
    closed = kept_out() | OTHER_LANGUAGE
    return out + sorted(p for p in EVENTS.iterdir() if p.is_dir() and p.name not in closed)


def _front(path: Path) -> dict[str, str]:
    found = FRONT.match(path.read_text(encoding="utf-8"))
    pairs = (line.split(":", 1) for line in found.group(1).splitlines() if ":" in line) if found else ()
    return {k.strip(): v.strip().strip("'\"") for k, v in pairs}


def _sides(folder: Path, official: list[Path]) -> tuple[dict[str, retell.Side], str]:
    """Each official file's Side, and the event's date."""
    fronts = {p.name: _front(p) for p in official}
    date = str(next(iter(fronts.values()))["date"])[:10]
    # a side as the folder writes it ("UK", "Russia"), read as the engine reads it: its code (countries.code_of)
    return {name: retell.side_of(code_of(f["side"]) or f["side"], date) for name, f in fronts.items()}, date


def _other(own: retell.Side, sides: list[retell.Side], folder: str, date: str) -> retell.Side:
    """The other party: another official text's side, else the leader the folder's name gives."""
    for side in sides:
        if side != own:
            return side
    for code in ("US", "RU", "CN", "UA", "IN", "IL", "GB", "JP", "TR", "DE", "KE"):
        side = retell.side_of(code, date)
        if side != own and side.leader.lower() in folder.lower():
            return side
    return own


def _outlet(n: int, variant: tuple[str, ...], date: str, paragraphs: list[str]) -> str:
    name = "+".join(variant)
    return (f"---\ntitle: 'Probe retelling: {name}'\nsource: Probe Wire {n}\nrole: outlet\nkind: news\n"
            f"date: '{date}'\n---\n" + "\n\n".join(paragraphs) + "\n")


def _sentence(s: str) -> str:
    """A paragraph as an outlet writes it: a capital first and a full stop last (an official claim may be a clause
    cut from its sentence; a line without an end reads as a headline)."""
    s = s.strip()
    s = s[0].upper() + s[1:] if s else s
    return s if s.endswith((".", "?", "!", '"', "”", "’")) else s.rstrip(",;:—–- ") + "."


def probe(folder: Path, bare: bool = False) -> list[dict]:
    """Every retelling of the event's official statements, with what the engine made of it."""
    official = [p for p in sorted(folder.iterdir()) if p.suffix in (".md", ".txt") and _front(p).get("role") ==
                "official"]
    with tempfile.TemporaryDirectory(prefix="retell-") as tmp:
        work = Path(tmp)
        for p in official:
            shutil.copy(p, work / p.name)
        first = analyze(work)
        sides, day = _sides(folder, official)
        date = _front(official[0])["date"]
        docs = {d.id: d for d in first.documents}
        statements = [c for c in first.claims if c.is_statement]
        planned: dict[tuple[tuple[str, ...], str], list[tuple[str, str, str]]] = {}
        speaker: dict[str, retell.Speaker] = {}
        for variant in [NONE, *retell.variants(), OTHER]:
            for n, c in enumerate(statements):
                own = sides[Path(docs[c.doc].path).name]
                who = retell.Speaker(own, _other(own, list(sides.values()), folder.name, day),
                                     docs[c.doc].kind == "readout")
                if variant == OTHER and who.other not in sides.values():
                    continue  # the other party has no text here: its words cannot be checked
                text = " ".join(c.text.split())
                if variant == OTHER:
                    told, label = retell.misattributed(text, who, n)
                else:
                    told, label = (text, "none") if variant == NONE else retell.retell(text, who, variant, n)
                if variant == NONE or told != text:
                    told = _sentence(told)
                    planned.setdefault((variant, c.doc), []).append((c.id, told, label))
                    speaker[c.doc] = who
        for variant in MERGED:
            for n, (a, b) in enumerate(_pairs(statements)):
                who = speaker.get(a.doc)
                if who is None:
                    continue
                told = retell.merge(" ".join(a.text.split()), " ".join(b.text.split()))
                label = "merge"
                if "frame" in variant:
                    kind = retell.FRAMES[n % len(retell.FRAMES)]
                    told, label = retell.frame(told, who, kind), f"merge+frame:{kind}"
                told = _sentence(" ".join(told.split()))
                planned.setdefault((variant, a.doc), []).extend([(a.id, told, label), (b.id, told, label)])
        for i, ((variant, doc), rows) in enumerate(planned.items()):
            opening = [] if bare else [retell.lede(speaker[doc], date)]
            told = list(dict.fromkeys(r[1] for r in rows))  # a merged sentence is written once for its two sources
            (work / f"probe-{i:03d}.txt").write_text(_outlet(i, variant, date, opening + told), "utf-8")
        return _judge(analyze(work), planned, folder.name, bare)


def _pairs(statements: list) -> list[tuple]:
    """Each text's statements two by two, in order (the first and second, the third and fourth ...)."""
    by_doc: dict[str, list] = defaultdict(list)
    for c in statements:
        by_doc[c.doc].append(c)
    return [(cs[k], cs[k + 1]) for cs in by_doc.values() for k in range(0, len(cs) - 1, 2)]


def _judge(analysis, planned: dict[tuple[tuple[str, ...], str], list[tuple[str, str, str]]], event: str,
           bare: bool) -> list[dict]:
    official = {d.id for d in analysis.documents if d.role == "official"}
    side_of_doc = {d.id: d.side for d in analysis.documents}
    same: dict[str, set[str]] = defaultdict(set)  # official claims linked to each other: one thing told twice
    for link in analysis.links:
        if analysis.claim[link.a].doc in official and analysis.claim[link.b].doc in official:
            same[link.a].add(link.b)
            same[link.b].add(link.a)
    out = []
    for i, ((variant, _), rows) in enumerate(planned.items()):
        doc = f"probe-{i:03d}"
        text = analysis.document[doc].text
        claims = analysis.claims_of.get(doc, ())
        at = 0 if bare else text.index("\n\n")  # past the lede
        told_by: dict[str, set[str]] = defaultdict(set)  # a merged sentence's two sources
        for source, told, _ in rows:
            told_by[told].add(source)
        spans: dict[str, tuple[int, int]] = {}
        for source, told, label in rows:
            if told not in spans:
                found_at = text.find(told, at)
                spans[told] = (found_at, found_at + len(told))
                at = max(at, spans[told][1])
            start, end = spans[told]
            mine = [c for c in claims if start >= 0 and c.start < end and start < c.end]
            linked = {link.other(c.id) for c in mine for link in analysis.links_of.get(c.id, ())}
            linked = {x for x in linked if analysis.claim[x].doc in official}
            wrong = linked - {x for s in told_by[told] for x in ({s} | same[s])}
            row = {"event": event, "variant": "+".join(variant), "label": label, "source": source, "told": told,
                   "linked": source in linked, "wrong": bool(wrong), "statement": any(c.is_statement for c in mine),
                   "attribution": None}
            if "frame" in variant or variant == OTHER:
                found = [a for a in analysis.attributions_in(doc) if a.start < end and start < a.end]
                row["attribution"] = _right(found, variant == OTHER, side_of_doc, analysis.claim[source].doc,
                                            {analysis.claim[x].doc for x in same[source]})
                row["verdicts"] = ",".join(sorted({a.verdict for a in found})) or "none"
            out.append(row)
    return out


def _right(found: list, other: bool, side_of_doc: dict[str, str | None], source_doc: str, same_docs: set[str]
           ) -> bool:
    """Whether the attributions found give the right verdict: a statement pinned on its own side is "supported" by a
    text of that side; one pinned on the other party is "misattributed" to a text of the other side, unless a text
    of the other side carries it too (an official claim linked to the source), when it is "supported" by it."""
    own = side_of_doc[source_doc]
    if not other:
        return any(a.verdict == "supported" and a.cited is not None and side_of_doc.get(a.cited) == own for a in found)
    told_too = any(side_of_doc.get(d) not in (own, None) for d in same_docs)
    want = "supported" if told_too else "misattributed"
    return any(a.verdict == want and a.cited is not None and side_of_doc.get(a.cited) not in (own, None)
               for a in found)


def _line(name: str, rows: list[dict], control: dict[str, dict]) -> str:
    """n, linked and wrongly (each beside the same statements copied as they are), attributions right."""
    n = len(rows)
    linked = sum(r["linked"] for r in rows)
    as_is = sum(control[r["source"]]["linked"] for r in rows if r["source"] in control)
    wrong = sum(r["wrong"] for r in rows)
    wrong_as_is = sum(control[r["source"]]["wrong"] for r in rows if r["source"] in control)
    att = [r["attribution"] for r in rows if r["attribution"] is not None]
    att_part = f"  attributions right {sum(att) / len(att):.3f} ({sum(att)}/{len(att)})" if att else ""
    return (f"{name:32s} n {n:5d}  linked {linked / max(1, n):.3f} (as is {as_is / max(1, n):.3f})  "
            f"wrongly {wrong / max(1, n):.3f} (as is {wrong_as_is / max(1, n):.3f}){att_part}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="only the events whose folder name contains this")
    ap.add_argument("--show", help="print the retellings of this variant (or label) the engine does not link")
    ap.add_argument("--events", action="store_true", help="a line per event too")
    ap.add_argument("--bare", action="store_true", help="no lede naming the leaders before the retellings")
    args = ap.parse_args()
    folders = [f for f in units() if not args.only or args.only in f.name]
    with ProcessPoolExecutor(2) as ex:
        rows = [r for part in ex.map(partial(probe, bare=args.bare), folders) for r in part]
    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by[r["variant"]].append(r)
    control = {r["source"]: r for r in by[NONE[0]]}
    print(f"retelling probe: {len(folders)} events, {len(by[NONE[0]])} official statements")
    for name, part in by.items():
        print(_line(name, part, control))
    labels: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        for part in r["label"].split("+"):
            if ":" in part:
                labels[part].append(r)
    for name, part in sorted(labels.items()):
        print(_line(name, part, control))
    retold = [r for r in rows if r["variant"] != NONE[0]]
    six = [r for r in retold if r["variant"] not in ("merge", "merge+frame", OTHER[0])]
    print(_line("families 1-6 alone and paired", six, control))
    print(_line("ALL retold", retold, control))
    if args.events:
        events: dict[str, list[dict]] = defaultdict(list)
        for r in retold:
            events[r["event"]].append(r)
        for name, part in events.items():
            print(_line(name[:32], part, control))
    if args.show:
        for r in rows:
            if args.show in (r["variant"], r["label"]) and (not r["linked"] or r["wrong"] or r["attribution"] is False):
                print(f"- [{r['event'][:24]} {r['source'].rsplit('/', 1)[-1]} linked={r['linked']} wrong={r['wrong']}"
                      f" st={r['statement']} att={r['attribution']} {r.get('verdicts', '')}] {r['told']}")


if __name__ == "__main__":
    main()
