"""Page 2 of the PDF, before any table: the two answers an editor opens it for, per event — what each side's
readout leaves out of the other's, and who misquoted or misattributed whom — each row linked to its place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from readout_viewer import palette
from readout_viewer.core import findings as core_findings
from readout_viewer.core.compare import most_reported_first, reach_words
from readout_viewer.core.findings import Finding
from readout_viewer.core.labels import capital, claim_shown, counted, prose_names, short_name
from readout_viewer.core.model import Analysis, Document
from readout_viewer.core.quotes.changes import quote_changes
from readout_viewer.core.status import parties
from readout_viewer.export.canvas import MUTED
from readout_viewer.export.documents import claim_anchor
from readout_viewer.export.findings import finding_anchor, kind_anchor
from readout_viewer.export.leftout import (
    and_list,
    cut_note,
    left_out,
    left_out_anchor,
    party_name,
    readout_pairs,
    the,
)
from readout_viewer.export.notes import MARK, OMITTED, quoted
from readout_viewer.export.tables import Cell, Column, keep_with_heading, table
from readout_viewer.export.textflow import Composer

# Left-out statements quoted per side: the page must hold both answers; the findings list every one.
LEFT_OUT_SHOWN = 3
# Misattributions and altered quotations listed per event, the same reason.
WRONG_SHOWN = 6
# The page number written where the rest of a list is while the page is fitted: as wide as any real one, so the
# final page breaks its lines as the trial did.
WIDEST_PAGE = 999
# An altered quotation's changes named here; past this many, the rest are counted (the findings name them all).
CHANGES_SHOWN = 4
# The words of the text that does carry a misattributed statement, quoted this long at most beside it.
CARRIER_CHARS = 150
# A quoted statement or quotation is cut to this many characters here (its link leads to the whole text).
BRIEF_CHARS = 190
# The same two cuts on a page that holds a misquotation only this short (Limits.short): corpus/'s page 2 said
# "1 altered quotation or misattribution under Findings" and named no one, a row of each a few lines too long.
SHORT_CHARS = 110
SHORT_CARRIER_CHARS = 90
# The kinds that answer "who misquoted or misattributed whom", in the order listed, with their status key.
WRONG_KINDS = ((core_findings.MISATTRIBUTION, "misattributed"), (core_findings.ALTERED_QUOTE, "altered"))
# The kinds only counted here (a quotation no text holds may quote a transcript the folder lacks), each with what
# it counts: "6 not found and 2 unsupported" alone left an editor to guess, and what outlets report of the call
# that no readout carries (the "not in any readout" findings) was not named at all.
COUNTED_KINDS = ((core_findings.QUOTE_NOT_FOUND, "quotations no official text of the folder holds"),
                 (core_findings.UNSUPPORTED_STATEMENT, "statements pinned on a source that no text carries"),
                 (core_findings.NOT_IN_READOUT, "an outlet's reports of the call that no official text carries"))
# Outlets named beside a left-out statement on page 2 (the full tables name four, the counts say the rest): four
# long names made each row five lines and pushed the misquotations onto page 3.
BRIEF_NAMES = 2
# A left-out statement beside where the outlets stand on it (reported by whom, told differently by whom).
LEFT_COLUMNS = [Column("Statement left out", 2.4), Column("The press", 1.0)]
# The Who column wraps a document's whole name (a PDF has no tooltip: "allAfrica (Nairobi dateline; th…" named no one,
# helper ux12); wide enough that a long source's name stands no higher than the 190 characters quoted beside it.
WRONG_COLUMNS = [Column("Who", 2.2), Column("What it says", 3.9), Column("What is wrong", 3.9)]
TEXT_TINT = 0.16  # the findings tables' tint behind a statement's words
# Points the one bold line over the misquotations takes above their table: the 60 kept for a part's heading and its
# explanation pushed corpus/'s to a third page, so that page 2 named none of them (helper qa4).
WRONG_HEADING_ROOM = 20
# Points between the part's muted intro and the answer for an event with one side's official texts only.
ANSWER_GAP = 6


@dataclass(frozen=True)
class Limits:
    """How much of each list the page quotes: left-out statements per side, misquotations per event; `short` cuts
    the quoted words shorter and says where the rest of a side's list is without naming whose closest wording."""

    left: int = LEFT_OUT_SHOWN
    wrong: int = WRONG_SHOWN
    short: bool = False


# Tighter and tighter, until the part holds one page: the Trump–Putin call's and corpus/'s ran onto a third page,
# and an editor's answer is one page. The most reported (and the first misquotations) stay; the counts say the rest.
# The last names the misquotations only by their count and page: corpus/'s two events, once an altered quotation of
# a translated readout said so (quotes5's note), held no row of each list on one page — until the words were cut
# shorter first (helper qa4: the editor's second question went unanswered on the page made to answer it).
TIERS = (Limits(), Limits(3, 4), Limits(2, 4), Limits(2, 3), Limits(2, 2), Limits(2, 1), Limits(1, 2), Limits(1, 1),
         Limits(1, 1, short=True), Limits(1, 0))


def render_brief(cx: Composer, analysis: Analysis, events: Sequence[str], found: Sequence[Finding],
                 limits: Limits = Limits(), pages: Mapping[str, int] | None = None) -> None:
    """The "In brief" part: per event, what each side left out, then who misquoted or misattributed whom;
    `pages` gives the page (1-based) of each anchor the rest of a list is under, `WIDEST_PAGE` when not known."""
    cx.new_page(landscape=False, header="In brief")
    cx.heading("In brief", cx.fonts.h2, anchor="part:brief")
    cx.paragraph("What each side's official texts, read together, leave out of the other's readout, and which "
                 "documents misquote or "
                 "misattribute what. Every row links to its place; the Summary and findings part lists them all.",
                 cx.fonts.small, colour=MUTED)
    for event in events:
        if len(events) > 1:
            cx.heading(event or "(no event)", cx.fonts.h3, before=10, after=2)
        _left_out(cx, analysis, event, limits, pages)
        _wrong(cx, analysis, [f for f in found if analysis.document[f.doc].event == event], limits, pages)


def fit_brief(cx: Composer, analysis: Analysis, events: Sequence[str], found: Sequence[Finding]) -> tuple[Limits, int]:
    """The first of TIERS whose part holds one page, laid out apart (nothing of it kept), and how many pages it
    takes (more than one only when even the tightest does not fit: many events)."""
    for limits in TIERS:
        trial = Composer(cx.writer, cx.fonts, cx.paper)
        render_brief(trial, analysis, events, found, limits)
        if len(trial.pages) == 1:
            break
    return limits, len(trial.pages)


def place_brief(cx: Composer, at: int, count: int, analysis: Analysis, events: Sequence[str],
                found: Sequence[Finding], limits: Limits) -> None:
    """Lay the part out on the `count` pages kept for it from index `at` (the rest of the file laid out already, so the
    page each list goes on under Findings is known), with its marks, links and anchors."""
    pages = {key: anchor.page + 1 for key, anchor in cx.anchors.items()}
    part = Composer(cx.writer, cx.fonts, cx.paper)
    part.pages = list(cx.pages[:at])
    render_brief(part, analysis, events, found, limits, pages)
    laid = part.pages[at:at + count]
    cx.pages[at:at + len(laid)] = laid  # never more than kept: the same tier, its page numbers no wider
    cx.marks += part.marks
    cx.links += part.links
    for key, anchor in part.anchors.items():
        cx.anchors.setdefault(key, anchor)


def _pointer(cx: Composer, before: str, key: str, after: str, pages: Mapping[str, int] | None) -> None:
    """A muted line saying where the rest is: `before`, ", page N" (a link to `key`'s place), `after`."""
    where = _where(pages, key)
    placed = cx.paragraph(before + where + after, cx.fonts.small, colour=MUTED,
                          spans=[(len(before) + 2, len(before) + len(where))] if where else [])
    for page, rect in placed[0].boxes if placed else ():
        cx.link(page, rect, key)


def _rest(cx: Composer, before: str, kinds: Sequence[str], after: str, pages: Mapping[str, int] | None) -> None:
    """A pointer to the tables of `kinds` under Findings: the page of the first of them in the part's order, the
    others after it (the part's own first page was up to ten pages before them: corpus/'s "under Findings, page 5"
    for tables on pages 11 and 14, helper qa9). Not one word longer: corpus/'s page 2 is full to its last line,
    and ", from page" put it into the tier that names no misquotation."""
    first = next(k for k in core_findings.KINDS if k in kinds)
    _pointer(cx, before, kind_anchor(first), after, pages)


def _where(pages: Mapping[str, int] | None, key: str) -> str:
    """", page 14" for the part's reader, the page of `key`; the widest number while the page is fitted."""
    if pages is None:
        return f", page {WIDEST_PAGE}"
    return f", page {pages[key]}" if key in pages else ""


def _left_out(cx: Composer, analysis: Analysis, event: str, limits: Limits, pages: Mapping[str, int] | None) -> None:
    shown = limits.left
    pairs = readout_pairs(analysis, event)
    if not pairs:  # the answer, in ink and set apart: in the muted grey under the part's intro it read as the intro
        cx.space(ANSWER_GAP)
        cx.paragraph(_one_side(parties(analysis, event)), cx.fonts.small)
    for says, lacks in pairs:
        only = left_out(analysis, says, lacks)
        who, whose = party_name(lacks), the(short_name(says))
        one = len(lacks) == 1
        if not only:
            cx.paragraph(f"{capital(who)} {'carries' if one else 'carry'} every statement of {whose}.",
                         cx.fonts.bold)
            continue
        order = ", the most reported first" if len(only) > 1 else ""
        cx.paragraph(f"{MARK[OMITTED]} {capital(who)} {'leaves' if one else 'leave'} out "
                     f"{counted(len(only), 'statement')} of {whose}{order}", cx.fonts.bold)
        rows = _left_rows(analysis, only, shown, SHORT_CHARS if limits.short else BRIEF_CHARS)
        cut = cut_note(lacks)
        if cut:  # what a cut text lacks may stand in the part the folder does not hold
            cx.paragraph(cut, cx.fonts.small, colour=MUTED)
        table(cx, LEFT_COLUMNS, rows, cx.fonts.small, cx.fonts.small_bold)
        if len(only) > shown:
            has = "has" if one else "have"
            closest = "" if limits.short else f", each with the closest wording {who} {has},"
            _pointer(cx, f"… and {len(only) - shown} more{closest} under Findings → Left out",
                     left_out_anchor(event, says.id), ".", pages)
        cx.space(4)


def _one_side(found: Sequence[Sequence[Document]]) -> str:
    """Why no side's omissions are listed, in plain words: the folder holds no official text, or one side's only
    (the other side's readout is not in it, so nothing can say what either left out of the other's)."""
    if not found:
        return "No official text in the folder: nothing says what either side left out of the other's account."
    texts = found[0]
    side = f", side {texts[0].side}" if texts[0].side else ""  # after a name that may end "(excerpt)"
    who = party_name(texts)
    are, it = ("text is", "it") if len(texts) == 1 else ("texts are", "them")
    return (f"Only one side's official {are} in the folder: {who}{side}. The other side's readout is not, so "
            f"nothing here says what either side left out of the other's; the outlets are compared with {it} under "
            f"Summary and findings.{_cut_short(texts)}")


def _cut_short(texts: Sequence[Document]) -> str:
    """The doubt a side's texts stored cut short leave on the counts below: the Macron–Xi meeting's only official
    text breaks off after its first paragraph, and page 2 counted 20 reports "that no official text carries" and 9
    quotations "no official text holds" without a word of the cut (helper qa8)."""
    cut = [d for d in texts if d.excerpt]
    if not cut:
        return ""
    held = ("only an excerpt of it" if len(texts) == 1 else
            f"{'one' if len(cut) == 1 else len(cut)} of them only in excerpt" if len(cut) < len(texts) else
            "only excerpts of them")
    return (f" The folder holds {held}: what an outlet reports or quotes that no official text carries may stand "
            "in the part not stored.")


def cut_at_word(text: str, limit: int) -> str:
    """`text` on one line, cut as `clip` cuts it but after its last whole word: "the shoulders of Russ…" read as a
    misprint."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[:limit - 1]
    if not flat[limit - 1].isspace() and " " in head:  # the cut fell inside a word: drop the word's start
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "\u2026"


def _left_rows(analysis: Analysis, only: Sequence[str], shown: int, chars: int) -> list[list[Cell]]:
    """The left-out statements shown, those the press reports most, each beside the outlets that carry it."""
    return [[Cell(cut_at_word(claim_shown(analysis, analysis.claim[c]), chars), link=claim_anchor(c),
                  tint=palette.COLOR[OMITTED],
                  tint_alpha=TEXT_TINT), Cell(capital(reach_words(analysis, c, BRIEF_NAMES)))]
            for c in most_reported_first(analysis, only)[:shown]]


def _wrong(cx: Composer, analysis: Analysis, found: Sequence[Finding], limits: Limits,
           pages: Mapping[str, int] | None) -> None:
    shown = limits.wrong
    names = prose_names(analysis.documents)
    cuts = (SHORT_CHARS, SHORT_CARRIER_CHARS) if limits.short else (BRIEF_CHARS, CARRIER_CHARS)
    kinds = [kind for kind, _ in WRONG_KINDS for f in found if f.kind == kind]  # each row's, to point at its table
    rows = [_wrong_row(analysis, f, names, key, cuts) for kind, key in WRONG_KINDS for f in found if f.kind == kind]
    counts = core_findings.counts(found)
    cx.space(4)
    if rows and not shown:
        cx.paragraph("Who misquoted or misattributed whom", cx.fonts.bold)
        what = "altered quotation or misattribution" if len(rows) == 1 else "altered quotations and misattributions"
        _rest(cx, f"{len(rows)} {what} under Findings", kinds, ".", pages)
    elif rows:
        keep_with_heading(cx, WRONG_COLUMNS, rows, cx.fonts.small, cx.fonts.small_bold, room=WRONG_HEADING_ROOM)
        cx.paragraph("Who misquoted or misattributed whom", cx.fonts.bold)
        table(cx, WRONG_COLUMNS, rows[:shown], cx.fonts.small, cx.fonts.small_bold)
        if len(rows) > shown:
            _rest(cx, f"… and {len(rows) - shown} more under Findings", kinds[shown:], ".", pages)
    else:
        cx.paragraph("No quotation is altered and no statement is pinned on a text that does not carry it while "
                     "another does.", cx.fonts.bold)
    counted_kinds = {k: f"{counts[k]} {core_findings.KIND_WORDS[k].lower()} ({what})" for k, what in COUNTED_KINDS
                     if counts[k]}
    if counted_kinds:
        listed = and_list(list(counted_kinds.values()))
        _rest(cx, "Also under Findings", list(counted_kinds), f": {listed}. The folder may lack the transcript or "
              "the post they quote.", pages)


def _changes(analysis: Analysis, f: Finding) -> str:
    """An altered quotation's changes, the first few only when there are many (a wire's own translation of a
    speech changed twelve words: its row ran a third of the page)."""
    quote = next((q for q in analysis.quotes_in(f.doc) if (q.start, q.end) == (f.start, f.end)), None)
    changes = quote_changes(quote.diff or ()) if quote is not None else []
    if len(changes) <= CHANGES_SHOWN:
        return f.reason
    return f"{len(changes)} changes, {'; '.join(changes[:CHANGES_SHOWN])}; … (every one under Findings)"


def _wrong_row(analysis: Analysis, f: Finding, names: Mapping[str, str], key: str,
               cuts: tuple[int, int] = (BRIEF_CHARS, CARRIER_CHARS)) -> list[Cell]:
    """One misattribution or altered quotation: the document, its words, and whose words they are (the documents
    named as in a sentence, "the Kremlin readout": a label's title and date made each row a paragraph)."""
    other = the(names.get(f.other_doc or "", "another text"))
    if f.kind == core_findings.MISATTRIBUTION:  # the carrier's own words beside the outlet's: the evidence
        there = f": “{cut_at_word(f.other_text, cuts[1])}”" if f.other_text else ""
        what = f"Pins it on “{f.cited}”; the words are in {other}{there or '.'}"  # a quotation ends it
    else:
        what = f"Quotes {other}: {_changes(analysis, f)}."
    said = cut_at_word(f.text, cuts[0])
    doc = analysis.document[f.doc]
    who = names.get(f.doc, f.doc)  # whole, wrapped in its cell
    return [Cell(f"{who} ({doc.date})" if doc.date else who, bold=True),
            Cell(f"{MARK[key]} {quoted(said)}", link=finding_anchor(analysis, f), tint=palette.COLOR[key],
                 tint_alpha=TEXT_TINT), Cell(what)]
