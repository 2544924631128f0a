"""Gold links whose two sides name one country by different names: missed, found and false, by country and form.

    python eval/country_names.py [--only NAME] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each required gold link (found or missed by today's engine) and each false link in a judged pair of documents, and
the countries each side names: by the table's forms (country_table.TABLE, before countries.py's guards) and by the
official short forms below. A pair "names one country differently" when both sides name it and no content concept
of one side's forms is among the other side's concepts (linking.terms). Counts per country and per pair of forms;
--rows prints the missed and false pairs (docs/engine.md, Round 50, helper links105).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import unlinked
from scoring import Spans, _link_hits, _pair, load_gold

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.language.country_table import TABLE
from readout_viewer.core.linking.terms import terms

# Official and common short forms the table may lack (the census asks whether they matter).
EXTRA = {"KR": ("rok", "korean", "koreans"), "KP": ("pyongyang", "dprk"), "CN": ("prc",), "SA": ("ksa",),
         "AE": ("uae",), "GB": ("uk",), "US": ("u.s.", "us", "washington"), "TR": ("türkiye",),
         "RU": ("russian federation",)}


def _forms() -> dict[str, tuple[str, ...]]:
    out = {code: tuple(f.removeprefix("the ") for group in row for f in group) for code, row in TABLE.items()}
    for code, extra in EXTRA.items():
        out[code] = tuple(dict.fromkeys((*out[code], *extra)))
    return out


FORMS = _forms()
_PATTERNS = {code: re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(fs, key=len, reverse=True))
                              + r")(?![\w])", re.IGNORECASE) for code, fs in FORMS.items()}


def named(text: str) -> dict[str, set[str]]:
    """Country code -> the forms a text names it by, as written; "US" only in capitals."""
    out: dict[str, set[str]] = {}
    for code, pat in _PATTERNS.items():
        for m in pat.finditer(text):
            form = m.group(1)
            if form.lower() == "us" and form != "US":
                continue
            out.setdefault(code, set()).add(form)
    return out


def differently(a: str, b: str) -> list[tuple[str, str, str]]:
    """(code, forms of a, forms of b) for each country both name with no shared concept of its forms."""
    na, nb = named(a), named(b)
    ca, cb = terms(a).concepts, terms(b).concepts
    out = []
    for code in set(na) & set(nb):
        fa = set().union(*(terms(f).concepts for f in na[code]))
        fb = set().union(*(terms(f).concepts for f in nb[code]))
        if not (fa & cb) and not (fb & ca):
            out.append((code, "/".join(sorted({f.lower() for f in na[code]})),
                        "/".join(sorted({f.lower() for f in nb[code]}))))
    return out


def census(folder: Path, gold_path: Path) -> list[tuple[str, str, str, str, list]]:
    """(kind, event, text a, text b, differences) for every required link and every false link."""
    data = jsonio.to_dict(analyze(folder))
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    claims = {c["id"]: c for c in data["claims"]}
    text = {d["id"]: d["text"] for d in data["documents"]}
    links = data.get("links", [])
    out = []
    required = [(g, spans.span(g["from"]), [spans.span(t) for t in g["to"]]) for g in gold.get("links", [])]
    optional = [(spans.span([o[0], o[1]]), [spans.span(t) for t in o[2]]) for o in gold.get("optional", [])]
    scored = set()
    for frm, tos in [(f, t) for _, f, t in required] + optional:
        scored |= {_pair(frm[0], t[0]) for t in tos if frm and t}
    for g, frm, tos in required:
        hit = any(_link_hits(lk, claims, frm, tos) for lk in links)
        a = g["from"][1]
        diffs = [d for t in g["to"] for d in differently(a, t[1])]
        out.append(("found" if hit else "missed", folder.name, a, " | ".join(t[1] for t in g["to"]), diffs))
    for lk in links:
        a, b = claims.get(lk["a"]), claims.get(lk["b"])
        if a is None or b is None or _pair(a["doc"], b["doc"]) not in scored:
            continue
        if any(_link_hits(lk, claims, f, t) for _, f, t in required) or \
                any(_link_hits(lk, claims, f, t) for f, t in optional):
            continue
        ta, tb = (text[c["doc"]][c["start"]:c["end"]] for c in (a, b))
        out.append(("false", folder.name, ta, tb, differently(ta, tb)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    kinds: Counter[str] = Counter()
    with_diff: Counter[str] = Counter()
    by_form: Counter[tuple[str, str, str, str]] = Counter()
    for name, folder, gold_path in unlinked.readable():
        if args.only and args.only != name:
            continue
        for kind, event, a, b, diffs in census(folder, gold_path):
            kinds[kind] += 1
            if diffs:
                with_diff[kind] += 1
                for code, fa, fb in diffs:
                    by_form[(kind, code, fa, fb)] += 1
                if args.rows and kind != "found":
                    print(f"{kind} {event} {diffs}\n   {' '.join(a.split())[:200]}\n   ~ {' '.join(b.split())[:200]}")
    for kind in ("found", "missed", "false"):
        print(f"{kind}: {kinds[kind]} links, {with_diff[kind]} naming a country differently")
    for (kind, code, fa, fb), n in by_form.most_common():
        print(f"  {kind:6} {code} {fa!r} ~ {fb!r}: {n}")


if __name__ == "__main__":
    main()
