"""Words the stemmer merges that mean different things: the vocabulary's groups, and the links they carry.

    python eval/stem_collisions.py [--only NAME] [--rows] [--groups]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`):
--groups lists the lowered words of every document grouped by `text.stem`, split inside by the stem the word would
have without the six-letter cut (`STEM_LENGTH`), where a group holds more than one such sub-stem: the census read by
hand for groups merging unrelated senses (general / generation, invest-ment / invest-igation, ...).
Without it: each link the analysis makes in a pair of documents the gold judges (true when a required or optional gold
link confirms it, as `thin_links` locates them), and the concepts its two claims share whose words on the two sides
meet by one stem but have no uncut stem in common ("General" ~ "generations": a collision; a paraphrase
group's words, which meet by no stem, are not); a link is carried by collisions when its
shared content concepts (`thin_links.family`) are all such collisions. Counts by concept, true and false; texts with
--rows (docs/engine.md, Round 47, helper stem1)."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from thin_links import rows as link_rows  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language import text as text_module  # noqa: E402
from readout_viewer.core.language.synonyms import concept  # noqa: E402

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
UNCUT = 99  # the stem without the six-letter cut: inflection off, derivation kept
# The groups of --groups read by hand as merging unrelated senses (the stem, then two word beginnings of different
# meaning); the rest are one word's derivations ("region"/"regional"), a name's spellings, or a rare word.
UNRELATED = (("genera", "general", "generat"), ("contin", "continent", "continu"),
             ("respec", "respective", "respect"), ("invest", "investigat", "investm"),
             ("escala", "interview", "interven"), ("integr", "integrity", "integrat"),
             ("contro", "controvers", "control"), ("import", "import", "importan"),
             ("relati", "relative", "relation"), ("secret", "secret", "secretary"),
             ("unders", "understood", "underscor"), ("comple", "complex", "complet"),
             ("moment", "momentum", "moment"), ("conten", "contentious", "content"),
             ("transf", "transform", "transfer"), ("access", "accession", "access"),
             ("proper", "property", "proper"), ("depart", "departure", "department"),
             ("conduc", "conducive", "conduct"), ("transp", "transport", "transparen"),
             ("milita", "militant", "militar"), ("though", "thought", "though"), ("should", "shoulder", "should"),
             ("regard", "regardless", "regard"))


def uncut(word: str) -> str:
    """The word's stem with STEM_LENGTH lifted (its derivational suffix kept: "generation" is no "general")."""
    keep = text_module.STEM_LENGTH
    text_module.STEM_LENGTH = UNCUT
    try:
        return text_module.stem.__wrapped__(word)
    finally:
        text_module.STEM_LENGTH = keep


def words_of(text: str, c: str) -> set[str]:
    """The lowered words of `text` the engine folds to concept `c`."""
    return {w for w in _WORD.findall(text.lower()) if concept(w) == c}


def collisions(r: dict) -> list[tuple[str, str, str]]:
    """The link's shared concepts whose words on the two sides share no uncut stem: (concept, words a, words b)."""
    out = []
    for c in r["shared"]:
        wa, wb = words_of(r["a"], c), words_of(r["b"], c)
        stems = {text_module.stem(w) for w in wa} & {text_module.stem(w) for w in wb}
        if stems and not {uncut(w) for w in wa} & {uncut(w) for w in wb}:  # met by the cut alone, no paraphrase
            out.append((c, ",".join(sorted(wa)), ",".join(sorted(wb))))
    return out


def unrelated(c: str, wa: str, wb: str) -> bool:
    """Whether a collision's two sides are two senses UNRELATED lists (either way round)."""
    def holds(words: str, start: str, other: str) -> bool:
        return any(w.startswith(start) and not (other.startswith(start) and w.startswith(other))
                   for w in words.split(","))
    return any(c == s and ((holds(wa, x, y) and holds(wb, y, x)) or (holds(wa, y, x) and holds(wb, x, y)))
               for s, x, y in UNRELATED)


def groups(only: str) -> None:
    """The vocabulary's stem groups holding more than one uncut stem, most frequent first."""
    count: Counter[str] = Counter()
    for name, folder, _ in readable():
        if not only or only in name:
            for d in analyze(folder).documents:
                count.update(_WORD.findall(d.text.lower()))
    grouped: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for w in count:
        grouped[text_module.stem(w)][uncut(w)[:8]].append(w)
    for s, sub in sorted(grouped.items(), key=lambda kv: -sum(count[w] for ws in kv[1].values() for w in ws)):
        if len(sub) > 1:
            print(s, "|", " / ".join(",".join(sorted(ws, key=lambda w: -count[w])[:4]) +
                                     f"({sum(count[w] for w in ws)})" for _, ws in sorted(sub.items())))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--groups", action="store_true")
    args = parser.parse_args()
    if args.groups:
        groups(args.only)
        return
    any_count: Counter[tuple[str, bool]] = Counter()
    senses: Counter[tuple[str, bool, bool]] = Counter()  # (concept, carried alone, true) for UNRELATED collisions
    only_count: Counter[tuple[str, bool]] = Counter()
    total = Counter()
    shown = []
    for name, folder, gold in readable():
        if args.only and args.only not in name:
            continue
        for r in link_rows(name, folder, gold):
            total[r["true"]] += 1
            hits = collisions(r)
            if not hits:
                continue
            content = {c for c in r["shared"] if r["fam"][c] in ("content", "common")}
            carried = content and content <= {c for c, _, _ in hits}
            for c, wa, wb in hits:
                any_count[(c, r["true"])] += 1
                if carried:
                    only_count[(c, r["true"])] += 1
                if unrelated(c, wa, wb):
                    senses[(f"{c}: {wa} ~ {wb}", bool(carried), r["true"])] += 1
            shown.append((name, carried, hits, r))
    print(f"links in judged pairs: {total[True]} true, {total[False]} false")
    print(f"{'concept':10s} {'any T':>6s} {'any F':>6s} {'only T':>6s} {'only F':>6s}")
    for c in sorted({c for c, _ in any_count}, key=lambda c: -(any_count[(c, True)] + any_count[(c, False)])):
        print(f"{c:10s} {any_count[(c, True)]:6d} {any_count[(c, False)]:6d} "
              f"{only_count[(c, True)]:6d} {only_count[(c, False)]:6d}")
    print("collisions of two unrelated senses (UNRELATED): concept, carried alone, true -> links")
    for (c, carried, true), n in sorted(senses.items()):
        print(f"  {c:50s} {'alone' if carried else 'also':5s} {'true' if true else 'false':5s} {n}")
    if args.rows:
        for name, carried, hits, r in shown:
            print(f"{'TRUE ' if r['true'] else 'FALSE'} {'ONLY' if carried else 'also'} {name[:26]:26s} {hits} | "
                  f"{r['a'][:80]!r} ~ {r['b'][:80]!r}")


if __name__ == "__main__":
    main()
