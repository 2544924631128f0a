"""Plain-text paragraphs: tidy layout spaces, join hard-wrapped lines, keep headlines and bylines on their own."""

from __future__ import annotations

import html
import re

from readout_viewer.core.language.sentences import ends_in_stop, ends_sentence, sentence_ends
from readout_viewer.core.system.lazyre import LazyPattern

# A hard-wrapped file is filled to a width of at most this many characters (mail and terminals wrap at
# 72-80, some converters at 100); files with longer lines hold one paragraph per line and are never joined.
MAX_WRAP_WIDTH = 120
# Nobody wraps prose narrower than this; a short "width" comes from stacked labels ("Download", a name).
MIN_WRAP_WIDTH = 30
# Share of all lines allowed to be longer than the width in a wrapped file (a long URL, an unbreakable word);
# files with more long lines hold one paragraph per line.
OVERLONG_SHARE = 0.05
# Fewer non-final lines than this in multi-line blocks give no reliable wrap width.
MIN_WRAPPED_LINES = 3
# Share of non-final lines that must reach FILL_RATIO of the width for a file to count as hard-wrapped:
# wrapped prose fills its lines, while stacked headlines, bylines and captions have ragged lengths.
FILL_SHARE = 0.6
FILL_RATIO = 0.6
# Wrappers differ by a character or two in where they break (trailing spaces, hyphens); a line this close
# to the width, with the next word unable to fit, was broken by the wrapper.
WRAP_SLACK = 3
# A line shorter than this is a headline, label or caption fragment rather than prose that runs on.
MIN_PROSE_CHARS = 40
# Words of four letters or more that Title Case headlines leave in lower case (AP style); every other long word
# of a headline is capitalised. Prose, even dense with names, has lower-case verbs ("told", "warned").
_HEADLINE_LOWER = frozenset("with from over into onto upon than that amid after about against under between "
                            "during without".split())
# A fragment of at most this many words, without end punctuation, after a finished sentence is a label
# ("Advertisement", "Read more", "Related Articles"), not the start of a wrapped sentence.
MAX_LABEL_WORDS = 3

_WRAPPED_HYPHEN = re.compile(r"[^\W\d_]-$")
# A line's end is searched for a wrapped hyphen from this many characters before it (a letter, the hyphen and a
# last newline: no match starts earlier); searching the whole line tried every character.
_WRAPPED_HYPHEN_CHARS = 3
# A lone no-break space between two words is meant ("JCPOA\u00a0deal", "5\u00a0km"); keep it.
_KEPT_NBSP = "\u00a0\u202f\u2007"
# An HTML entity whose "&" a page lost ("ldquo;", "rdquo;", "Egypt#39;s", "ceasefirenbsp;to"): the names of quote
# marks, spaces and dashes, which no English word holds, and numeric references, glued to the word before or not (the
# page dropped the "&", not the space). "amp;" and "quot;" are left: "camp;" and "aliquot;" are words and a stop.
# Numeric references only for those same characters (quote marks, apostrophes, dashes, spaces, an ellipsis): "Resolution
# #2334;" in a text is the resolution's number, not a character.
_BARE_ENTITY = re.compile(r"(?<!&)(?:[lr]dquo|[lr]squo|[lr]aquo|bdquo|sbquo|nbsp|mdash|ndash|hellip"
                          r"|#(?:34|39|160|8211|8212|8216|8217|8220|8221|8230));")
# Layout spacing to replace by one space: a run of two or more, or one character that is neither a plain space
# nor a kept no-break space (a lone plain space, the common case, is not even matched: every line goes through).
_LAYOUT_SPACE = re.compile(rf"[^\S\n]{{2,}}|[^\S\n {_KEPT_NBSP}]")
# Lines that open a new paragraph whatever the width says: bullets, numbered items, speaker labels of
# transcripts ("MR. SMITH:", "Q  ...").
_OPENS_PARAGRAPH = re.compile(r"^(?:[-*\u2022\u25aa\u00b7]\s|\d{1,3}[.)]\s|[A-Z][A-Z.'\u2019 -]{1,40}:\s"
                              r"|Q\s{1,4}[A-Z])")
# An all-capitals line up to this long is a label ("BREAKING NEWS", "PHOTO: AFP"), not prose.
MAX_LABEL_CHARS = 60
_BYLINE = re.compile(r"^(?:By|BY|Photo|PHOTO|Photograph|Image|Credit|Source|Caption)\b[ :]")
# The letters a byline or a dateline opens on (By, Photo, Image, Credit, Source, Caption; a weekday's or a month's
# first letter), besides a digit: a line opening on another is matched against neither (markup reads each line of
# prose as a label or not, twice).
_LABEL_OPENINGS = "ABCDFIJMNOPSTW"
_DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} )?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:\d{1,2},? )?\d{4}$"
    r"|^\d{4}-\d{2}-\d{2}$|^\d{1,2}:\d{2} ?[AaPp]\.?[Mm]\.?(?: [A-Z]{2,4})?$")


def bare_entities(line: str) -> str:
    """A line's bare entity names read as the characters they name ("ldquo;Sky News Arabiardquo;" is “Sky News
    Arabia”): searched only where a ";" stands."""
    return _BARE_ENTITY.sub(lambda m: html.unescape("&" + m.group()), line) if ";" in line else line


def tidy_spaces(line: str) -> str:
    """One line with layout spacing gone: runs of spaces, tabs and padding no-break spaces become one space; bare
    entity names read (bare_entities)."""
    line = bare_entities(line)
    if "  " not in line and line.isprintable():  # no space but the plain one, never two: nothing to replace
        return line.strip()
    return _LAYOUT_SPACE.sub(" ", line).strip()


def blocks(body: str) -> list[list[str]]:
    """The runs of non-blank lines of a body, each line tidied."""
    out: list[list[str]] = []
    cur: list[str] = []
    for raw in body.split("\n"):
        line = tidy_spaces(raw)
        if line:
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def wrap_width(all_blocks: list[list[str]]) -> int | None:
    """The width a hard-wrapped file was filled to, or None when its lines were not wrapped."""
    lengths = sorted(len(line) for block in all_blocks if len(block) > 1 for line in block[:-1])
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    filled = sum(n >= FILL_RATIO * width for n in lengths)
    every = [len(line) for block in all_blocks for line in block]
    overlong = sum(n > width + WRAP_SLACK for n in every)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH or filled < FILL_SHARE * len(lengths):
        return None
    return width if overlong <= OVERLONG_SHARE * len(every) else None


def is_label(line: str) -> bool:
    """A byline, credit or dateline: a line that never runs on into the next nor takes the previous one."""
    opens = line[:1] in _LABEL_OPENINGS or line[:1].isdecimal()
    return bool(opens and (_BYLINE.match(line) or _DATE_LINE.match(line)) or (
        line.isupper() and len(line) <= MAX_LABEL_CHARS))


def is_headline(line: str) -> bool:
    """A Title Case line without end punctuation."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha() and w.lower() not in _HEADLINE_LOWER]
    if ends_in_stop(line) or len(words) < 3:
        return False
    return all(w[0].isupper() for w in words)


def _is_fragment_after_sentence(prev: str, nxt: str) -> bool:
    return ends_sentence(prev) and len(nxt.split()) <= MAX_LABEL_WORDS and not ends_in_stop(nxt)


def _breaks_off(tail: str, nxt: str) -> bool:
    return not ends_sentence(tail) and nxt[:1].islower() and not nxt.startswith("by ")


def runs_on(prev: str, nxt: str) -> bool:
    """Whether a line breaks off in mid-sentence and `nxt` carries the sentence on."""
    return len(prev) >= MIN_PROSE_CHARS and _breaks_off(prev, nxt)


def _joins(prev: str, nxt: str, width: int | None, first: bool) -> bool:
    if is_label(prev) or is_label(nxt) or _OPENS_PARAGRAPH.match(nxt) or (first and is_headline(prev)):
        return False
    if _is_fragment_after_sentence(prev, nxt):
        return False
    if width is not None and len(prev) + 1 + len(nxt.split(" ", 1)[0]) > width - WRAP_SLACK:
        return True
    return runs_on(prev, nxt)


def separator(prev: str, nxt: str) -> str:
    """What goes between two wrapped lines: nothing after a word wrapped at its hyphen ("de-" / "escalation")."""
    wrapped = _WRAPPED_HYPHEN.search(prev, max(0, len(prev) - _WRAPPED_HYPHEN_CHARS))
    return "" if wrapped and nxt[:1].isalpha() else " "


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph joined into running text (in one pass: long files have many lines)."""
    parts = lines[:1]
    for prev, line in zip(lines, lines[1:]):
        parts += (separator(prev, line), line)
    return "".join(parts)


def join_block(block: list[str], width: int | None) -> list[str]:
    """A block's lines as paragraphs: wrapped lines joined, standalone lines kept apart."""
    groups = [[block[0]]]
    for i, line in enumerate(block[1:]):
        if _joins(block[i], line, width, first=i == 0):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [join_lines(group) for group in groups]


def mend(paragraphs: list[str]) -> list[str]:
    """Rejoin paragraphs split in mid-sentence by a stray blank line ("a return to" / "diplomacy, ...")."""
    groups: list[list[str]] = []
    length = 0
    for para in paragraphs:
        if groups and length >= MIN_PROSE_CHARS and _breaks_off(groups[-1][-1], para):
            groups[-1].append(para)
            length += len(para) + 1
        else:
            groups.append([para])
            length = len(para)
    return [" ".join(group) for group in groups]


def finish(paragraphs: list[str]) -> str:
    """Paragraphs as the document's plain text: separated by a blank line, ending with a newline."""
    kept = [p for p in paragraphs if p]
    return "\n\n".join(kept) + "\n" if kept else ""


def plain_to_text(body: str) -> str:
    """Plain text: hard-wrapped paragraphs joined into running prose, standalone lines kept on their own."""
    all_blocks = blocks(body)
    width = wrap_width(all_blocks)
    return finish(mend([para for block in all_blocks for para in join_block(block, width)]))


# A "word" longer than this is not a word (a URL is rarely over a few hundred characters) but data or a mistake;
# it is cut into pieces with a space, so that the viewer's text layout, which has nowhere to wrap it, stays fast
# (one 4.9 MB word kept the window busy for minutes).
MAX_WORD_CHARS = 1000
# A paragraph longer than this (a long press conference answer is 3,000-5,000 characters) is split at sentence
# ends, else at spaces: the viewer lays out a paragraph in one piece, and a 4.9 MB line froze it for seconds.
MAX_PARAGRAPH_CHARS = 10_000
# The most text one document may hold (about 80,000 words, a 200-page book; a long press conference is 100,000
# characters). The engine's work grows faster than the text: measured by benchmarks/limits.py, a 500,000-character
# article beside a readout takes tens of seconds on a 2-core machine and a 1.9 MB one over two minutes, so a longer
# text is refused with a message instead of stalling the analysis (the 5 MB file limit counts a web page's markup).
MAX_TEXT_CHARS = 500_000
_LONG_WORD = LazyPattern(rf"\S{{{MAX_WORD_CHARS + 1},}}")
_SPACE = LazyPattern(r"\s+")


def _cut_word(m: re.Match) -> str:
    word = m.group()
    return " ".join(word[i:i + MAX_WORD_CHARS] for i in range(0, len(word), MAX_WORD_CHARS))


def _split_line(line: str) -> list[str]:
    """A line cut into pieces of at most MAX_PARAGRAPH_CHARS, at the last sentence end (else space) of each."""
    pieces, pos = [], 0
    while len(line) - pos > MAX_PARAGRAPH_CHARS:
        window = line[pos:pos + MAX_PARAGRAPH_CHARS]
        ends = sentence_ends(window, MAX_PARAGRAPH_CHARS // 2)
        spaces = [m.end() for m in _SPACE.finditer(window, MAX_PARAGRAPH_CHARS // 2)]
        cut = (ends or spaces or [MAX_PARAGRAPH_CHARS])[-1]
        pieces.append(window[:cut].strip())
        pos += cut
    rest = line[pos:].strip()
    return [p for p in pieces if p] + ([rest] if rest else [])


def bound(text: str) -> tuple[str, list[str]]:
    """The text with over-long words cut and over-long lines split into paragraphs, and what was done, for a
    person (the text is what every offset refers to: this runs at load time, before anything else sees it)."""
    notes = []
    # str.split() cuts at the characters \s takes (str.isspace, both): a text whose longest piece is short holds no
    # run to cut, and the pattern, tried at every character of the text, is not searched (corpus/: 13 texts, none)
    longest = max(map(len, text.split()), default=0)
    words = len(_LONG_WORD.findall(text)) if longest > MAX_WORD_CHARS else 0
    if words:
        text = _LONG_WORD.sub(_cut_word, text)
        notes.append(f"{words} run(s) of more than {MAX_WORD_CHARS:,} characters without a space were cut into "
                     f"pieces of {MAX_WORD_CHARS:,}")
    lines = text.split("\n")
    long_lines = sum(len(line) > MAX_PARAGRAPH_CHARS for line in lines)
    if long_lines:
        text = "\n".join("\n\n".join(_split_line(line)) if len(line) > MAX_PARAGRAPH_CHARS else line
                         for line in lines)
        notes.append(f"{long_lines} paragraph(s) longer than {MAX_PARAGRAPH_CHARS:,} characters were split into "
                     "paragraphs (at sentence ends where there are any) so they can be shown")
    return text, notes
