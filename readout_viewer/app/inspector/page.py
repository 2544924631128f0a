"""The claim inspector's page as HTML, built from the model without Qt: links, diffs, quotes, attributions, notes."""

from __future__ import annotations

import html
from urllib.parse import quote

from readout_viewer import palette
from readout_viewer.app.inspector.diffhtml import diff_html, similarity, word_diff
from readout_viewer.core.model import MANUAL, Analysis, Claim, Link

CLAIM_SCHEME = "claim:"  # hrefs that select another claim
# Below this share of common words a word diff is noise (a paraphrase): the counterpart is shown whole instead.
MIN_DIFF_SIMILARITY = 0.4
# Documents named in an omission list; the rest are counted (a folder may hold hundreds of articles).
MAX_NAMES = 12


def _chip(kind: str) -> str:
    colour = palette.COLOR.get(kind, palette.NEUTRAL)
    return (f'<span style="background-color: {colour}; color: white; font-weight: bold;">'
            f'&nbsp;{html.escape(palette.LABEL.get(kind, kind))}&nbsp;</span>')


def _doc_name(analysis: Analysis, doc_id: str) -> str:
    doc = analysis.document.get(doc_id)
    return html.escape(doc.label if doc else doc_id)


def _claim_href(claim_id: str) -> str:
    return CLAIM_SCHEME + quote(claim_id, safe="")


def _link_html(analysis: Analysis, claim: Claim, link: Link, dark: bool) -> str:
    other = analysis.claim[link.other(claim.id)]
    origin = "analyst link" if link.origin == MANUAL else ("confirmed" if link.confirmed else "automatic")
    reason = f" — <b>{html.escape(link.reason)}</b>" if link.reason else ""
    detail = f'<div style="margin-left: 8px;"><i>{html.escape(link.detail)}</i></div>' if link.detail else ""
    ops = word_diff(claim.text, other.text)
    # A paraphrase: a word diff would be noise, so the counterpart is shown whole.
    diff = diff_html(ops, dark) if similarity(ops) >= MIN_DIFF_SIMILARITY else f"“{html.escape(other.text)}”"
    return (f'<div style="margin-top: 10px;">{_chip(link.relation)}{reason} '
            f'<span>score {link.score:.2f} · {origin}</span><br>'
            f'<a href="{_claim_href(other.id)}">{_doc_name(analysis, other.doc)}</a>{detail}'
            f'<div style="margin-left: 8px; margin-top: 3px;">{diff}</div></div>')


def _quotes_html(analysis: Analysis, claim: Claim, dark: bool) -> list[str]:
    out = []
    doc_text = analysis.document[claim.doc].text
    for q in analysis.quotes_in(claim.doc):
        if q.end <= claim.start or q.start >= claim.end:
            continue
        said = html.escape(doc_text[q.start:q.end])
        line = f'<div style="margin-top: 8px;">{_chip(q.verdict)} “{said}”'
        if q.source is not None:
            line += f'<br>source: {_doc_name(analysis, q.source.doc)}'
        if q.diff:
            line += f'<div style="margin-left: 8px;">{diff_html(q.diff, dark)}</div>'
        out.append(line + "</div>")
    return out


def _attributions_html(analysis: Analysis, claim: Claim) -> list[str]:
    out = []
    for a in analysis.attributions_in(claim.doc):
        if a.end <= claim.start or a.start >= claim.end:
            continue
        line = f'<div style="margin-top: 8px;">{_chip(a.verdict)} attributed to “{html.escape(a.cited_as)}”'
        if a.cited:
            line += f" ({_doc_name(analysis, a.cited)})"
        if a.found_in and a.found_in != a.cited:
            line += f"; found in {_doc_name(analysis, a.found_in)}"
        out.append(line + "</div>")
    return out


def claim_html(analysis: Analysis, claim_id: str, dark: bool = False) -> str:
    """The inspector page of one claim: its counterparts in every document, with word diffs."""
    claim = analysis.claim.get(claim_id)
    if claim is None:
        return "<p>Select a claim in a pane, a ribbon or a cell of the coverage matrix.</p>"
    parts = [f"<p><b>{_doc_name(analysis, claim.doc)}</b> · claim {html.escape(claim.id.split('#')[-1])}</p>",
             f'<blockquote style="margin: 4px 8px;">{html.escape(claim.text)}</blockquote>']
    notes = analysis.notes_of(claim_id)  # the analyst's own words first: they matter more than the engine's
    if notes:
        parts.append(f"<h4>Notes ({len(notes)})</h4>")
        parts += [f"<p>✎ {html.escape(n.text)}<br><small>{html.escape(n.author or '')} {html.escape(n.at or '')}"
                  "</small></p>" for n in notes]
    links = sorted(analysis.links_of.get(claim_id, ()), key=lambda lk: (lk.relation != "diverge", -lk.score))
    parts.append(f"<h4>Links ({len(links)})</h4>" if links else "<h4>No link</h4><p>Not linked to any other "
                 "document: commentary, or a statement of its own.</p>")
    if links:
        parts.append('<p style="font-size: small;">Diff: <s>struck</s> = only in this claim, '
                     '<u>underlined</u> = only in the counterpart.</p>')
    parts += [_link_html(analysis, claim, lk, dark) for lk in links]
    omission = analysis.omission_of.get(claim_id)
    if omission is not None and omission.missing_from:
        names = ", ".join(_doc_name(analysis, d) for d in omission.missing_from[:MAX_NAMES])
        if len(omission.missing_from) > MAX_NAMES:
            names += f" and {len(omission.missing_from) - MAX_NAMES} more"
        parts.append(f"<h4>{_chip('omitted')} by {len(omission.missing_from)}</h4><p>{names}</p>")
    quotes = _quotes_html(analysis, claim, dark)
    if quotes:
        parts += ["<h4>Quotations</h4>", *quotes]
    attributions = _attributions_html(analysis, claim)
    if attributions:
        parts += ["<h4>Attributions</h4>", *attributions]
    return "\n".join(parts)
