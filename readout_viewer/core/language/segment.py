"""Segmentation: split a document's plain text into claims (sentences, and clauses of compound sentences)."""

from __future__ import annotations

import re

from readout_viewer.core.language.captions import (
    CAPTION_WORDS,
    CREDIT,
    CREDIT_WORDS,
    content_words,
    credit_or_caption,
    present_caption,
    present_scene,
    repeated_below,
    reports_speech,
    same_letters,
)
from readout_viewer.core.language.clauses import clauses
from readout_viewer.core.language.kinds import kind_of
from readout_viewer.core.language.sentences import credit_in, ends_in_stop, sentences
from readout_viewer.core.language.signoffs import sign_off
from readout_viewer.core.language.text import PARAGRAPH, trim_span
from readout_viewer.core.model import BOILERPLATE, CAPTION, STATEMENT, Claim, Document

# List bullets in front of a sentence are not part of the claim.
_BULLET = "-*\u2022"
# A paragraph that opens with an upper-case name and a colon is a transcript turn ("MR. SULLIVAN:").
_SPEAKER = re.compile(r"[A-Z][A-Z.\-' ]{0,40}[A-Z.]:[\s\u00a0]+")
# "Q" opens a reporter's question: that turn, until the next speaker, states nothing official.
_QUESTION = re.compile(r"Q[:.]?[\s\u00a0]+(?=\S)")
# A wire dateline opening a paragraph ("MOSCOW, July 9 (Xinhua) --", "MOSCOW, July 9. /TASS/.",
# "WASHINGTON (AP) —", "Washington, Jul 9 (PTI)") says where the copy was filed, not what was said.
_AGENCY = r"(?:\([A-Za-z .\-]{2,30}\)|/[A-Za-z .\-]{2,30}/\.?)"
_DASH = r"(?:--|[\u2013\u2014])"
_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,3},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\.?|[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,2})"
    rf"\s*(?:{_AGENCY}(?:\s*{_DASH})?|{_DASH})[\s\u00a0]+(?=\S)")
# Fewer words than this is a heading, byline or caption fragment, not a claim.
MIN_CLAIM_WORDS = 4
# A paragraph of fewer words than this without final punctuation is a heading or a byline.
HEADING_WORDS = 20
# A text's last paragraph without a full stop is a sentence when more than this share of its words after the first
# open in lower case (a sentence's run of verbs and common nouns; a credit or sign-off is names in capitals).
PROSE_SHARE = 0.5
# Inside a paragraph, an unpunctuated line shorter than this share of the widest line stands alone
# (hard-wrapped lines run close to the full width).
SHORT_LINE = 0.6


def _is_heading(para: str, *, last: bool = False) -> bool:
    """Whether a paragraph is a heading or a byline: short, without final punctuation ('Quest For Quiet On The
    "Eastern Front"': the quote mark is none). A text's last paragraph is a sentence that lost its full stop when it
    reads as prose (`_prose_line`): no heading closes a text."""
    if ends_in_stop(para) or len(para.split()) >= HEADING_WORDS:
        return False
    return not (last and _prose_line(para))


def _prose_line(para: str) -> bool:
    """Whether an unpunctuated paragraph reads as a sentence: a capital opens it, no bracket (a note, "(Reporting by
    ...)", "(Published 12 March 2024)"), and most of its other words in lower case — a credit or a sign-off names
    ("With News Wire Services", "-The New York Times"), a sentence runs on in lower case."""
    words = para.split()
    if not para[:1].isupper() or len(words) < MIN_CLAIM_WORDS:
        return False
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return lower > PROSE_SHARE * (len(words) - 1)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs, with a short unpunctuated line inside one (a title or a dateline above the text, when
    the file has no blank lines) made a block of its own; long wrapped lines stay joined."""
    out = []
    for para in PARAGRAPH.finditer(text):
        lines = list(re.finditer(r"[^\n]+", para.group()))
        widest = max(len(m.group()) for m in lines)
        at = 0
        for m, nxt in zip(lines, lines[1:]):
            line = m.group().rstrip()
            if not ends_in_stop(line) and nxt.group()[:1].isupper() and len(line) < SHORT_LINE * widest:
                out.append((para.start() + at, para.start() + m.end()))
                at = nxt.start()
        out.append((para.start() + at, para.end()))
    return out


def _captions(text: str, blocks: list[tuple[int, int]]) -> set[int]:
    """Indexes of the blocks that are photo captions: ending in a credit, a credit line itself, a short
    paragraph right above a credit line, one sentence in a caption's present tense, or an alt text the next block
    repeats."""
    out = set()
    for i, (start, end) in enumerate(blocks):
        found = credit_or_caption(text[start:end].strip())
        if found is not None or present_caption(text[start:end].strip()):
            out.add(i)
        elif i + 1 < len(blocks) and repeated_below(text[start:end], text[blocks[i + 1][0]:blocks[i + 1][1]]):
            # a photo's alt text above its caption; the caption too when it is the same text
            out.update((i, i + 1) if same_letters(text[start:end], text[blocks[i + 1][0]:blocks[i + 1][1]]) else (i,))
        if found == CREDIT and i and len(text[blocks[i - 1][0]:blocks[i - 1][1]].split()) <= CAPTION_WORDS:
            out.add(i - 1)
    return out


def _caption_from(text: str, found: list[tuple[int, int]]) -> int:
    """In a paragraph too long for a caption that ends in a photo credit, the index of the sentence the caption
    starts at: the last one with more words than a credit line ("… in Osaka, Japan. Picture: Alamy" is one caption).
    What comes before it is prose the page ran into the caption (a lede and its photo's caption stored as one
    paragraph)."""
    for n in range(len(found) - 1, 0, -1):
        # a credit that names a photographer and a long agency ("(Stefani Reynolds/The New York Times") is no prose
        if credit_or_caption(text[found[n][0]:found[n][1]].strip()) != CREDIT and \
                content_words(text[found[n][0]:found[n][1]]) > CREDIT_WORDS:
            # only what is itself too long for a caption is prose (a caption may take two sentences); a sentence
            # that reports someone's words is prose too, the credit only the agency's mark glued to it
            if len(text[found[0][0]:found[n][0]].split()) <= CAPTION_WORDS:
                return 0
            if reports_speech(text[found[n][0]:found[n][1]]):
                return len(found)
            # a sentence showing its people now opens the caption, however long ("US President Joe Biden delivers
            # remarks ... in Washington, DC. President Biden set a new goal ... Alex Wong/Getty Images/AFP")
            while n and present_scene(text[found[n - 1][0]:found[n - 1][1]].strip()):
                n -= 1
            return n
    return 0


def in_dateline(text: str, at: int) -> bool:
    """Whether text[at] stands in the wire dateline opening its line ("LONDON (dpa-AFX) \u2013 ..."): the place a
    story was filed from, never who said what it tells."""
    dateline = _DATELINE.match(text, text.rfind("\n", 0, at) + 1)
    return dateline is not None and at < dateline.end()


def claim_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every claim of a text, in order, without overlaps; statements are cut into clauses,
    the other kinds (questions, procedure, captions, page furniture) are kept whole, sentence by sentence."""
    spans: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    asking, speaker = False, ""
    blocks = _blocks(text)
    captions = _captions(text, blocks)
    # the text's last block with words (not the title of a text of one block)
    last = max((i for i, (start, end) in enumerate(blocks) if text[start:end].strip()), default=-1)
    for i, (start, end) in enumerate(blocks):
        body = text[start:end].strip()
        label = _SPEAKER.match(text, start)
        question = _QUESTION.match(text, start) if label is None else None
        if label is not None:
            asking, speaker, start = False, label.group().strip().rstrip(":"), label.end()
        elif question is not None:
            asking, speaker, start = True, "", question.end()
        if not body:
            continue
        whole = CAPTION if i in captions else BOILERPLATE if body in seen else None  # a repeat: a title shown twice
        if whole is None and _is_heading(body, last=0 < i == last):
            continue
        seen.add(body)
        dateline = _DATELINE.match(text, start)
        start = dateline.end() if dateline else start
        found = sentences(text, start, end)
        caption_from = _caption_from(text, found) if whole == CAPTION and len(body.split()) > CAPTION_WORDS else 0
        for n, (s, e) in enumerate(found):
            s, e = trim_span(text, s, e, lead=_BULLET)
            if len(text[s:e].split()) < MIN_CLAIM_WORDS:
                continue
            kind = (whole if n >= caption_from else None) or \
                (CAPTION if credit_in(text, s, e) else kind_of(text[s:e], asking=asking, speaker=speaker))
            if kind == STATEMENT and sign_off(text[s:e], closing=i == last):  # the outlet to its reader
                kind = BOILERPLATE
            if kind != STATEMENT:
                spans.append((s, e, kind))
                continue
            spans.extend((cs, ce, STATEMENT) for cs, ce in clauses(text, s, e)
                         if len(text[cs:ce].split()) >= MIN_CLAIM_WORDS - 1)
    return spans


def segment(doc: Document) -> list[Claim]:
    """The claims of a document, in text order, with exact offsets into doc.text and their kind."""
    return [Claim(f"{doc.id}#{n}", doc.id, s, e, doc.text[s:e], kind)
            for n, (s, e, kind) in enumerate(claim_spans(doc.text), start=1)]
