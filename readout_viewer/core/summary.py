"""A readable plain-text summary of an analysis, for `readout-viewer analyze` without --json."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from readout_viewer.core import findings
from readout_viewer.core.labels import counted, left_out_count, statements_told
from readout_viewer.core.language.text import clip
from readout_viewer.core.model import ALTERED, DIVERGE, EXACT, Analysis

# What each count of a folder's quotations calls those a text pins on a source the folder lacks: listed under
# Unsupported, never as "not found" (core.findings). `analyze` said "4 not found" of a folder whose Findings, viewer and
# PDF said 3 not found and 1 so pinned (helper qa19): its parts now add up as the PDF's title page does.
PINNED_UNHELD = "pinned on a source the folder lacks (under Unsupported)"


def quotations_told(analysis: Analysis, ids: Iterable[str] | None = None) -> str:
    """"25 quotations checked: 12 exact, 9 altered, 3 not found, 1 pinned on a source the folder lacks (under
    Unsupported)", of the documents `ids` (all when None): the parts add up to the whole (helper qa4), and "not found"
    counts the Findings' rows. The one count for the CLI's summary and the PDF's title page."""
    docs = None if ids is None else set(ids)
    quotes = [q for q in analysis.quotes if docs is None or q.doc in docs]
    if not quotes:
        return "0 quotations checked"
    listed = sum(1 for f in findings.quote_findings(analysis)
                 if f.kind == findings.QUOTE_NOT_FOUND and (docs is None or f.doc in docs))
    exact = sum(1 for q in quotes if q.verdict == EXACT)
    altered = sum(1 for q in quotes if q.verdict == ALTERED)
    parts = [(exact, "exact"), (altered, "altered"), (listed, "not found"),
             (len(quotes) - exact - altered - listed, PINNED_UNHELD)]
    return f"{counted(len(quotes), 'quotation')} checked: " + ", ".join(f"{n:,} {what}" for n, what in parts if n)


def _counts(analysis: Analysis) -> list[str]:
    rel = Counter(lk.relation for lk in analysis.links)
    att = Counter(a.verdict for a in analysis.attributions)
    return [
        f"{counted(len(analysis.documents), 'document')}, {statements_told(analysis)}, "
        f"{counted(len(analysis.links), 'link')} ({rel.get('agree', 0)} agree, {rel.get('diverge', 0)} diverge), "
        f"{counted(left_out_count(analysis), 'statement')} left out somewhere",
        f"{quotations_told(analysis)}; attributions: {len(analysis.attributions)} ({_each(att)})",
    ]


def _each(verdicts: Counter[str]) -> str:
    """Each verdict's count, in words ("22 not found", never the JSON's "not_found")."""
    return ", ".join(f"{n} {_word(v)}" for v, n in sorted(verdicts.items())) or "none"


def _word(verdict: str) -> str:
    """A verdict as a reader writes it: the JSON's identifier without its underscore."""
    return verdict.replace("_", " ")


# Characters of a claim or quote shown on one summary line: the gist, within a terminal's width.
LINE_CHARS = 90


def _short(text: str) -> str:
    return clip(text, LINE_CHARS)


# Characters of each reason on a document's "inferred:" line: enough for the cue, short enough to scan.
REASON_CHARS = 70
# The inferred keys whose reason the summary gives: they decide how a text is compared. The others are named.
EXPLAINED = ("role", "side")


def _inferred(why: Mapping[str, str]) -> str:
    """What was inferred of a document, on one line: why for role and side, the other keys named."""
    explained = [f"{key} ({clip(why[key], REASON_CHARS)})" for key in EXPLAINED if key in why]
    others = [key for key in why if key not in EXPLAINED]
    return "; ".join(explained + ([f"also {', '.join(others)}"] if others else []))


def render(analysis: Analysis) -> str:
    """Counts, then per document its role and the divergences and flagged quotes and attributions in it."""
    lines = [f"readout-viewer analysis of {analysis.root}", *_counts(analysis)]
    if analysis.engine:
        lines.append(f"engine: {analysis.engine.get('version', '?')}; compared by "
                     f"{analysis.engine.get('similarity', 'words alone')}")
    lines.append("")
    for event in analysis.events:
        lines.append(f"== {event or '(no event)'}")
        for doc in analysis.documents_of(event):
            claims = analysis.claims_of.get(doc.id, ())
            lines.append(f"  [{doc.role}{'/' + doc.side if doc.side else ''}] {doc.id} - "
                         f"{statements_told(analysis, [doc.id], why=False)}")
            if doc.inferred:
                lines.append(f"      inferred: {_inferred(doc.inferred)}")
            for c in claims:
                for lk in analysis.links_of.get(c.id, ()):
                    if lk.relation == DIVERGE and lk.a == c.id:
                        other = analysis.claim[lk.b]
                        lines.append(f"      diverges ({lk.reason}) from {other.doc}: {_short(c.text)}")
            for q in analysis.quotes_in(doc.id):
                if q.verdict != "exact":
                    lines.append(f"      quote {_word(q.verdict)}: {_short(doc.text[q.start:q.end])}")
            for a in analysis.attributions_in(doc.id):
                if a.verdict != "supported":
                    lines.append(f"      {a.verdict} ({a.cited_as}): {_short(doc.text[a.start:a.end])}")
    for p in analysis.problems:
        lines.append(f"problem: {p.path}: {p.message}")
    return "\n".join(lines) + "\n"
