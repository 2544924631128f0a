"""Scoring an analysis against a gold file: the figures of the shared scorer, and the project's extensions.

The standard figures (link recall/precision/F1, relation, omission and quote accuracy) follow
/work/shared/eval/score.py exactly, so the numbers printed here are the ones that scorer prints. The extensions
score the gold sections the project's held-out events add: `attributions` (verdict of statements pinned on a
source), `unreported` (outlet reports of the call that no readout carries) and `not_claims` (chatter, questions,
captions that must not be statements).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}


def fold(text: str) -> tuple[str, list[int]]:
    """Case, whitespace and typographic marks folded, with each kept character's offset in `text`."""
    out, idx, prev_space = [], [], True
    for i, ch in enumerate(text):
        ch = _FOLD.get(ch, ch)
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch.lower())
        idx.append(i)
    return "".join(out), idx


Span = tuple[str, int, int]


class Spans:
    """Gold spans located in the analysis' document texts."""

    def __init__(self, analysis: dict[str, Any], aliases: dict[str, str]) -> None:
        self.text = {d["id"]: d["text"] for d in analysis["documents"]}
        self.aliases = aliases
        self._folded: dict[str, tuple[str, list[int]]] = {}
        self.missing: list[str] = []

    def doc(self, alias: str) -> str:
        return self.aliases.get(alias, alias)

    def span(self, ref: list[str]) -> Span | None:
        doc = self.doc(ref[0])
        if doc not in self.text:
            self.missing.append(f"document {doc} not in the analysis")
            return None
        if doc not in self._folded:
            self._folded[doc] = fold(self.text[doc])
        hay, idx = self._folded[doc]
        needle = fold(ref[1])[0].strip()
        at = hay.find(needle)
        if at < 0:
            self.missing.append(f"span not found in {doc}: {ref[1][:60]!r}")
            return None
        return doc, idx[at], idx[at + len(needle) - 1] + 1


def overlaps(item: dict[str, Any], span: Span | None) -> bool:
    return span is not None and item["doc"] == span[0] and item["start"] < span[2] and span[1] < item["end"]


@dataclass
class Score:
    """Counts behind every figure, so that several golds can be pooled (the union of events)."""

    hits: int = 0
    required: int = 0
    true_pos: int = 0
    in_scope: int = 0
    rel_ok: int = 0
    rel_n: int = 0
    om_ok: int = 0
    om_n: int = 0
    q_ok: int = 0
    q_n: int = 0
    att_ok: int = 0
    att_n: int = 0
    unrep_found: int = 0
    unrep_n: int = 0
    unrep_flagged: int = 0
    unrep_false: int = 0
    nc_ok: int = 0
    nc_n: int = 0
    claims: int = 0
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: Score) -> Score:
        out = Score()
        for name in self.__dataclass_fields__:
            setattr(out, name, getattr(self, name) + getattr(other, name))
        return out

    @staticmethod
    def ratio(ok: int, n: int) -> float:
        return ok / n if n else 1.0

    @property
    def recall(self) -> float:
        return self.ratio(self.hits, self.required)

    @property
    def precision(self) -> float:
        return self.true_pos / self.in_scope if self.in_scope else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def relation(self) -> float:
        return self.ratio(self.rel_ok, self.rel_n)

    @property
    def omission(self) -> float:
        return self.ratio(self.om_ok, self.om_n)

    @property
    def quotes(self) -> float:
        return self.ratio(self.q_ok, self.q_n)

    @property
    def attributions(self) -> float:
        return self.ratio(self.att_ok, self.att_n)

    def line(self) -> str:
        return (f"F1 {self.f1:.3f} (R {self.recall:.3f} {self.hits}/{self.required}, P {self.precision:.3f} "
                f"{self.true_pos}/{self.in_scope}) | relation {self.relation:.3f} ({self.rel_ok}/{self.rel_n}) | "
                f"omission {self.omission:.3f} ({self.om_ok}/{self.om_n}) | quotes {self.quotes:.3f} "
                f"({self.q_ok}/{self.q_n})")

    def extensions(self) -> str:
        parts = []
        if self.att_n:
            parts.append(f"attributions {self.attributions:.3f} ({self.att_ok}/{self.att_n})")
        if self.unrep_n or self.unrep_flagged:
            parts.append(f"unreported found {self.unrep_found}/{self.unrep_n}, flagged wrongly "
                         f"{self.unrep_false}/{self.unrep_flagged}")
        if self.nc_n:
            parts.append(f"not-claims kept out {self.nc_ok}/{self.nc_n}")
        return " | ".join(parts)


def _pair(d1: str, d2: str) -> tuple[str, str]:
    a, b = sorted((d1, d2))
    return a, b


def _link_hits(link: dict[str, Any], claims: dict[str, dict[str, Any]], frm: Span | None,
               tos: list[Span | None]) -> bool:
    a, b = claims.get(link["a"]), claims.get(link["b"])
    if a is None or b is None:
        return False
    return any((overlaps(a, frm) and overlaps(b, t)) or (overlaps(b, frm) and overlaps(a, t)) for t in tos)


def _links(gold: dict[str, Any], spans: Spans, analysis: dict[str, Any], s: Score) -> None:
    claims = {c["id"]: c for c in analysis["claims"]}
    links = analysis.get("links", [])
    required = [(g, spans.span(g["from"]), [spans.span(t) for t in g["to"]]) for g in gold.get("links", [])]
    optional = [(spans.span([o[0], o[1]]), [spans.span(t) for t in o[2]]) for o in gold.get("optional", [])]
    scored: set[tuple[str, str]] = set()
    for frm, tos in [(f, t) for _, f, t in required] + optional:
        scored |= {_pair(frm[0], t[0]) for t in tos if frm and t}
    for g, frm, tos in required:
        matched = [lk for lk in links if _link_hits(lk, claims, frm, tos)]
        s.required += 1
        if matched:
            s.hits += 1
            if g.get("relation", "any") != "any":
                s.rel_n += 1
                best = max(matched, key=lambda lk: lk.get("score", 0))
                s.rel_ok += best.get("relation") == g["relation"]
                if best.get("relation") != g["relation"]:
                    s.misses.append(f"relation {g.get('id')}: want {g['relation']}, got {best.get('relation')} "
                                    f"({best.get('reason')})")
        else:
            s.misses.append(f"link missed {g.get('id')}: {g['from'][1][:70]!r}")
    for lk in links:
        a, b = claims.get(lk["a"]), claims.get(lk["b"])
        if a is None or b is None or _pair(a["doc"], b["doc"]) not in scored:
            continue
        s.in_scope += 1
        if any(_link_hits(lk, claims, frm, tos) for _, frm, tos in required) or \
                any(_link_hits(lk, claims, frm, tos) for frm, tos in optional):
            s.true_pos += 1
        else:
            s.misses.append(f"false link {a['doc'].rsplit('/', 1)[-1]} -> {b['doc'].rsplit('/', 1)[-1]}: "
                            f"{_text(analysis, a)[:60]!r} ~ {_text(analysis, b)[:60]!r}")


def _text(analysis: dict[str, Any], item: dict[str, Any]) -> str:
    doc = next(d for d in analysis["documents"] if d["id"] == item["doc"])
    return " ".join(doc["text"][item["start"]:item["end"]].split())


def _omissions(gold: dict[str, Any], spans: Spans, analysis: dict[str, Any], s: Score) -> None:
    claims = {c["id"]: c for c in analysis["claims"]}
    missing_from: dict[str, set[str]] = {}
    for o in analysis.get("omissions", []):
        missing_from.setdefault(o["claim"], set()).update(o["missing_from"])
    linked: dict[str, set[str]] = {}
    for lk in analysis.get("links", []):
        for x, y in ((lk["a"], lk["b"]), (lk["b"], lk["a"])):
            if y in claims:
                linked.setdefault(x, set()).add(claims[y]["doc"])
    for o in gold.get("omissions", []):
        span = spans.span(o["span"])
        for other in o["missing_from"]:
            other = spans.doc(other)
            s.om_n += 1
            cs = [c for c in claims.values() if overlaps(c, span)]
            ok = bool(cs) and all(other in missing_from.get(c["id"], ()) and other not in linked.get(c["id"], ())
                                  for c in cs)
            s.om_ok += ok
            if not ok:
                s.misses.append(f"omission not found ({other.rsplit('/', 1)[-1]}): {o['span'][1][:70]!r}")
    for o in gold.get("not_omitted", []):
        span = spans.span(o["span"])
        for other in o["present_in"]:
            other = spans.doc(other)
            s.om_n += 1
            cs = [c for c in claims.values() if overlaps(c, span)]
            ok = bool(cs) and any(other in linked.get(c["id"], ()) for c in cs) and \
                not any(other in missing_from.get(c["id"], ()) for c in cs)
            s.om_ok += ok
            if not ok:
                s.misses.append(f"wrongly omitted ({other.rsplit('/', 1)[-1]}): {o['span'][1][:70]!r}")


def _quotes(gold: dict[str, Any], spans: Spans, analysis: dict[str, Any], s: Score) -> None:
    for q in gold.get("quotes", []):
        s.q_n += 1
        span = spans.span(q["in"])
        src = spans.span(q["source"]) if q.get("source") else None
        found = [p for p in analysis.get("quotes", []) if overlaps(p, span)]
        good = False
        for p in found:
            if p.get("verdict") != q["verdict"]:
                continue
            if src is not None:
                got = p.get("source") or {}
                if not (got.get("doc") == src[0] and got.get("start", 0) < src[2] and src[1] < got.get("end", 0)):
                    continue
            good = True
        s.q_ok += good
        if not good:
            got_v = ",".join(sorted({p.get("verdict", "?") for p in found})) or "no quote"
            s.misses.append(f"quote {q['in'][1][:50]!r}: want {q['verdict']}, got {got_v}")


def _attributions(gold: dict[str, Any], spans: Spans, analysis: dict[str, Any], s: Score) -> None:
    for a in gold.get("attributions", []):
        span = spans.span(a["in"])
        s.att_n += 1
        found = [p for p in analysis.get("attributions", []) if overlaps(p, span)]
        ok = any(p.get("verdict") == a["verdict"] for p in found)
        s.att_ok += ok
        if not ok:
            got = ",".join(sorted({p.get("verdict", "?") for p in found})) or "none"
            s.misses.append(f"attribution {a['in'][1][:50]!r}: want {a['verdict']}, got {got}")


def _unreported(gold: dict[str, Any], spans: Spans, analysis: dict[str, Any], s: Score) -> None:
    if "unreported" not in gold:
        return  # a gold without the section does not say what is unreported
    claims = {c["id"]: c for c in analysis["claims"]}
    flagged = [claims[u["claim"]] for u in analysis.get("unreported", []) if u["claim"] in claims]
    gold_spans = [spans.span(u) for u in gold.get("unreported", [])]
    for span in gold_spans:
        s.unrep_n += 1
        s.unrep_found += any(overlaps(c, span) for c in flagged)
    documented = {spans.doc(d) for d in gold.get("docs", {}).values()} | {spans.doc(k) for k in gold.get("docs", {})}
    for c in flagged:
        if c["doc"] not in documented:
            continue
        s.unrep_flagged += 1
        if not any(overlaps(c, span) for span in gold_spans):
            s.unrep_false += 1
            s.misses.append(f"flagged unreported wrongly: {_text(analysis, c)[:70]!r}")


def _not_claims(gold: dict[str, Any], spans: Spans, analysis: dict[str, Any], s: Score) -> None:
    for ref in gold.get("not_claims", []):
        span = spans.span(ref)
        s.nc_n += 1
        statements = [c for c in analysis["claims"] if overlaps(c, span) and c.get("kind", "statement") == "statement"]
        s.nc_ok += not statements
        if statements:
            s.misses.append(f"not a claim, yet a statement: {ref[1][:60]!r}")


def score(gold: dict[str, Any], analysis: dict[str, Any]) -> Score:
    """Every figure of one gold against one analysis (the contract's JSON dict)."""
    spans = Spans(analysis, gold.get("docs", {}))
    s = Score(claims=len(analysis["claims"]))
    for part in (_links, _omissions, _quotes, _attributions, _unreported, _not_claims):
        part(gold, spans, analysis, s)
    s.misses = [f"gold: {m}" for m in sorted(set(spans.missing))] + s.misses
    return s


# The values each gold section may hold: a value outside them can never be scored right (Biden–Duda's first gold
# gave an attribution the quotations' `not_found`), so a gold holding one is refused with its file and item named.
GOLD_VALUES = {
    ("links", "relation"): {"agree", "diverge", "any"},
    ("quotes", "verdict"): {"exact", "altered", "not_found"},
    ("attributions", "verdict"): {"supported", "unsupported", "misattributed"},
}
GOLD_SECTIONS = {"docs", "links", "optional", "omissions", "not_omitted", "quotes", "attributions", "unreported",
                 "not_claims"}


class GoldError(ValueError):
    """A gold file that cannot be scored as written."""


def check_gold(gold: Any, name: str) -> dict[str, Any]:
    """The gold itself, once every section and value in it is one the scorer reads; else a GoldError naming it."""
    if not isinstance(gold, dict):
        raise GoldError(f"{name}: a gold is a mapping of sections, not {type(gold).__name__}")
    unknown = sorted(set(gold) - GOLD_SECTIONS)
    if unknown:
        raise GoldError(f"{name}: unknown section(s) {', '.join(unknown)}")
    for (section, key), allowed in GOLD_VALUES.items():
        for i, item in enumerate(gold.get(section) or []):
            value = item.get(key, "any" if key == "relation" else None)
            if value not in allowed:
                raise GoldError(f"{name}: {section} item {i + 1} has {key} {value!r}; "
                                f"the scorer reads {', '.join(sorted(allowed))}")
    return gold


def load_gold(path: Path) -> dict[str, Any]:
    """A gold file read with safe_load and checked (check_gold)."""
    return check_gold(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def pooled(scores: Iterable[Score]) -> Score:
    out = Score()
    for sc in scores:
        out = out + sc
    return out
