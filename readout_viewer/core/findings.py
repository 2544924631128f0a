"""The findings of an analysis as one list of rows: divergences, omissions, quotes, attributions, unreported."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from readout_viewer.core import closest
from readout_viewer.core.confidence import at_least
from readout_viewer.core.labels import claim_shown, counted, document_labels, quoted
from readout_viewer.core.model import (
    ALTERED,
    DIVERGE,
    MISATTRIBUTED,
    NOT_FOUND,
    UNSUPPORTED,
    Analysis,
    Attribution,
    Claim,
    Near,
)
from readout_viewer.core.model.vocabulary import (  # noqa: F401 (the kinds are read from here too)
    ALTERED_QUOTE,
    DIVERGENCE,
    KIND_WORDS,
    KINDS,
    MISATTRIBUTION,
    NOT_IN_READOUT,
    OMISSION,
    QUOTE_NOT_FOUND,
    UNSUPPORTED_STATEMENT,
)
from readout_viewer.core.quotes.changes import quote_reason
from readout_viewer.core.status import official_order

# Share of an attributed statement's content words that a statement of the document that does carry it must hold
# to be shown as its counterpart (the attribution check itself works by clauses; this only picks what to show).
CARRIER_SHARE = 0.5
# The closest wording of the first document that leaves a statement out is quoted in its row this long at most.
NEAR_CHARS = 160
# Documents' labels are worked out once per analysis (every row names one or two documents); a few analyses at
# most are alive at once (the viewer's and an export's).
LABEL_CACHE = 4
_LABELS: dict[int, tuple[tuple, dict[str, str]]] = {}
# The columns of the CSV (and of the viewer's findings list), one finding a row.
COLUMNS = ("type", "document", "text", "counterpart", "counterpart text", "cited source", "verdict", "reason",
           "score", "start", "end")

# The CSV opens with a UTF-8 byte order mark: Excel reads a CSV without one in the system's code page, and every row
# has curly quotes or dashes ("Biden’s" showed "Bidenâ€™s", "Erdoğan" "ErdoÄŸan"); LibreOffice, Google Sheets,
# Numbers and pandas read it either way; Python's csv module wants encoding="utf-8-sig" (helper qa17).
CSV_BOM = "\ufeff"
# A cell opening with one of these is a formula to a spreadsheet (Excel, LibreOffice, Sheets), quoted or not: the
# words of an outlet's page ("=HYPERLINK(…)", "+7 …", "-Brazilian …") must print, never run (OWASP's CSV
# injection); an apostrophe before them makes the cell text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Finding:
    """One thing an editor should look at: where it is, what it is measured against, why, and how sure."""

    kind: str  # one of KINDS
    doc: str  # the document the finding is in
    start: int
    end: int
    text: str  # its words (a claim's as shown out of its text: labels.claim_shown)
    claim: str | None = None  # the claim it belongs to, when it is a claim
    other_doc: str | None = None  # the counterpart's document (a readout, a quote's source, who left it out)
    other_text: str = ""  # the counterpart's words (shown so too)
    other_claim: str | None = None
    cited: str = ""  # for attributions: the source the text names
    verdict: str = ""  # diverge | omitted | altered | not_found | misattributed | unsupported | unreported
    reason: str = ""  # why, for a person
    score: float | None = None  # how sure the engine is (None: not scored)
    other_start: int | None = None  # where the counterpart's words are in its document, when known
    other_end: int | None = None


def _name(analysis: Analysis, doc_id: str | None) -> str:
    """The document's unique label ("source — short title (date)"), as the PDF and the viewer's choosers name it."""
    cached = _LABELS.get(id(analysis.documents))
    if cached is None or cached[0] is not analysis.documents:
        cached = _LABELS[id(analysis.documents)] = (analysis.documents, document_labels(analysis.documents))
        while len(_LABELS) > LABEL_CACHE:
            _LABELS.pop(next(iter(_LABELS)))
    return cached[1].get(doc_id or "", doc_id or "")


def _divergences(analysis: Analysis) -> Iterable[Finding]:
    for link in analysis.links:
        if link.relation != DIVERGE:
            continue
        a, b = analysis.claim[link.a], analysis.claim[link.b]
        reason = f"{link.reason}: {link.detail}" if link.reason and link.detail else (link.reason or link.detail or "")
        yield Finding(DIVERGENCE, a.doc, a.start, a.end, claim_shown(analysis, a), a.id, b.doc,
                      claim_shown(analysis, b), b.id, verdict=DIVERGE,
                      reason=reason, score=link.score, other_start=b.start, other_end=b.end)


def _omissions(analysis: Analysis) -> Iterable[Finding]:
    for omission in analysis.omissions:
        claim = analysis.claim.get(omission.claim)
        if claim is None or not claim.is_statement or not omission.missing_from:
            continue
        missing = _officials_first(analysis, claim.doc, omission.missing_from)
        names = "; ".join(_name(analysis, d) for d in missing)
        there = _closest_clause(analysis, closest.passage_in(analysis, claim.id, missing[0]), "closest wording")
        yield Finding(OMISSION, claim.doc, claim.start, claim.end, claim_shown(analysis, claim), claim.id,
                      missing[0], names, verdict="omitted",
                      reason=f"left out by {counted(len(missing), 'document')} of the event: {names}{there}")


def _closest_clause(analysis: Analysis, near: Near | None, what: str) -> str:
    """The reason's words for a closest passage ("; closest wording in X, too little in common to link: “…”")."""
    if near is None:
        return ""
    return (f"; {what} in {_name(analysis, near.doc)}, too little in common to link: "
            f"{closest.quoted(analysis, near, NEAR_CHARS)}")


def _officials_first(analysis: Analysis, doc_id: str, missing: Sequence[str]) -> list[str]:
    """The documents that leave a claim out, the official ones first (best reference first), then the others: the
    counterpart an omission is shown against is the other side's readout, not the first outlet by name."""
    event = analysis.document[doc_id].event
    rank = {d.id: n for n, d in enumerate(official_order(analysis, event))}
    return sorted(missing, key=lambda d: rank.get(d, len(rank)))


def pinned_on_unheld(attribution: Attribution) -> bool:
    """Whether an attribution pins its words on a source the folder does not hold (an analyst, a tweet): its
    quotations not found are listed under it as unsupported, not as "not found" (the PDF's notes say so too)."""
    return attribution.cited is None and attribution.verdict == UNSUPPORTED


def quote_findings(analysis: Analysis) -> Iterable[Finding]:
    # A quotation the text pins on a source the folder does not hold (an analyst, a tweet) has nothing to be found
    # in: the attribution's row says so ("the source is not in the folder"), and "not found" would add nothing.
    # Looked up by document: a folder of thousands of articles holds thousands of quotations and attributions.
    elsewhere: dict[str, list[tuple[int, int]]] = {}
    for x in analysis.attributions:
        if pinned_on_unheld(x):
            elsewhere.setdefault(x.doc, []).append((x.start, x.end))
    for q in analysis.quotes:
        if q.verdict not in (ALTERED, NOT_FOUND):
            continue
        if q.verdict == NOT_FOUND and any(s <= q.start < e for s, e in elsewhere.get(q.doc, ())):
            continue
        text = analysis.document[q.doc].text[q.start:q.end]
        source = q.source
        other = analysis.document[source.doc].text[source.start:source.end] if source is not None else ""
        yield Finding(ALTERED_QUOTE if q.verdict == ALTERED else QUOTE_NOT_FOUND, q.doc, q.start, q.end, text,
                      other_doc=source.doc if source else None, other_text=other, verdict=q.verdict,
                      reason=quote_reason(q),
                      other_start=source.start if source else None, other_end=source.end if source else None)


def _carrier(analysis: Analysis, doc_id: str | None, text: str) -> Claim | None:
    """The statement of a document that shares most content words with `text`, if they make at least CARRIER_SHARE
    of the shorter of the two (the attributed text still holds the words that name its source)."""
    from readout_viewer.core.attributions.statements import content  # the checks' package: not on the window's import
    words = content(text)
    if doc_id is None or not words:
        return None
    best: tuple[int, Claim | None] = (0, None)
    for claim in analysis.claims_of.get(doc_id, ()):
        own = content(claim.text) if claim.is_statement else frozenset()
        shared = len(words & own)
        if own and shared > best[0] and shared >= CARRIER_SHARE * min(len(words), len(own)):
            best = (shared, claim)
    return best[1]


def _attributions(analysis: Analysis) -> Iterable[Finding]:
    for x in analysis.attributions:
        if x.verdict not in (MISATTRIBUTED, UNSUPPORTED):
            continue
        text = analysis.document[x.doc].text[x.start:x.end]
        found = f"; it is in {_name(analysis, x.found_in)}" if x.found_in else ""
        reason = x.detail or (f"{x.cited_as} does not say it{found}")
        carrier = _carrier(analysis, x.found_in, text)
        yield Finding(MISATTRIBUTION if x.verdict == MISATTRIBUTED else UNSUPPORTED_STATEMENT, x.doc, x.start, x.end,
                      text, other_doc=x.found_in or x.cited,
                      other_text=claim_shown(analysis, carrier) if carrier else "",
                      other_claim=carrier.id if carrier else None, cited=x.cited_as, verdict=x.verdict,
                      reason=reason, score=x.score, other_start=carrier.start if carrier else None,
                      other_end=carrier.end if carrier else None)


def _unreported(analysis: Analysis) -> Iterable[Finding]:
    for u in analysis.unreported:
        claim = analysis.claim.get(u.claim)
        if claim is None:
            continue
        near = next(iter(closest.report_passages(analysis, claim.id)), None)
        if near is None:
            yield Finding(NOT_IN_READOUT, claim.doc, claim.start, claim.end, claim_shown(analysis, claim), claim.id,
                          verdict="unreported", reason=u.detail, score=u.score)
            continue
        # the closest official wording is the row's counterpart (a column of its own), the reason says why
        # it is no link
        other = analysis.claim[near.claim]
        shares = ", ".join(f"\u201c{w}\u201d" for w in near.words) or "little"
        yield Finding(NOT_IN_READOUT, claim.doc, claim.start, claim.end, claim_shown(analysis, claim), claim.id,
                      near.doc, claim_shown(analysis, other), other.id, verdict="unreported",
                      reason=f"{u.detail}; the closest official wording has too little in common to link "
                             f"(shares {shares})", score=u.score, other_start=other.start, other_end=other.end)


def findings(analysis: Analysis, min_score: float = 0.0) -> list[Finding]:
    """Every finding of the analysis, by kind (KINDS order), then document order, then position.

    `min_score` is the confidence floor (core.confidence.at_least): weaker links, attributions and unreported
    statements are left out, and the official claims they leave alone become omissions.
    """
    analysis = at_least(analysis, min_score)
    found = [*_divergences(analysis), *_omissions(analysis), *quote_findings(analysis), *_attributions(analysis),
             *_unreported(analysis)]
    order = {d.id: n for n, d in enumerate(analysis.documents)}
    return sorted(found, key=lambda f: (KINDS.index(f.kind), order.get(f.doc, len(order)), f.start, f.end))


def _claim_at(analysis: Analysis, doc_id: str | None, offset: int | None) -> str | None:
    """The claim of a document that holds the character at `offset`, if any."""
    if doc_id is None or offset is None:
        return None
    return next((c.id for c in analysis.claims_of.get(doc_id, ()) if c.start <= offset < c.end), None)


def claim_of(analysis: Analysis, f: Finding) -> str | None:
    """The claim a finding is in: its own, or the one that holds a quote's or an attribution's first words."""
    return f.claim or _claim_at(analysis, f.doc, f.start)


def counterpart_of(analysis: Analysis, f: Finding) -> str | None:
    """The claim a finding is measured against, when one is known (a divergence's, a quote's source)."""
    return f.other_claim or _claim_at(analysis, f.other_doc, f.other_start)


def counts(rows: Sequence[Finding]) -> dict[str, int]:
    """How many findings of each kind (every kind present, zero included), in KINDS order."""
    out = dict.fromkeys(KINDS, 0)
    for f in rows:
        out[f.kind] += 1
    return out


def row(analysis: Analysis, f: Finding) -> tuple[str, ...]:
    """One finding as the CSV and the findings list show it (COLUMNS order)."""
    return (f.kind, _name(analysis, f.doc), " ".join(f.text.split()), _name(analysis, f.other_doc),
            " ".join(f.other_text.split()), f.cited, f.verdict, f.reason,
            "" if f.score is None else f"{f.score:.2f}", str(f.start), str(f.end))


def _inert(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs: one opening like a formula gets an apostrophe before it."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def to_csv(analysis: Analysis, rows: Sequence[Finding]) -> str:
    """The findings as CSV text for a spreadsheet: the byte order mark, a header, then one row a finding, every cell
    that would read as a formula made inert."""
    out = io.StringIO()
    out.write(CSV_BOM)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([_inert(cell) for cell in row(analysis, f)] for f in rows)
    return out.getvalue()


def render(analysis: Analysis, rows: Sequence[Finding]) -> str:
    """The findings for a person: a count per kind, then each finding under its kind, each kind named by the word the
    viewer's chips and the PDF's headings use (KIND_WORDS: "Left out 242", not "242 omission")."""
    total = counts(rows)
    lines = ["Findings: " + " \u00b7 ".join(f"{KIND_WORDS[kind]} {n}" for kind, n in total.items())]
    for kind in KINDS:
        mine = [f for f in rows if f.kind == kind]
        if not mine:
            continue
        lines += ["", f"{KIND_WORDS[kind].upper()} ({len(mine)})"]
        for f in mine:
            score = "" if f.score is None else f" [{f.score:.2f}]"
            lines.append(f"- {_name(analysis, f.doc)}: {quoted(' '.join(f.text.split()))}{score}")
            if f.other_text and kind != OMISSION:
                lines.append(f"    vs {_name(analysis, f.other_doc)}: {quoted(' '.join(f.other_text.split()))}")
            if f.reason:
                lines.append(f"    {f.reason}")
    return "\n".join(lines) + "\n"
