"""What a pane marks in a document's text: each claim's status, flagged attributions and quotes, and the words of
their tooltips (app/panes/claimtext.py draws them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from readout_viewer import palette
from readout_viewer.core.confidence import WEAK
from readout_viewer.core.labels import claim_shown, clip, short_name
from readout_viewer.core.model import MANUAL, Analysis, Attribution, Link

# A left-out statement's tooltip quotes the closest wording of this many texts that leave it out, this long.
TIP_NEAR = 2
TIP_CHARS = 120
# A selected claim's first words a screen reader says before its status: enough to know which claim it is.
SPOKEN_CHARS = 90
# What a pane's tooltip says over text that is not a statement (and so is never compared, tinted or counted).
NOT_COMPARED = {
    "procedural": "procedure (who speaks next, questions taken): not compared",
    "question": "a question: not compared",
    "caption": "a caption: not compared",
    "boilerplate": "page furniture (share lines, notices): not compared",
}
# The mark kind of text that is no statement (a claim of another kind, or text outside every claim: headings,
# credits, a saved page's furniture): drawn muted, so that it does not read as one of the statements compared.
MUTED = "muted"
OUTSIDE = "not part of any statement (a heading, a credit or page furniture): not compared"


class Mark(NamedTuple):
    """One highlighted stretch of the text (Python offsets) and what a tooltip says about it."""

    start: int
    end: int
    kind: str  # a palette key: agree, diverge, omitted, exact, altered, not_found, misattributed, unsupported
    tip: str
    background: bool  # claims get a tinted background; quotes and attributions only a line
    # A left-out statement's claim id: its tooltip quotes the closest wording of the texts that leave it out, written
    # when the tooltip is first shown (tip_of), not when the pane is filled: core.closest and its word rules
    # (language.text, 11 M instructions) then load after a warm start's first paint, not before it.
    left_out: str | None = None


def link_words(link: Link, analysis: Analysis, claim_id: str) -> str:
    """A one-line reason for a tooltip: relation, why, and where the counterpart sits."""
    other = analysis.claim[link.other(claim_id)]
    doc = analysis.document.get(other.doc)
    where = doc.source or doc.title if doc else other.doc
    words = palette.LABEL[link.relation]
    if link.reason:
        words += f" ({link.reason})"
    if link.detail:
        words += f": {link.detail}"
    weak = ", weak" if link.score < WEAK and link.origin != MANUAL and not link.confirmed else ""
    return f"{words} — {where} (score {link.score:.2f}{weak})"


def closest_words(analysis: Analysis, claim_id: str) -> str:
    """For a tooltip: the closest wording of the official texts (then the others) that leave a statement out."""
    from readout_viewer.core import closest  # when a tooltip is shown (Mark.left_out)
    return "".join(f"\nclosest in {short_name(analysis.document[n.doc])}: {closest.quoted(analysis, n, TIP_CHARS)}"
                   for n in closest.passages(analysis, claim_id)[:TIP_NEAR])


def tip_of(mark: Mark, analysis: Analysis) -> str:
    """What a mark's tooltip says: its tip, with a left-out statement's closest wording after its first words."""
    if mark.left_out is None:
        return mark.tip
    label = palette.LABEL[mark.kind]
    return label + closest_words(analysis, mark.left_out) + mark.tip[len(label):]


def spoken(claim_id: str, analysis: Analysis, marks: list[Mark], status: str) -> str:
    """What a screen reader says of a selected claim: its first words, then what the marks over it say (the words of
    their tooltips, so a status is never told by its colour or line alone), else its status's label."""
    claim = analysis.claim[claim_id]
    said = [m.tip for m in marks if m.kind != MUTED and m.start < claim.end and claim.start < m.end]
    return f"{clip(claim_shown(analysis, claim), SPOKEN_CHARS)} — " + "; ".join(said or [palette.LABEL[status]])


def attribution_words(att: Attribution, analysis: Analysis) -> str:
    """A tooltip for a flagged attribution: what it is pinned on, where the words really are, how sure."""
    found = analysis.document.get(att.found_in or "")
    where = f"; the words are in {found.label}" if found is not None else ""
    sure = f" (score {att.score:.2f})" if att.score is not None else ""
    return f"{palette.MARK[att.verdict]} {palette.LABEL[att.verdict]}: attributed to “{att.cited_as}”{where}{sure}"


def marks_of(doc_id: str, analysis: Analysis, statuses: Mapping, wanted: str = "all") -> list[Mark]:
    """The marks of one document: claims by status (filtered by `wanted`), then quotes and attributions."""
    out = outside_claims(doc_id, analysis)
    for claim in analysis.claims_of.get(doc_id, ()):
        if not claim.is_statement:  # muted text, with a word on why it has no colour
            out.append(Mark(claim.start, claim.end, MUTED, NOT_COMPARED.get(claim.kind, claim.kind), False))
            continue
        st = statuses.get(claim.id)
        if st is None or st.status == "unlinked" or wanted == "quotes" or wanted not in ("all", st.status):
            continue
        if st.links:
            tip = "\n".join(link_words(lk, analysis, claim.id) for lk in st.links[:4])
        else:
            tip = palette.LABEL[st.status]
        tip += "".join(f"\n✎ {note.text}" for note in analysis.notes_of(claim.id))  # the analyst's notes
        left_out = claim.id if not st.links and st.status == "omitted" else None
        out.append(Mark(claim.start, claim.end, st.status, tip, True, left_out))
    if wanted in ("all",):
        for att in analysis.attributions_in(doc_id):
            if att.verdict in ("misattributed", "unsupported"):
                out.append(Mark(att.start, att.end, att.verdict, attribution_words(att, analysis), False))
    if wanted in ("all", "quotes"):
        for q in analysis.quotes_in(doc_id):
            out.append(Mark(q.start, q.end, q.verdict, palette.LABEL[q.verdict], False))
    return out


def outside_claims(doc_id: str, analysis: Analysis) -> list[Mark]:
    """Muted marks over the stretches of a document's text that no claim covers (whitespace left out), on lines of
    their own or beginning one (a heading, a dateline, a credit); a word joining two claims within a line ("and")
    keeps the text's colour: greyed, it read as a fault in the sentence."""
    text, out, at = analysis.document[doc_id].text, [], 0
    for start, end in [(c.start, c.end) for c in analysis.claims_of.get(doc_id, ())] + [(len(text), len(text))]:
        gap = text[at:start]
        if gap.strip() and ("\n" in gap or at == 0 or start == len(text)):
            lead = len(gap) - len(gap.lstrip())
            out.append(Mark(at + lead, at + len(gap.rstrip()), MUTED, OUTSIDE, False))
        at = max(at, end)
    return out
