"""Census of "not in any readout": each gold unreported item found or missed, by the gate that held it; each wrong
flag.

    python eval/unreported_census.py [--only NAME] [--rows]

Over dev, the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`), each gold
`unreported` item is found (a flagged claim overlaps it) or missed under the first gate that holds it:

* ``no cue``: no attribution overlaps it;
* ``judged <verdict>``: its attributions are supported or misattributed, and none is a candidate (`in_part` aside);
* ``candidate: <gate>``: an unsupported attribution that `_Checker._unreported` turned down (too few words, a claim
  holds too much of it, its own side's account between its sentences, a reading by sense) or `_candidate` never
  weighed (not a leader's, not of the call, not a party, a stance, a summary);
* ``find_unreported: <gate>``: a candidate that `find_unreported` held back (said elsewhere, dated, told to the
  press, another call, its claims linked, the call described), or ``retold`` (`Evidence.retold`, a claim apart).

Each wrong flag (a flagged claim no gold item overlaps, in a document the gold judges) is listed with its reason. The
events are split into the older ones and those built in the last five rounds (readout-viewer.yaml "built in round"):
a rule only the older ones need is table-fitting. Counts, and with --rows each item's text (docs/engine-history.md,
Round 43, helper unrep15)."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Spans, load_gold, overlaps  # noqa: E402
from unlinked import KEPT_OUT, readable  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.attributions import check  # noqa: E402

NEWEST_ROUNDS = 5  # "the last five rounds", counted back from the newest round any event was built in
_BUILT = re.compile(r"built in round (\d+)", re.IGNORECASE)

_trace: dict[str, list] = {"candidates": [], "listed": []}
_candidate = check._Checker._candidate
_find = check.find_unreported


def _traced_candidate(self, doc, cue, cited_as, cited_ids, statement, found, as_leader, stance_told=False):
    out = _candidate(self, doc, cue, cited_as, cited_ids, statement, found, as_leader, stance_told)
    _trace["candidates"].append((doc.id, statement.start, statement.end, bool(cue.leader), found.verdict,
                                 out is not None, _why_not(self, doc, cue, cited_as, cited_ids, statement, found)
                                 if out is None else ""))
    return out


def _why_not(checker, doc, cue, cited_as, cited_ids, statement, found) -> str:
    """The first of `_candidate`'s and `_Checker._unreported`'s gates that turns the statement down."""
    from readout_viewer.core.attributions.statements import reported_words
    from readout_viewer.core.attributions.unheard_share import readings
    from readout_viewer.core.attributions.unreported import summed_up
    from readout_viewer.core.attributions.verdicts import MIN_REPORT_WORDS, SENSE_MIN, UNREPORTED_MAX_SHARE
    if not cue.leader:
        return "not a leader's cue (or no leader relayed)"
    if not checker._party(doc, cue, cited_as):
        return "not a party"
    if cue.person and summed_up(doc.text, cue.start):
        return "according to (summary)"
    if cue.stance and cited_ids:
        return "a stance"
    if not checker._of_the_call(doc, cue, statement):
        return "not of the call"
    if found.verdict != "unsupported":
        return f"judged {found.verdict}"
    if len(reported_words(doc.text, statement)) < MIN_REPORT_WORDS:
        return "too few words"
    accounts = [d for d in checker.officials_of.get(doc.event, ()) if d != doc.id]
    said = readings(checker.index, accounts, statement, found.score or 0.0, bool(checker.absent.note(doc, cue)))
    if said is None:
        return "share: one claim holds too much"
    if any(checker.index.spread(d, s) > UNREPORTED_MAX_SHARE for d in cited_ids if d in accounts for s in said):
        return "own side's spread"
    if any(checker.index.held_by_sense(d, s) >= SENSE_MIN for d in accounts for s in said):
        return "by sense"
    return "other"


def _traced_find(documents, claims_of, links, attributions, leader_cues, voices=None):
    out = _find(documents, claims_of, links, attributions, leader_cues, voices)
    for i in leader_cues:
        x = attributions[i]
        _trace["listed"].append((x.doc, x.start, x.end, [u.claim for u in out]))
    return out


check._Checker._candidate = _traced_candidate
check.find_unreported = _traced_find


def built_round(folder: Path) -> int | None:
    meta = folder / "readout-viewer.yaml"
    m = _BUILT.search(meta.read_text(encoding="utf-8")) if meta.is_file() else None
    return int(m.group(1)) if m else None


def census(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per gold unreported item (found or its gate) and per wrong flag."""
    assert folder.name not in KEPT_OUT, folder
    _trace["candidates"].clear()
    _trace["listed"].clear()
    gold = load_gold(gold_path)
    if "unreported" not in gold:
        return []
    data = jsonio.to_dict(analyze(folder))
    spans = Spans(data, gold.get("docs", {}))
    claims = {c["id"]: c for c in data["claims"]}
    flagged = {u["claim"]: u for u in data.get("unreported", []) if u["claim"] in claims}
    listed = {cl for *_, out in _trace["listed"] for cl in out}
    rows = []
    gold_spans = [spans.span(u) for u in gold.get("unreported", [])]
    for span in gold_spans:
        if span is None:
            continue
        text = spans.text[span[0]][span[1]:span[2]]
        if any(overlaps(claims[c], span) for c in flagged):
            rows.append({"event": name, "kind": "found", "gate": "found", "text": text})
            continue
        rows.append({"event": name, "kind": "missed", "gate": _gate(data, span, claims, listed), "text": text})
    documented = {spans.doc(d) for d in gold.get("docs", {}).values()} | {spans.doc(k) for k in gold.get("docs", {})}
    for cid, u in flagged.items():
        c = claims[cid]
        if c["doc"] in documented and not any(overlaps(c, s) for s in gold_spans):
            text = spans.text[c["doc"]][c["start"]:c["end"]]
            rows.append({"event": name, "kind": "wrong", "gate": "wrong flag", "text": text,
                         "reason": u.get("detail", "")})
    return rows


def _gate(data: dict, span: tuple, claims: dict, listed: set[str]) -> str:
    doc, start, end = span
    over = [a for a in data.get("attributions", []) if a["doc"] == doc and a["start"] < end and start < a["end"]]
    if not over:
        return "no cue"
    cands = [c for c in _trace["candidates"] if c[0] == doc and c[1] < end and start < c[2]]
    if any(c[5] for c in cands):
        relevant = [cl for cl in listed if claims[cl]["doc"] == doc and claims[cl]["start"] < end
                    and start < claims[cl]["end"]]
        return "find_unreported: retold" if relevant else "find_unreported: held back"
    if cands:  # a leader's cue over it first: an aide's sentence beside it says less of why it was missed
        return f"candidate: {sorted(cands, key=lambda c: not c[3])[0][6]}"
    return "judged " + ",".join(sorted({a.get("verdict", "?") for a in over}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    jobs = [j for j in readable() if not args.only or j[0] == args.only]
    rounds = {n: built_round(f) for n, f, _ in jobs}
    newest = max(r for r in rounds.values() if r is not None)
    tally: Counter = Counter()
    for name, folder, gold in jobs:
        r = rounds[name]
        era = "new" if r is not None and r > newest - NEWEST_ROUNDS else "old"
        for row in census(name, folder, gold):
            tally[(row["kind"], row["gate"], era)] += 1
            if args.rows and row["kind"] != "found":
                extra = f"  [{row['reason'][:160]}]" if row["kind"] == "wrong" else ""
                print(f"{era} {name} | {row['gate']} | {row['text'][:200]!r}{extra}")
    print(f"\nnewest rounds: {newest - NEWEST_ROUNDS + 1}..{newest}")
    for kind in ("found", "missed", "wrong"):
        gates = sorted({g for k, g, _ in tally if k == kind})
        for g in gates:
            print(f"{kind:6} {g:45} old {tally[(kind, g, 'old')]:4}  new {tally[(kind, g, 'new')]:4}")


if __name__ == "__main__":
    main()
