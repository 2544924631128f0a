"""The JSON contract `readout-viewer.analysis/1`: the Analysis to and from plain JSON-ready dicts."""

from __future__ import annotations

import json
from typing import Any

from readout_viewer.core.model import (
    SCHEMA,
    STATEMENT,
    Analysis,
    Attribution,
    Claim,
    Document,
    Link,
    Near,
    Note,
    Omission,
    Problem,
    Quote,
    Span,
    Unreported,
)

# A document's keys in the contract, in the order written (every Document field but `extra`, written after).
DOCUMENT_KEYS = ("id", "path", "title", "source", "author", "role", "side", "kind", "date", "url", "event",
                 "excerpt", "text")


def _document(d: Document) -> dict[str, Any]:
    out = {k: getattr(d, k) for k in DOCUMENT_KEYS}
    if d.extra:
        out["extra"] = {k: _plain(v) for k, v in d.extra.items()}
    if d.inferred:
        out["inferred"] = dict(d.inferred)
    if d.language != "en":  # written only when it is not English: older readers see what they knew
        out["language"] = d.language
    return out


def _claim(c: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "doc": c.doc, "start": c.start, "end": c.end}
    if not c.is_statement:  # written only when it is not a statement: older readers see what they knew
        out["kind"] = c.kind
    return out


def _attribution(x: Attribution) -> dict[str, Any]:
    out: dict[str, Any] = {"doc": x.doc, "start": x.start, "end": x.end, "cited": x.cited, "cited_as": x.cited_as,
                           "verdict": x.verdict, "found_in": x.found_in}
    if x.score is not None:
        out["score"] = round(x.score, 3)
    if x.detail:
        out["detail"] = x.detail
    return out


def _plain(value: Any) -> Any:
    """Front-matter values as JSON can hold them (dates become ISO strings)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def _link(lk: Link) -> dict[str, Any]:
    out = {"a": lk.a, "b": lk.b, "relation": lk.relation, "score": round(lk.score, 3), "reason": lk.reason,
           "origin": lk.origin}
    if lk.detail:
        out["detail"] = lk.detail
    if lk.confirmed:
        out["confirmed"] = True
    return out


def _quote(q: Quote) -> dict[str, Any]:
    out: dict[str, Any] = {"doc": q.doc, "start": q.start, "end": q.end, "verdict": q.verdict,
                           "source": _span(q.source), "diff": None if q.diff is None else [[op, t] for op, t in q.diff]}
    if q.detail:  # written only when there is one: older readers see what they knew
        out["detail"] = q.detail
    return out


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"doc": s.doc, "start": s.start, "end": s.end}


def to_dict(a: Analysis) -> dict[str, Any]:
    """The analysis as the contract's JSON-ready dict, in stable order."""
    out: dict[str, Any] = {"schema": SCHEMA, "root": a.root}
    if a.engine:
        out["engine"] = dict(a.engine)
    out |= {
        "documents": [_document(d) for d in a.documents],
        "claims": [_claim(c) for c in a.claims],
        "links": [_link(lk) for lk in a.links],
        "omissions": [_omission(o) for o in a.omissions],
        "quotes": [_quote(q) for q in a.quotes],
        "attributions": [_attribution(x) for x in a.attributions],
        "problems": [{"path": p.path, "message": p.message} for p in a.problems],
    }
    if a.unreported:
        out["unreported"] = [_unreported(u) for u in a.unreported]
    if a.notes:
        out["notes"] = [{"claim": n.claim, "other": n.other, "text": n.text, "author": n.author, "at": n.at}
                        for n in a.notes]
    if a.orphans:
        out["orphaned_decisions"] = [_plain(dict(o)) for o in a.orphans]
    return out


def _nearest(near: tuple[Near, ...]) -> list[dict[str, Any]]:
    return [{"doc": n.doc, "claim": n.claim, "score": n.score, "words": list(n.words)} for n in near]


def _omission(o: Omission) -> dict[str, Any]:
    out: dict[str, Any] = {"claim": o.claim, "missing_from": list(o.missing_from)}
    if o.nearest:  # optional: readers of the first contract ignore it
        out["nearest"] = _nearest(o.nearest)
    return out


def _unreported(u: Unreported) -> dict[str, Any]:
    out: dict[str, Any] = {"claim": u.claim, "detail": u.detail, "score": round(u.score, 3)}
    if u.nearest:  # optional, as an omission's
        out["nearest"] = _nearest(u.nearest)
    return out


def dumps(a: Analysis) -> str:
    return json.dumps(to_dict(a), ensure_ascii=False, indent=1) + "\n"


def _near(item: dict[str, Any]) -> tuple[Near, ...]:
    """The closest passages an omission or an unreported report names (optional in the contract)."""
    return tuple(Near(n["doc"], n["claim"], n["score"], tuple(n.get("words", ()))) for n in item.get("nearest", ()))


def from_dict(data: dict[str, Any]) -> Analysis:
    """Read a contract dict back into an Analysis (claim texts are cut from the document texts)."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} analysis (schema: {data.get('schema')!r})")
    docs = tuple(Document(**{k: d[k] for k in DOCUMENT_KEYS if k in d}, extra=d.get("extra") or {},
                          inferred=d.get("inferred") or {}, language=d.get("language") or "en")
                 for d in data["documents"])
    text = {d.id: d.text for d in docs}
    claims = tuple(Claim(c["id"], c["doc"], c["start"], c["end"], text[c["doc"]][c["start"]:c["end"]],
                         c.get("kind", STATEMENT)) for c in data["claims"])
    links = tuple(Link(lk["a"], lk["b"], lk["relation"], lk["score"], lk.get("reason"), lk.get("origin", "auto"),
                       lk.get("detail"), lk.get("confirmed", False)) for lk in data["links"])

    def span(s: dict | None) -> Span | None:
        return None if s is None else Span(s["doc"], s["start"], s["end"])

    return Analysis(
        root=data["root"], documents=docs, claims=claims, links=links,
        omissions=tuple(Omission(o["claim"], tuple(o["missing_from"]), _near(o)) for o in data["omissions"]),
        quotes=tuple(Quote(q["doc"], q["start"], q["end"], q["verdict"], span(q.get("source")),
                           None if q.get("diff") is None else tuple((op, t) for op, t in q["diff"]), q.get("detail"))
                     for q in data["quotes"]),
        attributions=tuple(Attribution(x["doc"], x["start"], x["end"], x.get("cited"), x.get("cited_as", ""),
                                       x["verdict"], x.get("found_in"), x.get("score"), x.get("detail"))
                           for x in data["attributions"]),
        problems=tuple(Problem(p["path"], p["message"]) for p in data["problems"]),
        notes=tuple(Note(n["claim"], n["text"], n.get("other"), n.get("author"), n.get("at"))
                    for n in data.get("notes", ())),
        orphans=tuple(data.get("orphaned_decisions", ())),
        unreported=tuple(Unreported(u["claim"], u.get("detail", ""), u.get("score", 0.0), _near(u))
                         for u in data.get("unreported", ())),
        engine=data.get("engine") or {},
    )
