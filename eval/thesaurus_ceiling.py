"""What a general thesaurus (WordNet synsets, derivational links) would carry of the missed links: a census.

    python eval/thesaurus_ceiling.py [--only NAME] [--rows] [--wordnet DIR] [--save FILE | --load FILE]

Measurement only: WordNet 3.0 is read from Debian's `wordnet-base` (apt-get install wordnet-base; its files in
/usr/share/wordnet/, Princeton's WordNet 3.0 licence), never by the engine. Two concepts (synonyms.concept, the
engine's one rule, applied to each one-word lemma) are related under a setting when a lemma of each stands in one
synset among the first N senses of both (per part of speech: nouns, verbs, adjectives; N = 1, 2 or all) or, with
derivational links, when a sense among the first N of one carries WordNet's derivational pointer ("+") to a lemma of
the other ("mobilize" ~ "mobilization"; often one stem already); "apart" keeps two of synonyms.py's hand groups apart
(no relation between two group heads), "groups" adds no word to a hand group (no relation touching one: APART).

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable):
  * each required outlet -> official gold link the analysis misses, scored over its best pair of claims as
    eval/folder_pairs.py scores it (counterparts._outlet_score, CLOSE_SHARED), then with each content concept only
    the outlet sentence holds that is related to one only the official claim holds replaced by it: how many reach
    the outlet floor (pairs.OUTLET_THRESHOLD) from under it;
  * every outlet sentence not linked into an official text, against each claim of it, its related concepts swapped
    in the same way (folder_pairs._rescued: `ranked`'s gates, the pair's own floor): rescued candidates the gold
    confirms (yes), those it judges false (no; and of these how many sentences the gold links elsewhere), those
    outside what it judges (out).
Counts only; --rows prints each lifted miss and each rescued candidate with the words swapped (docs/engine-history.md,
Round 43, helper links96)."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import _content, _mapped, _rescued, analysed, missed_pairs  # noqa: E402
from scoring import load_gold  # noqa: E402
from unlinked import Gold, gathered  # noqa: E402

from readout_viewer.core.language.synonyms import CANON, concept  # noqa: E402
from readout_viewer.core.linking.counterparts import CLOSE_SHARED, _outlet_score  # noqa: E402
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
_WHERE = [WORDNET]  # --wordnet sets another folder
# The parts of speech read: nouns, verbs, adjectives (satellites are filed with the adjectives); adverbs left out.
POS = ("noun", "verb", "adj")
# How many of a lemma's senses (WordNet orders them by frequency in its tagged texts) count: 0 is all of them.
SENSES = (1, 2, 0)
# How far synonyms.py's hand groups stay as the table made them: 0 not at all; 1 two groups stay apart (WordNet relates
# no two group heads: the table keeps "talks" and "consultations" apart on purpose); 2 WordNet adds no word to a group
# (it relates no concept that is a group's head).
APART = (0, 1, 2)
SETTINGS = [(n, d, a) for a in APART for n in SENSES for d in (False, True)]
FLOOR = OUTLET_THRESHOLD
_HEADS = frozenset(CANON.values())  # the hand groups' heads
_PLAIN = re.compile(r"[a-z][a-z'-]*")


def _label(n: int, deriv: bool, apart: int) -> str:
    return f"N={n or 'all'}{' +deriv' if deriv else ''}{('', ' apart', ' groups')[apart]}"


def _read(wordnet: Path):
    """(rank, words, derivs): each (lemma, part of speech, synset) -> its sense's rank in the lemma's index line;
    each (part of speech, synset) -> its one-word lemmas; each (part of speech, synset, lemma) -> the (lemma, part of
    speech, synset) its derivational pointers reach."""
    rank: dict[tuple[str, str, str], int] = {}
    words: dict[tuple[str, str], list[str]] = {}
    raw: list[tuple[str, str, int, str, str, int]] = []
    for pos in POS:
        p = pos[0]
        for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            cnt = int(f[2])
            for i, off in enumerate(f[-cnt:]):
                rank[(f[0], p, off)] = i
        for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            off, wc = f[0], int(f[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).lower() for i in range(wc)]
            words[(p, off)] = lemmas
            k = 4 + 2 * wc
            for j in range(int(f[k])):
                sym, toff, tpos, st = f[k + 1 + 4 * j: k + 5 + 4 * j]
                if sym == "+" and tpos in "nva s":
                    raw.append((p, off, int(st[:2], 16), "a" if tpos == "s" else tpos, toff, int(st[2:], 16)))
    derivs: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for p, off, s, tp, toff, t in raw:
        if (tp, toff) in words and s and t:
            derivs[(p, off, words[(p, off)][s - 1])].append((words[(tp, toff)][t - 1], tp, toff))
    return rank, words, derivs


@cache
def related(n: int, deriv: bool, apart: int) -> dict[str, frozenset[str]]:
    """Each concept -> the concepts WordNet relates to it under the setting (synonyms.concept of one-word lemmas)."""
    rank, words, derivs = _data(str(_WHERE[0]))

    def within(lemma: str, p: str, off: str) -> bool:
        r = rank.get((lemma.replace(" ", "_"), p, off))
        return r is not None and (n == 0 or r < n)

    out: dict[str, set[str]] = defaultdict(set)

    def join(a: str, b: str) -> None:
        if _PLAIN.fullmatch(a) and _PLAIN.fullmatch(b):
            ca, cb = concept(a), concept(b)
            if ca != cb and not (apart == 1 and ca in _HEADS and cb in _HEADS) and \
                    not (apart == 2 and (ca in _HEADS or cb in _HEADS)):
                out[ca].add(cb)
                out[cb].add(ca)

    for (p, off), lemmas in words.items():
        held = [w for w in lemmas if "_" not in w and within(w, p, off)]
        for a, b in product(held, held):
            if a < b:
                join(a, b)
    if deriv:
        for (p, off, a), targets in derivs.items():
            if "_" not in a and within(a, p, off):
                for b, _tp, _toff in targets:
                    if "_" not in b:
                        join(a, b)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _data(wordnet: str):
    return _read(Path(wordnet))


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per (setting, missed required link) and per (setting, rescued candidate)."""
    analysis, ctx, gold, docs, doc_of, into, pairs = analysed(folder, gold_path)
    held = set().union(*(t.concepts for t in ctx.terms.values()))
    required = len(load_gold(gold_path).get("links", []))
    out: list[dict] = []
    for n, deriv, apart in SETTINGS:
        rel = related(n, deriv, apart)
        learned = {(x, y) for x in held for y in rel.get(x, ()) if y in held}
        setting = _label(n, deriv, apart)
        out += [{**r, "setting": setting} for r in _rescued(learned, pairs, ctx, into, gold)]
        out += [{**r, "setting": setting} for r in _missed(rel, analysis, ctx, gold, required, docs, doc_of)]
    return out


def _missed(rel, analysis, ctx, gold: Gold, required: int, docs, doc_of) -> list[dict]:
    """One row per required gold link outlet -> official the analysis misses, over its best pair of claims: the score
    and the score with the related concepts swapped in (`_swapped`)."""
    terms = ctx.terms
    out = []
    for fa, tb in missed_pairs(analysis, gold, required, docs, doc_of):
        got = [_swapped(a, b, rel, ctx, analysis) for a, b in product(fa, tb) if a in terms and b in terms]
        if got:
            out.append(max(got, key=lambda r: (r["s1"], r["s0"])))
    return out


def _swapped(a: str, b: str, rel, ctx, analysis) -> dict:
    """Outlet claim `a` against official claim `b`: its score, and its score with each content concept only `a` holds
    replaced by a related one only `b` holds (one for one)."""
    terms, w = ctx.terms, ctx.w
    mine, theirs = terms[a], terms[b]
    others = sorted(_content(theirs, w) - mine.concepts)
    swap: dict[str, str] = {}
    for x in sorted(_content(mine, w) - theirs.concepts):
        y = next((y for y in others if y in rel.get(x, ()) and y not in swap.values()), None)
        if y is not None:
            swap[x] = y
    s0 = _outlet_score(mine, (), theirs, (), w, CLOSE_SHARED)
    s1 = _outlet_score(_mapped(mine, swap), (), theirs, (), w, CLOSE_SHARED) if swap else s0
    return {"kind": "missed", "s0": s0, "s1": s1, "swap": sorted(swap.items()),
            "text": analysis.claim[a].text, "other": analysis.claim[b].text}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--wordnet", default="")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    args = parser.parse_args()
    if args.wordnet:
        _WHERE[0] = Path(args.wordnet)
    all_rows = gathered(rows, args.only, args.load, args.save)
    pools = {"dev": lambda e: e == "dev", "old": lambda e: e == "old", "read": lambda e: e not in ("dev", "old")}
    print("setting              pool | related  missed: with a swap  lifted to floor "
          "| rescued: yes   no (elsewhere)  out")
    for (n, deriv, apart), (pool, keep) in product(SETTINGS, pools.items()):
        mine = [r for r in all_rows if r["setting"] == _label(n, deriv, apart) and keep(r["event"])]
        missed = [r for r in mine if r["kind"] == "missed"]
        c: Counter[str] = Counter()
        for r in mine:
            if r["kind"] == "rescue":
                c[r["verdict"]] += 1
                c["elsewhere"] += r["verdict"] == "no" and r["wanted"]
        size = sum(len(v) for v in related(n, deriv, apart).values()) // 2 if not args.load else 0
        swapped = sum(bool(r["swap"]) for r in missed)
        print(f"{_label(n, deriv, apart):19s} {pool:5s}| {size:7d} {len(missed):6d} {swapped:10d}"
              f" {sum(r['s1'] >= FLOOR > r['s0'] for r in missed):13d}     |     {c['yes']:4d} {c['no']:4d} "
              f"({c['elsewhere']:4d})     {c['out']:4d}")
    if args.rows:
        for r in all_rows:
            if r["kind"] == "missed" and r["s1"] >= FLOOR > r["s0"]:
                print(f"lift {r['setting']:17s} {r['s0']:.2f}->{r['s1']:.2f} {r['event'][:24]} {r['swap']} | "
                      f"{r['text'][:90]!r} ~ {r['other'][:90]!r}")
        for r in all_rows:
            if r["kind"] == "rescue":
                print(f"{r['verdict']:3s}  {r['setting']:17s} {r['s0']:.2f}->{r['s1']:.2f} {r['event'][:24]} "
                      f"{r['swap']} | {r['text'][:90]!r} ~ {r['other'][:90]!r}")


if __name__ == "__main__":
    main()
