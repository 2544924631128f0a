"""Word pairs a folder learns from its own confident links, and the near-miss links they would add: a census.

    python eval/folder_pairs.py [--only NAME] [--rows] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
the analysis's outlet -> official links are read. A link is confident when it scores CONF or more, is its outlet
sentence's only link into that official text and neither claim only mentions the call (similarity.mention). For each
confident link, every content concept only the outlet sentence holds (not a name, not the setting, not a word nearly
every claim uses, not a date) is paired with every content concept only the official claim holds; a pair is learned
for the folder by one of RULES (the brief's: seen in N or more confident links from DOCS outlet texts). Then each
outlet sentence not linked into an official text is scored against each claim of that text holding a learned pair's
other word, its word replaced by the official one (the outlet score of counterparts._outlet_score, its gates as
`ranked` sets them): a candidate is rescued when it now reaches the pair's floor and did not before (the best per
sentence and official text). Per setting: rescued candidates the gold confirms (a required or optional link), those
it judges false (and of these how many sentences the gold links elsewhere), those outside what it judges. Then the
ceiling: each required outlet link the analysis misses, scored with every one-side pair the folder's links hold
anywhere counted as shared. Counts only; --rows prints the pairs learned and the rescued candidates' texts
(docs/engine-history.md, Round 43, helper links93)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import unlinked  # noqa: E402
from scoring import load_gold, overlaps  # noqa: E402
from unlinked import Gold, gathered  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language.reports import reports_a_leader  # noqa: E402
from readout_viewer.core.linking.counterparts import CLOSE_SHARED, OUTLET_SHARED, _outlet_score  # noqa: E402
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD, document_pairs  # noqa: E402
from readout_viewer.core.linking.similarity import SETTING, mention  # noqa: E402
from readout_viewer.core.linking.terms import Terms, is_date  # noqa: E402

CONFS = (0.5, 0.6, 0.7)
NS = (2, 3, 4)
DOCS = 2
# How a pair is learned (`_learned`): "links" and "claims" from the confident outlet -> official links, "every" as
# "claims" from every link of the analysis scoring CONF or more, either way round (two readouts' links too).
RULES = ("links", "claims", "every")
# ... and, for "claims" and "every", in this share of the links where either of its words stands on one side alone.
SHARE = 0.5
# The outlet floor (pairs.OUTLET_THRESHOLD) the ceiling of a missed link is read against.
FLOOR = OUTLET_THRESHOLD


def _content(t: Terms, w) -> frozenset[str]:
    """A claim's content concepts: not a name, not the setting, not a word nearly every claim uses, not a date."""
    return frozenset(c for c in t.concepts - w.names - SETTING - w.common if not is_date(c))


def _mapped(t: Terms, swap: dict[str, str]) -> Terms:
    """`t` with each word of `swap` replaced by its learned counterpart (in its bigrams too)."""
    concepts = frozenset(swap.get(c, c) for c in t.concepts)
    bigrams = frozenset((swap.get(x, x), swap.get(y, y)) for x, y in t.bigrams)
    return t._replace(concepts=concepts, bigrams=bigrams, plain=frozenset(swap.get(c, c) for c in t.plain))


def analysed(folder: Path, gold_path: Path):
    """A folder's analysis with what the censuses read of it (also eval/thesaurus_ceiling.py's): the analysis, its
    linking context, the gold, documents and each claim's document by id, each outlet claim's links into each official
    document ((outlet claim, official doc) -> [(official claim, score)]), and the outlet document pairs compared."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    ctx = unlinked._captured[-1]
    gold = Gold(jsonio.to_dict(analysis), gold_path)
    docs = {d.id: d for d in analysis.documents}
    doc_of = {c.id: c.doc for c in analysis.claims}
    into: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
    for lk in analysis.links:
        a, b = lk.a, lk.b
        if docs[doc_of[a]].is_official and not docs[doc_of[b]].is_official:
            a, b = b, a
        if not docs[doc_of[a]].is_official and docs[doc_of[b]].is_official:
            into[(a, doc_of[b])].append((b, lk.score))
    pairs = [p for p in document_pairs([d for d in analysis.documents if d.compared]) if not p.a.is_official]
    return analysis, ctx, gold, docs, doc_of, into, pairs


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per (setting, rescued candidate), and one per (setting, learned pair) with kind "pair"."""
    analysis, ctx, gold, docs, doc_of, into, pairs = analysed(folder, gold_path)
    out: list[dict] = []
    for conf in CONFS:
        seen, alone = _one_sided(((o, found[0][0]) for (o, _), found in sorted(into.items())
                                  if len(found) == 1 and found[0][1] >= conf), ctx)
        every = sorted([(lk.a, lk.b) for lk in analysis.links if lk.score >= conf] +
                       [(lk.b, lk.a) for lk in analysis.links if lk.score >= conf])
        seen_every, alone_every = _one_sided(every, ctx)
        for rule, n in product(RULES, NS):
            got, by = (seen_every, alone_every) if rule == "every" else (seen, alone)
            learned = {k: v for k, v in got.items() if _learned(rule, n, k, v, by, doc_of)}
            for (x, y), v in sorted(learned.items()):
                out.append({"kind": "pair", "rule": rule, "conf": conf, "n": n, "x": x, "y": y, "links": len(v)})
            for r in _rescued(learned, pairs, ctx, into, gold):
                out.append({**r, "rule": rule, "conf": conf, "n": n})
        if conf == CONFS[0]:
            required = len(load_gold(gold_path).get("links", []))
            out += _missed({"outlet": seen, "every": seen_every}, analysis, ctx, gold,
                           required, docs, doc_of)
    return out


def _one_sided(links, ctx) -> tuple[dict[tuple[str, str], set[tuple[str, str]]], dict[str, set[tuple[str, str]]]]:
    """For each pair of content concepts, one only in the first claim of a link and one only in the second, the links
    holding it; and for each concept, the links holding it on one side only (calls' mentions left out)."""
    terms, w = ctx.terms, ctx.w
    seen: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    alone: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for o, a in links:
        if o not in terms or a not in terms or mention(terms[o], w) or mention(terms[a], w):
            continue
        mine, theirs = _content(terms[o], w), _content(terms[a], w)
        for c in (mine - theirs) | (theirs - mine):
            alone[c].add((o, a))
        for x, y in product(sorted(mine - theirs), sorted(theirs - mine)):
            seen[(x, y)].add((o, a))
    return seen, alone


def _learned(rule: str, n: int, k: tuple[str, str], v: set[tuple[str, str]], alone, doc_of) -> bool:
    """Whether a pair seen in links `v` is learned: "links", in N links from DOCS outlet texts (the brief's rule);
    "claims", in N links to distinct official claims from DOCS outlet texts, and in SHARE of the links where either
    word stands alone (a paraphrase recurs with its word; a coincidence does not)."""
    if len({doc_of[o] for o, _ in v}) < DOCS:
        return False
    if rule == "links":
        return len(v) >= n
    return len({a for _, a in v}) >= n and len(v) >= SHARE * max(len(alone[k[0]]), len(alone[k[1]]))


def _missed(sources, analysis, ctx, gold: Gold, required: int, docs, doc_of) -> list[dict]:
    """One row per (evidence source, required gold link outlet -> official the analysis misses), over the link's best
    pair of claims: the score, and the score with every one-side pair that the source's links hold anywhere in the
    folder (not from this sentence) counted as shared — the ceiling of any pair learned from them. Sources: "outlet",
    the confident outlet -> official links; "every", every link of the analysis from CONFS[0], either way round."""
    terms = ctx.terms
    out = []
    for fa, tb in missed_pairs(analysis, gold, required, docs, doc_of):
        for source, seen in sources.items():
            rows = [_ceiling(a, b, seen, ctx, analysis) for a, b in product(fa, tb) if a in terms and b in terms]
            if rows:
                out.append({**max(rows, key=lambda r: (r["s1"], r["s0"])), "source": source})
    return out


def missed_pairs(analysis, gold: Gold, required: int, docs, doc_of) -> Iterator[tuple[list[str], list[str]]]:
    """The claims of each end of a required gold link outlet -> official that the analysis leaves unlinked (also
    eval/thesaurus_ceiling.py's)."""
    linked = {(lk.a, lk.b) for lk in analysis.links} | {(lk.b, lk.a) for lk in analysis.links}
    claims = jsonio.to_dict(analysis)["claims"]
    for f, ts in gold.links[:required]:
        fa = [c["id"] for c in claims if overlaps(c, f)]
        for t in ts:
            tb = [c["id"] for c in claims if overlaps(c, t)]
            if not fa or not tb or any((a, b) in linked for a in fa for b in tb) or \
                    docs[doc_of[fa[0]]].is_official or not docs[doc_of[tb[0]]].is_official:
                continue
            yield fa, tb


def _ceiling(a: str, b: str, seen, ctx, analysis) -> dict:
    """Outlet claim `a` against official claim `b`: its score, and its score with each of its one-side concepts that
    `seen` pairs with one of `b`'s (the best evidenced first) replaced by it."""
    terms, w = ctx.terms, ctx.w
    mine, theirs = terms[a], terms[b]
    ev = {(x, y): len({k for k in seen.get((x, y), ()) if a not in k})
          for x, y in product(sorted(_content(mine, w) - theirs.concepts), sorted(_content(theirs, w) - mine.concepts))}
    swap: dict[str, str] = {}
    for (x, y), k in sorted(ev.items(), key=lambda kv: -kv[1]):
        if k and x not in swap and y not in swap.values():
            swap[x] = y
    s0 = _outlet_score(mine, (), theirs, (), w, CLOSE_SHARED)
    s1 = _outlet_score(_mapped(mine, swap), (), theirs, (), w, CLOSE_SHARED) if swap else s0
    return {"kind": "missed", "s0": s0, "s1": s1, "ev": max(ev.values(), default=0), "swap": sorted(swap.items()),
            "text": analysis.claim[a].text, "other": analysis.claim[b].text}


def _rescued(learned, pairs, ctx, into, gold) -> list[dict]:
    """Each outlet sentence not linked into an official text, with its best claim there that a learned pair lifts from
    under the pair's floor to it or more."""
    terms, w = ctx.terms, ctx.w
    by_x: dict[str, set[str]] = defaultdict(set)
    for x, y in learned:
        by_x[x].add(y)
    out = []
    for pair in pairs:
        for ca in ctx.claims_of.get(pair.a.id, ()):
            if (ca.id, pair.b.id) in into or ca.id not in terms:
                continue
            mine = terms[ca.id]
            xs = [x for x in sorted(mine.concepts) if x in by_x]
            if not xs:
                continue
            spoke = ctx.speakers.get(ca.id)
            least = CLOSE_SHARED if spoke is not None and reports_a_leader(ca.text) else OUTLET_SHARED
            best = None
            for cb in ctx.claims_of.get(pair.b.id, ()):
                if cb.id not in terms or (spoke is not None and ctx.speakers.get(cb.id, spoke) != spoke):
                    continue
                theirs = terms[cb.id]
                swap = {x: y for x in xs if x not in theirs.concepts
                        for y in sorted(by_x[x]) if y in theirs.concepts and y not in mine.concepts}
                if not swap:
                    continue
                s0 = _outlet_score(mine, w.pieces.get(ca.id, ()), theirs, w.pieces.get(cb.id, ()), w, least)
                s1 = _outlet_score(_mapped(mine, swap), (), theirs, w.pieces.get(cb.id, ()), w, least)
                if s0 < pair.threshold <= s1 and (best is None or s1 > best[0]):
                    best = (s1, s0, cb, swap)
            if best:
                s1, s0, cb, swap = best
                out.append({"kind": "rescue", "s0": s0, "s1": s1, "verdict": gold.verdict(ca.id, cb.id),
                            "wanted": gold.wanted(ca.id), "swap": sorted(swap.items()),
                            "text": ca.text, "other": cb.text})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    args = parser.parse_args()
    all_rows = gathered(rows, args.only, args.load, args.save)
    print("rule    conf  N  pairs | rescued: yes   no (gold links it elsewhere)  out")
    for rule, conf, n in product(RULES, CONFS, NS):
        mine = [r for r in all_rows if r.get("rule") == rule and r.get("conf") == conf and r.get("n") == n]
        c: Counter[str] = Counter()
        for r in mine:
            if r["kind"] == "rescue":
                c[r["verdict"]] += 1
                c["elsewhere"] += r["verdict"] == "no" and r["wanted"]
        learned = sum(r["kind"] == "pair" for r in mine)
        print(f"{rule:6s}  {conf:.1f}  {n}  {learned:5d} |     {c['yes']:4d} {c['no']:4d} "
              f"({c['elsewhere']:4d})                      {c['out']:4d}")
    for source in ("outlet", "every"):
        missed = [r for r in all_rows if r["kind"] == "missed" and r["source"] == source]
        seen1, seen2 = sum(r["ev"] > 0 for r in missed), sum(r["ev"] > 1 for r in missed)
        lifted = sum(r["s1"] >= FLOOR > r["s0"] for r in missed)
        print(f"{len(missed)} required outlet links missed; evidence from {source!r} links: a one-side pair of theirs "
              f"seen in another link {seen1}, in 2 or more {seen2}; reaching {FLOOR} from under it with every such "
              f"pair shared {lifted}")
        for lo in (0.0, 0.1, 0.2, 0.3):
            print(f"   score {lo:.1f}-{lo + 0.1:.1f}: now {sum(lo <= r['s0'] < lo + 0.1 for r in missed):4d}, "
                  f"ceiling {sum(lo <= r['s1'] < lo + 0.1 for r in missed):4d}")
    if args.rows:
        for r in all_rows:
            if r["kind"] == "pair" and r["n"] == NS[0]:
                print(f"pair {r['rule']} c{r['conf']} {r['event'][:28]:28s} {r['x']} -> {r['y']} ({r['links']})")
        for r in all_rows:
            if r["kind"] == "rescue" and r["n"] == NS[0]:
                print(f"{r['verdict']:3s} {r['rule']} c{r['conf']} {r['s0']:.2f}->{r['s1']:.2f} {r['event'][:24]} "
                      f"{r['swap']} | {r['text'][:90]!r} ~ {r['other'][:90]!r}")


if __name__ == "__main__":
    main()
