"""PDF articles: the text layer (pypdf), rebuilt into paragraphs from where each line sits on the page, and the
document information (title, author, and any front-matter key it carries). A PDF without a text layer (a scan)
is named as such; nothing in a PDF is run (pypdf only parses it).

Paragraphs: a line starts a new one when the font size changes (headline, byline, caption), when the gap above it
is wider than the body's line spacing, or after a short line that ends a sentence; lines of one paragraph are
joined (across columns and pages too, unless a sentence ended). A page number alone at the top or bottom of a
page, and a running header or footer repeated on most pages, are dropped.
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from readout_viewer.core.language.sentences import ends_sentence
from readout_viewer.core.loading import encoding, metadata, plaintext

# An article is a few pages, a long report some tens; past this many pages the rest is left out (with a note):
# pypdf reads about 20 pages a second, so the cap keeps one file under some seconds.
MAX_PAGES = 150
# Lines closer than this share of the font size in height are one line (a link or a bold word in it).
SAME_LINE = 0.5
# A gap wider than this many body line spacings opens a paragraph (paragraph spacing is 1.3-2 lines).
PARAGRAPH_GAP = 1.3
# A font size this much larger or smaller than the line before sets a line apart (headline, caption, footnote).
SIZE_CHANGE = 0.12
# A line ending a sentence short of this share of the column's width is the last line of its paragraph.
SHORT_LINE = 0.8
# A header or footer is a line repeated (digits aside) at the top or bottom of at least this share of pages.
RUNNING_SHARE = 0.5
MIN_PAGES_FOR_RUNNING = 3
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:/|of)\s*\d{1,4})?$", re.I)
_LIGATURES = re.compile("[\ufb00-\ufb06]")
SOFT_HYPHEN = "\u00ad"
# Titles that PDF writers fill in themselves: not the article's title.
_TOOL_TITLE = re.compile(r"^(?:microsoft (?:word|powerpoint)|untitled|document\d*)\b\s*(?:-\s*)?", re.I)
# Document-information keys read as front matter (/Title, /Author; and custom keys named like front matter).
_INFO_KEYS = {"/Title": "title", "/Author": "author"}


class Unreadable(ValueError):
    """The PDF cannot be read (damaged, protected, not a PDF); the message says so for a person."""


class NoTextLayer(Unreadable):
    """The PDF holds no text to compare (a scanned image, or text drawn as shapes); the message says what to do."""


@dataclass(frozen=True)
class Line:
    """One line of a page: its text, the height it sits at (up is larger), its font size, where it starts."""

    text: str
    y: float
    size: float
    x: float
    page: int


@dataclass(frozen=True)
class Extracted:
    """A PDF's paragraphs as plain text, its metadata, and notes for a person (pages left out)."""

    text: str
    meta: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def _page_lines(page, number: int) -> list[Line]:
    """The page's lines in reading order, from the text pieces pypdf reports with their position and size."""
    pieces: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, _font, size) -> None:
        if text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            scale = abs(tm[3] * cm[3]) or 1.0
            pieces.append((text, y, x, abs(size) * scale))
    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    for text, y, x, size in pieces:
        last = lines[-1] if lines else None
        if last is not None and abs(last.y - y) < SAME_LINE * max(size, last.size, 1.0):
            glue = "" if last.text[-1:].isspace() or text[:1].isspace() else " "
            lines[-1] = Line(last.text + glue + text, last.y, max(last.size, size), last.x, number)
        else:
            lines.append(Line(text, y, size, x, number))
    return [Line(plaintext.tidy_spaces(_LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), ln.text)),
                 ln.y, ln.size, ln.x, ln.page) for ln in lines if ln.text.strip()]


def _furniture(pages: list[list[Line]]) -> set[tuple[int, int]]:
    """(page, index) of page numbers and running headers and footers: first and last lines only."""
    drop = set()
    edges: Counter[str] = Counter()
    for p, lines in enumerate(pages):
        for i in {0, len(lines) - 1} if lines else ():
            if _PAGE_NUMBER.match(lines[i].text):
                drop.add((p, i))
            edges[re.sub(r"\d+", "#", lines[i].text)] += 1
    if len(pages) >= MIN_PAGES_FOR_RUNNING:
        running = {t for t, n in edges.items() if n >= RUNNING_SHARE * len(pages)}
        for p, lines in enumerate(pages):
            for i in {0, len(lines) - 1} if lines else ():
                if re.sub(r"\d+", "#", lines[i].text) in running:
                    drop.add((p, i))
    return drop


def _body_measures(lines: list[Line]) -> tuple[float, float]:
    """The body's font size (the size of most characters) and its line spacing (the usual step down)."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0]
    steps = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and 0 < a.y - b.y < 4 * body
             and abs(a.size - body) < SIZE_CHANGE * body and abs(b.size - body) < SIZE_CHANGE * body]
    return body, (min(statistics.median(steps), 2.0 * body) if steps else 1.2 * body)


def _opens_paragraph(prev: Line, line: Line, body: float, spacing: float, width: int) -> bool:
    if abs(prev.size - line.size) > SIZE_CHANGE * max(prev.size, line.size):
        return True
    ended = ends_sentence(prev.text)
    if prev.page != line.page or line.y >= prev.y:  # a new page or column: the paragraph runs on unless it ended
        return ended
    if prev.y - line.y > PARAGRAPH_GAP * spacing * max(line.size, 1.0) / body:  # spacing grows with the size
        return True
    return ended and len(prev.text) < SHORT_LINE * width


def paragraphs(lines: list[Line]) -> list[str]:
    """Lines of the whole document as paragraphs of running text."""
    if not lines:
        return []
    body, spacing = _body_measures(lines)
    width = max(len(ln.text) for ln in lines)
    groups = [[lines[0].text]]
    for prev, line in zip(lines, lines[1:]):
        if _opens_paragraph(prev, line, body, spacing, width):
            groups.append([line.text])
        else:
            groups[-1].append(line.text)
    return plaintext.mend([encoding.normalize_text(plaintext.join_lines(_soft_hyphens(g))) for g in groups])


def _soft_hyphens(lines: list[str]) -> list[str]:
    """A word the typesetter broke at a soft hyphen (U+00AD at the line's end) made whole again."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith(SOFT_HYPHEN):
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
    return out


def _info(reader) -> dict:
    """Front-matter keys from the document information: title and author, and custom keys that are front-matter
    names (a /Source or /Event an archive tool wrote). The creation date is when the PDF was made, not the
    article's date, so it is not used."""
    try:
        info = reader.metadata or {}
    except Exception:  # noqa: BLE001 - a broken information dictionary leaves the text usable
        return {}
    out = {}
    for key, value in info.items():
        name = _INFO_KEYS.get(key) or (key[1:].lower() if key[1:].lower() in metadata.KNOWN_KEYS else None)
        text = str(value).strip() if isinstance(value, str) else ""
        if name == "title":
            text = _TOOL_TITLE.sub("", text).strip()
            text = "" if text.lower().endswith((".docx", ".doc", ".pdf", ".html")) else text
        if name and text:
            out[name] = text
    return out


def extract(raw: bytes) -> Extracted:
    """The article in a PDF's bytes; raise NoTextLayer when it holds no text, ValueError when it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError
    if b"%PDF-" not in raw[:1024]:
        raise Unreadable("it is not a PDF (it does not start as one): a file of another kind named .pdf?")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("the PDF is protected by a password (save an unprotected copy to compare it)")
        pages = list(reader.pages)
    except PdfReadError as exc:
        raise Unreadable(f"the PDF is damaged ({exc})") from exc
    notes = []
    if len(pages) > MAX_PAGES:
        notes.append(f"only its first {MAX_PAGES} of {len(pages)} pages were read")
        pages = pages[:MAX_PAGES]
    per_page = [_page_lines(page, n) for n, page in enumerate(pages)]
    drop = _furniture(per_page)
    lines = [ln for p, page in enumerate(per_page) for i, ln in enumerate(page) if (p, i) not in drop]
    if not any(any(ch.isalnum() for ch in ln.text) for ln in lines):
        raise NoTextLayer(f"the PDF has no text layer ({len(pages)} page{'s' if len(pages) != 1 else ''} of "
                          "images: a scan?); run it through OCR (for example 'ocrmypdf in.pdf out.pdf') or save "
                          "its text as .txt to compare it")
    return Extracted(plaintext.finish(paragraphs(lines)), _info(reader), tuple(notes))
