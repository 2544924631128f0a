"""The claim inspector's page as HTML, built from the model without Qt: what the claim is, what it lacks and what is
wrong with it first (left out, misattributed, altered), then every counterpart with its score and a word diff."""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import quote

from readout_viewer import palette
from readout_viewer.core import closest, confidence
from readout_viewer.core.labels import capital, claim_shown, clip, counted, prose_names, quoted, short_name
from readout_viewer.core.model import (
    ALTERED,
    DIVERGE,
    MANUAL,
    MISATTRIBUTED,
    NOT_FOUND,
    UNSUPPORTED,
    Analysis,
    Claim,
    Link,
    Near,
)
from readout_viewer.core.model.vocabulary import ALTERED_QUOTE, NOT_IN_READOUT, QUOTE_NOT_FOUND
from readout_viewer.core.model.vocabulary import KIND_WORDS as FINDING_WORDS

CLAIM_SCHEME = "claim:"  # hrefs that select another claim
LINK_SCHEME = "link:"  # hrefs that select a pair: link:<claim>,<other claim> (each quoted)
# Below this share of common words a word diff is noise (a paraphrase): the counterpart is shown whole instead.
MIN_DIFF_SIMILARITY = 0.4
# Documents named in an omission list; the rest are counted (a folder may hold hundreds of articles).
MAX_NAMES = 12
# Closest passages shown under an omission (those of the documents in the panes first, then the official ones):
# each is a sentence to read, so a few.
MAX_NEAR = 3
# Above a finding (an altered quotation, a misattribution), the claim is quoted this long at most: its pane shows
# it whole, and at 1280×800 a whole claim pushed the word diff below the inspector's fold.
CLAIM_CHARS = 110
# A document's source is cut to this many characters where the page names it (the title after it stays whole, telling
# two texts of one source apart): a 180-letter source made the page's heading five lines at 1280 px, the evidence
# below the fold (helper qa8).
SOURCE_CHARS = 60
# The verdicts that make a quotation or an attribution a finding.
WRONG_QUOTE = (ALTERED, NOT_FOUND)
WRONG_ATTRIBUTION = (MISATTRIBUTED, UNSUPPORTED)
# A closest passage is clipped to this many characters (a briefing's answer can run to a paragraph).
NEAR_CHARS = 220
# The words of the claim kinds that are never compared.
# The Findings' word for each kind of finding a chip here shows (core.model.vocabulary.KIND_WORDS: one word for one
# thing), by the verdict or kind the chip is for; lower case, as a chip's word within a line.
WORD = {ALTERED: FINDING_WORDS[ALTERED_QUOTE].lower(), NOT_FOUND: FINDING_WORDS[QUOTE_NOT_FOUND].lower(),
        NOT_IN_READOUT: FINDING_WORDS[NOT_IN_READOUT].lower()}
KIND_WORDS = {"procedural": "procedure", "question": "a question", "caption": "a caption",
              "boilerplate": "page furniture"}


def ink_on(hex_colour: str) -> str:
    """Black or white, whichever contrasts more with the colour: white on the vermillion, green or pink chips read
    at 3.1 to 3.9:1 (under the 4.5 text needs) where black reads at 5.4 to 6.9."""
    return "black" if palette.ink_on(hex_colour) == "#000000" else "white"


def chip(kind: str, words: str | None = None) -> str:
    """A status word on its colour, in black or white, whichever reads on it."""
    colour = palette.COLOR.get(kind, palette.NEUTRAL)
    ink = ink_on(colour)
    mark = palette.MARK.get(kind, "")
    label = words if words is not None else palette.LABEL.get(kind, kind)
    return (f'<span style="background-color: {colour}; color: {ink}; font-weight: bold;">'
            f'&nbsp;{html.escape(mark)} {html.escape(label)}&nbsp;</span>')


def _doc_name(analysis: Analysis, doc_id: str) -> str:
    """A document as the page names it: its label ("source: title"), the source cut to SOURCE_CHARS."""
    doc = analysis.document.get(doc_id)
    if doc is None:
        return html.escape(doc_id)
    return html.escape(f"{clip(doc.source, SOURCE_CHARS)}: {doc.title}" if doc.source else doc.label)


def _claim_href(claim_id: str) -> str:
    return CLAIM_SCHEME + quote(claim_id, safe="")


def link_href(claim_id: str, other: str) -> str:
    return LINK_SCHEME + quote(claim_id, safe="") + "," + quote(other, safe="")  # QUrl keeps "," as it is


def score_words(score: float) -> str:
    weak = " <b>weak</b>" if score < confidence.WEAK else ""
    return f"score {score:.2f}{weak}"


def _where(analysis: Analysis, doc_id: str, shown: Sequence[str], home: str) -> str:
    """How following a counterpart changes the panes: nothing when its document is shown, else which it replaces."""
    if doc_id in shown or not shown:
        return ""
    others = [d for d in shown if d != home]
    if not others:
        return " <small>(click: shown in a new pane)</small>"
    return f" <small>(not shown — click: in place of {_doc_name(analysis, others[-1])})</small>"


def _link_html(analysis: Analysis, claim: Claim, link: Link, dark: bool, shown: Sequence[str]) -> str:
    other = analysis.claim[link.other(claim.id)]
    origin = "analyst link" if link.origin == MANUAL else ("confirmed" if link.confirmed else "automatic")
    reason = f" — <b>{html.escape(link.reason)}</b>" if link.reason else ""
    detail = f'<div style="margin-left: 8px;"><i>{html.escape(link.detail)}</i></div>' if link.detail else ""
    from readout_viewer.app.inspector.diffhtml import diff_html, similarity, word_diff  # once a claim is inspected
    ops = word_diff(claim.text, other.text)
    # A paraphrase: a word diff would be noise, so the counterpart is shown whole.
    whole = html.escape(quoted(claim_shown(analysis, other)))
    diff = diff_html(ops, dark) if similarity(ops) >= MIN_DIFF_SIMILARITY else whole
    return (f'<div style="margin-top: 10px;">{chip(link.relation)}{reason} '
            f'<span>{score_words(link.score)} · {origin}</span><br>'
            f'<a href="{link_href(claim.id, other.id)}">{_doc_name(analysis, other.doc)}</a>'
            f'{_where(analysis, other.doc, shown, claim.doc)}{detail}'
            f'<div style="margin-left: 8px; margin-top: 3px;">{diff}</div></div>')


def _quotes_html(analysis: Analysis, claim: Claim, dark: bool) -> list[str]:
    from readout_viewer.app.inspector.diffhtml import diff_html  # once a claim is inspected (not the first paint)
    from readout_viewer.core.quotes.changes import quote_reason
    out, names = [], {}
    doc_text = analysis.document[claim.doc].text
    for q in analysis.quotes_in(claim.doc):
        if q.end <= claim.start or q.start >= claim.end:
            continue
        said = f" “{html.escape(doc_text[q.start:q.end])}”" if not q.diff else ""  # the diff below reads it whole
        line = f'<div style="margin-top: 8px;">{chip(q.verdict, WORD.get(q.verdict))}{said}'
        if q.source is not None:
            names = names or prose_names(analysis.documents)  # as in a sentence: a label ran to two lines
            line += f'{"<br>" if said else " "}source: {html.escape(names.get(q.source.doc, q.source.doc))}'
        if quote_reason(q):  # in words, as its row of the findings says it: which words became which
            line += f"<br>{html.escape(quote_reason(q))}"
        if q.diff:  # source → quotation, turned round to read as the legend: struck = this claim's words
            mine = tuple((-op, words) for op, words in q.diff)
            line += f'<div style="margin-left: 8px;">{diff_html(mine, dark)}</div>'
        out.append(line + "</div>")
    return out


def _attributions_html(analysis: Analysis, claim: Claim) -> list[str]:
    out: list[str] = []
    names = prose_names(analysis.documents) if analysis.attributions_in(claim.doc) else {}
    text = analysis.document[claim.doc].text
    for a in analysis.attributions_in(claim.doc):
        if a.end <= claim.start or a.start >= claim.end:
            continue
        said = html.escape(clip(" ".join(text[a.start:a.end].split()), NEAR_CHARS))  # a claim may hold a part only
        line = f'<div style="margin-top: 8px;">{chip(a.verdict)} “{said}” attributed to “{html.escape(a.cited_as)}”'
        if a.cited:  # named as in a sentence: two full labels made the answer eight lines of a laptop's dock
            line += f" ({html.escape(names.get(a.cited, a.cited))})"
        if a.found_in and a.found_in != a.cited:
            line += f"; <b>it is in {html.escape(names.get(a.found_in, a.found_in))}</b>"
        if a.score is not None:
            line += f" · {score_words(a.score)}"
        if a.detail:
            line += f'<div style="margin-left: 8px;"><i>{html.escape(a.detail)}</i></div>'
        out.append(line + "</div>")
    return out


def _omission_html(analysis: Analysis, claim_id: str, shown: Sequence[str]) -> list[str]:
    omission = analysis.omission_of.get(claim_id)
    if omission is None or not omission.missing_from or not analysis.claim[claim_id].is_statement:
        return []
    def rank(doc_id: str) -> tuple[bool, bool]:
        doc = analysis.document.get(doc_id)
        return doc_id not in shown, not (doc is not None and doc.is_official)
    missing = sorted(omission.missing_from, key=rank)
    names = ", ".join(("<b>" + _doc_name(analysis, d) + "</b>") if d in shown else _doc_name(analysis, d)
                      for d in missing[:MAX_NAMES])
    if len(missing) > MAX_NAMES:
        names += f" and {len(missing) - MAX_NAMES} more"
    count = len(missing)
    from readout_viewer.core.compare import reach_words  # once a claim is inspected (not the first paint)
    reach = reach_words(analysis, claim_id)  # the other side of the answer: which outlets do carry it
    out = [f'<p>{chip("omitted", "left out")} by {counted(count, "document")} of the event '
           f'(<b>bold</b>: shown in a pane): {names}</p>']
    out += [f"<p>{html.escape(capital(reach))}</p>"] if reach else []
    return out + _near_list(analysis, closest.passages(analysis, claim_id, first=shown),
                            "Closest wording where it is left out")


def _unreported_html(analysis: Analysis, claim_id: str) -> list[str]:
    """A report no official text carries: why it reads so, how sure, and each official text's closest wording."""
    report = analysis.unreported_of.get(claim_id)
    if report is None:
        return []
    # the Findings' word for the kind (vocabulary.KIND_WORDS): "not in any readout" here read as another finding
    out = [f'<p>{chip("unlinked", WORD[NOT_IN_READOUT])} {html.escape(report.detail)} · '
           f'{score_words(report.score)}</p>']
    return out + _near_list(analysis, closest.report_passages(analysis, claim_id), "Closest official wording")


def _near_list(analysis: Analysis, near: Sequence[Near], heading: str) -> list[str]:
    """Closest passages under a heading that says what to do when one says the same thing (none: nothing)."""
    if not near:
        return []
    return [f"<p><small>{heading} — too little in common to be linked. If one says the same thing, link them: "
            "Ctrl+L here, click the passage, Ctrl+L.</small></p>", *(_near_html(analysis, n) for n in near[:MAX_NEAR])]


def _near_html(analysis: Analysis, near: Near) -> str:
    """One closest passage: whose (a click shows it), the words it shares, its score, and its words (clipped)."""
    doc = analysis.document.get(near.doc)
    name = html.escape(short_name(doc) if doc is not None else near.doc)
    shares = ", ".join(f"“{html.escape(w)}”" for w in near.words)
    return (f'<div style="margin: 2px 0 6px 8px;"><a href="{_claim_href(near.claim)}">{name}</a> · '
            f'<small>shares {shares or "little"} · score {near.score:.2f}</small><br>'
            f'{html.escape(quoted(clip(claim_shown(analysis, analysis.claim[near.claim]), NEAR_CHARS)))}</div>')


def _wrong(items, verdicts, claim: Claim) -> bool:
    """Whether one of `items` (quotations or attributions) within the claim has one of `verdicts`."""
    return any(x.verdict in verdicts and x.start < claim.end and x.end > claim.start for x in items)


def _has_wrong(analysis: Analysis, claim: Claim) -> bool:
    """Whether a quotation of the claim is altered or not found, or an attribution misattributed or unsupported."""
    return claim.is_statement and (_wrong(analysis.attributions_in(claim.doc), WRONG_ATTRIBUTION, claim)
                                   or _wrong(analysis.quotes_in(claim.doc), WRONG_QUOTE, claim))


def _checks_html(analysis: Analysis, claim: Claim, dark: bool) -> list[str]:
    """The claim's attributions and quotations, the section with something wrong first (a supported attribution
    above an altered quotation hid the answer below the fold of a laptop's inspector)."""
    sections = [(_wrong(analysis.attributions_in(claim.doc), WRONG_ATTRIBUTION, claim), "Attributions",
                 _attributions_html(analysis, claim)),
                (_wrong(analysis.quotes_in(claim.doc), WRONG_QUOTE, claim), "Quotations",
                 _quotes_html(analysis, claim, dark))]
    sections.sort(key=lambda section: not section[0])
    return [part for _, title, items in sections if items for part in (f"<h4>{title}</h4>", *items)]


def _summary(analysis: Analysis, claim_id: str, links: Sequence[Link]) -> str:
    """One line of counts: how many counterparts diverge and agree."""
    diverging = sum(1 for lk in links if lk.relation == DIVERGE)
    parts = [f"{palette.MARK['diverge']} {diverging} diverge"] if diverging else []
    if len(links) - diverging:
        parts.append(f"{palette.MARK['agree']} {len(links) - diverging} agree")
    return " · ".join(parts)


def claim_html(analysis: Analysis, claim_id: str, dark: bool = False, shown: Sequence[str] = ()) -> str:
    """The inspector page of one claim: what is wrong with it or missing first, then its counterparts."""
    claim = analysis.claim.get(claim_id)
    if claim is None:
        return ("<p>Select a claim in a pane, a ribbon, a row of the Findings or a cell of the coverage "
                "matrix.</p>")
    checks = _checks_html(analysis, claim, dark) if claim.is_statement else []
    # the claim is in its pane already: beside a finding, a line of it leaves the evidence above a laptop's fold
    said = claim_shown(analysis, claim)  # out of its pane: a part cut from its sentence says so
    text = clip(said, CLAIM_CHARS) if _has_wrong(analysis, claim) else said
    parts = [f"<p><b>{_doc_name(analysis, claim.doc)}</b> · claim {html.escape(claim.id.split('#')[-1])}</p>",
             f'<blockquote style="margin: 4px 8px;">{html.escape(text)}</blockquote>']
    if not claim.is_statement:
        kind = KIND_WORDS.get(claim.kind, claim.kind)
        return "\n".join(parts + [f"<p><i>This is {html.escape(kind)}, not a statement about the event: it is not "
                                  "compared, coloured or counted.</i></p>"])
    notes = analysis.notes_of(claim_id)  # the analyst's own words first: they matter more than the engine's
    if notes:
        parts.append(f"<h4>Notes ({len(notes)})</h4>")
        parts += [f"<p>✎ {html.escape(n.text)}<br><small>{html.escape(n.author or '')} {html.escape(n.at or '')}"
                  "</small></p>" for n in notes]
    parts += _omission_html(analysis, claim_id, shown)
    parts += _unreported_html(analysis, claim_id)
    parts += checks
    links = sorted(analysis.links_of.get(claim_id, ()), key=lambda lk: (lk.relation != DIVERGE, -lk.score))
    if not links:
        parts.append("<h4>No counterpart</h4><p>Not linked to any other document: commentary, or a statement of its "
                     "own.</p>")
        return "\n".join(parts)
    parts.append(f"<h4>Counterparts ({len(links)}: {_summary(analysis, claim_id, links)})</h4>")
    parts.append('<p style="font-size: small;">Diff: <s>struck</s> = only in this claim, '
                 '<u>underlined</u> = only in the counterpart. Click a document to select that pair.</p>')
    parts += [_link_html(analysis, claim, lk, dark, shown) for lk in links]
    return "\n".join(parts)
