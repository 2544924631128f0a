"""Front matter and Markdown: split off the YAML block, turn a Markdown body into the plain text offsets refer to."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from readout_viewer.core.loading import plaintext
from readout_viewer.core.loading.yamlsafe import YamlRefused, safe_load
from readout_viewer.core.system.lazyre import LazyPattern

# A front-matter block longer than this is not metadata but a mistake or an attack (a YAML alias bomb);
# it is not parsed. Real blocks are a few hundred characters.
MAX_FRONT_MATTER_CHARS = 20_000

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Every inline pattern is bounded (a mark and its closing at most this far apart) and every block pattern
# scans forward once, so that a long line of stray marks ("*a *a *a ...") costs linear time, not hours.
MAX_SPAN = 300
# A longer line is prose, never a heading or a lone HTML tag.
MAX_MARKUP_LINE = 1000

_HEADING = re.compile(r"^#{1,6}(?:[ \t]+(.*?))?[ \t#]*$")
_SETEXT = re.compile(r"^(?:=+|-+)\s*$")
_RULE = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^(```|~~~)")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+")
# Inside a paragraph only an item numbered 1 starts a list (CommonMark): "2021. The talks" wraps a sentence.
_FIRST_ITEM = LazyPattern(r"^1[.)]\s")
_QUOTE = re.compile(r"^(?:>\s?)+")
_LINK_DEF = re.compile(r"^\[[^\]]+\]:\s*\S+")
# HTML comments, and scripts and styles pasted into Markdown: never part of the text.
_BLOCK_OPEN = re.compile(r"<!--|<(script|style)\b", re.I)
# A line that is nothing but HTML tags (<div class="x">, </p>, <img ...>) is markup, not text.
_TAG_LINE = re.compile(r"^(?:</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>\s*)+$")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
# The characters a block pattern's match opens on (a fence, a link definition, a tag, an underline, a rule, a heading,
# a list item's bullet, a quotation's ">"; a numbered item's digit besides): a line of prose opens on none, and is
# matched against none of them (corpus/'s 681 lines of Markdown were eight pattern calls each).
_BLOCK_MARKS = "`~[<=-*_#+>"
# A hard break's pattern is searched from this many characters before a line's end: a match ending there starts
# no earlier (two spaces, or a backslash, and a last newline), and searching the whole line tried every character.
_HARD_BREAK_CHARS = 3
_S = MAX_SPAN
# Each pattern with a character it cannot match without (a pattern is tried only on text holding it): most
# paragraphs hold no markup, and 14 scans of each (the underscore one tests a look-behind at every character)
# were most of reading a Markdown file. The replacements only keep or drop characters, or add a space, so the
# check on the text as rewritten so far is the pattern's own answer.
_INLINE = (
    ("!", LazyPattern(rf"!\[[^\]]{{0,{_S}}}\]\([^)]{{0,{_S}}}\)"), ""),  # images: their alt text is not the prose
    ("[", LazyPattern(r"\[\^[^\]]{1,50}\]"), ""),  # footnote marks
    ("[", LazyPattern(rf"\[([^\]]{{0,{_S}}})\]\([^)]{{0,{_S}}}\)"), r"\1"),  # links keep their words
    ("[", LazyPattern(rf"\[([^\]]{{1,{_S}}})\]\[[^\]]{{0,100}}\]"), r"\1"),  # reference links
    ("<", LazyPattern(rf"<(https?://[^>\s]{{1,{_S}}})>"), r"\1"),  # autolinks
    ("<", LazyPattern(r"</?(?:a|b|i|u|em|strong|span|sup|sub|small|mark|abbr|cite|q|s|del|ins|font|img|p|div|figure|"
                     rf"figcaption|section|article|header|li|ul|ol|h[1-6]|picture|source|time)\b[^>]{{0,{_S}}}>", re.I),
     ""),
    ("<", LazyPattern(r"<br\s*/?>", re.I), " "),
    ("`", LazyPattern(rf"`([^`]{{1,{_S}}})`"), r"\1"),  # inline code
    ("~", LazyPattern(rf"~~(?=\S)((?:(?!~~).){{1,{_S}}}?)(?<=\S)~~"), r"\1"),
    ("*", LazyPattern(rf"(\*\*|\*)(?=\S)((?:(?!\1).){{1,{_S}}}?)(?<=\S)\1"), r"\2"),
    ("*", LazyPattern(rf"(\*\*|\*)(?=\S)((?:(?!\1).){{1,{_S}}}?)(?<=\S)\1"), r"\2"),  # again: nested emphasis
    ("_", LazyPattern(rf"(?<!\w)(__|_)(?=\S)((?:(?!\1).){{1,{_S}}}?)(?<=\S)\1(?!\w)"), r"\2"),  # not in snake_case
    ("\\", LazyPattern(r"\\([\\`*_{}\[\]()#+\-.!>|~])"), r"\1"),  # escapes last, so escaped marks stay
)


def strip_blocks(text: str) -> str:
    """HTML comments, scripts and styles removed, scanning forward once (an unclosed one is left as it is)."""
    out, pos = [], 0
    while m := _BLOCK_OPEN.search(text, pos):
        closer = re.compile("-->" if m.group(1) is None else rf"</{m.group(1)}\s*>", re.I)
        end = closer.search(text, m.end())
        if end is None:
            break
        out.append(text[pos:m.start()])
        pos = end.end()
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True)
class FrontMatter:
    """A file's front-matter keys, the body after the block, and a note for a person if the block was bad."""

    keys: dict = field(default_factory=dict)
    body: str = ""
    note: str | None = None


# A top-level "key: value" line of a front-matter block, and the lines indented under it.
_KEY_LINE = LazyPattern(r"^([A-Za-z_][\w-]{0,60})[ \t]*:(?:[ \t]+(.*))?$")
# A value that YAML would read as more than a plain string: kept only when YAML reads it.
_NOT_PLAIN = tuple("[{&*!|>\"'%@`")


def read_line_by_line(block: str) -> tuple[dict, list[str]]:
    """The keys of a front-matter block that YAML cannot read whole, each top-level key with its indented lines
    read on its own; a value that YAML cannot read but is plain words ("title: Biden: a call") is kept as it is
    written. Returns the keys and, for a person, each line that was kept as written or could not be read."""
    keys: dict = {}
    failed: list[str] = []
    chunks: list[tuple[int, list[str]]] = []
    for n, line in enumerate(block.split("\n"), start=2):  # the block starts on the file's line 2
        if chunks and line[:1] in (" ", "\t", "-") and line.strip():
            chunks[-1][1].append(line)
        elif line.strip() and not line.lstrip().startswith("#"):
            chunks.append((n, [line]))
    for n, lines in chunks:
        m = _KEY_LINE.match(lines[0])
        try:
            data = safe_load("\n".join(lines), max_chars=MAX_FRONT_MATTER_CHARS, first_line=n)
        except YamlRefused:
            data = None
        if isinstance(data, dict) and len(data) == 1:
            keys.update({str(k): v for k, v in data.items()})
        elif m and m.group(2) and len(lines) == 1 and not m.group(2).startswith(_NOT_PLAIN):
            keys[m.group(1)] = m.group(2).strip()
            failed.append(f"line {n} kept as written ({lines[0].strip()[:60]})")
        else:
            failed.append(f"line {n} could not be read ({lines[0].strip()[:60]})")
    return keys, failed


def split_front_matter(raw: str) -> FrontMatter:
    """Split a YAML front-matter block off the text; YAML is only ever read with safe_load (never executed)."""
    m = _FRONT.match(raw)
    if not m:
        return FrontMatter({}, raw)
    block, body = m.group(1) or "", raw[m.end():]
    if len(block) > MAX_FRONT_MATTER_CHARS:
        return FrontMatter({}, body, f"its front matter is over {MAX_FRONT_MATTER_CHARS} characters and was "
                                     "not read; the text below it was loaded without it")
    try:
        data = safe_load(block, max_chars=MAX_FRONT_MATTER_CHARS, first_line=2)  # the block starts on line 2
    except YamlRefused as exc:
        keys, failed = read_line_by_line(block)
        if not keys:
            return FrontMatter({}, body, f"its front matter could not be read: {exc}; the text below it was "
                                         "loaded without it")
        return FrontMatter(keys, body, f"its front matter could not be read as a whole: {exc}; read line by line, "
                                       f"it gave {', '.join(keys)}" + "".join(f"; {f}" for f in failed))
    if data is None:
        return FrontMatter({}, body)
    if not isinstance(data, dict):  # a '---' rule around prose, not metadata: keep the text as written
        return FrontMatter({}, raw)
    return FrontMatter({str(k): v for k, v in data.items()}, body)


def inline(text: str) -> str:
    """Inline Markdown gone: links keep their words, images and emphasis marks go, escapes resolved."""
    for mark, pattern, repl in _INLINE:
        if mark in text:
            text = pattern.sub(repl, text)
    return html.unescape(text) if "&" in text else text  # entities, as Markdown reads them ("&amp;", "&nbsp;")


def first_heading(body: str) -> str | None:
    """The text of the first heading (ATX '#' or setext underline) of a Markdown body."""
    prev = ""
    for line in strip_blocks(body).split("\n"):
        s = line.strip()
        h = _HEADING.match(s) if s[:1] == "#" and len(s) <= MAX_MARKUP_LINE else None
        if h and h.group(1):
            return plaintext.tidy_spaces(inline(h.group(1))) or None
        if prev and s[:1] in ("=", "-") and _SETEXT.match(s) and not _RULE.match(prev):
            return plaintext.tidy_spaces(inline(prev)) or None
        prev = s
    return None


class _Paragraphs:
    """Collects the paragraphs of a Markdown body line by line."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.cur: list[str] = []
        self.item = False  # whether the current paragraph is a list item

    def flush(self) -> None:
        if self.cur:
            self.out.append(plaintext.tidy_spaces(inline(plaintext.join_lines(self.cur))))
            self.cur = []
        self.item = False

    def add(self, line: str, alone: bool = False) -> None:
        if alone:
            self.flush()
        self.cur.append(line)
        if alone:
            self.flush()


def _code_line(state: _Paragraphs, line: str, fenced: bool) -> bool:
    """Handle a fence or a line inside a code block; return whether we are inside a fence afterwards."""
    if _FENCE.match(line.strip()):
        state.flush()
        return not fenced
    if line.strip():
        state.out.append(plaintext.tidy_spaces(line))
    return fenced


def markdown_to_text(body: str) -> str:
    """Markdown to plain text: headings, emphasis, links and escapes gone; wrapped lines of a paragraph joined."""
    state, fenced = _Paragraphs(), False
    for line in strip_blocks(body).split("\n"):
        s = plaintext.tidy_spaces(line)
        short = len(s) <= MAX_MARKUP_LINE
        block = s[:1] != "" and (s[0] in _BLOCK_MARKS or s[0].isdecimal())  # \d is a decimal digit
        if fenced or block and _FENCE.match(s):
            fenced = _code_line(state, line, fenced)
        elif not s or block and (_LINK_DEF.match(s) or short and _TAG_LINE.match(s)):
            state.flush()
        elif block and _SETEXT.match(s) and (state.cur or s[0] == "="):
            state.flush()  # the underline of a setext heading: the lines above are the heading
        elif block and _RULE.match(s):
            state.flush()
        elif block and short and (h := _HEADING.match(s)):
            state.add(h.group(1) or "", alone=True)
        elif block and _LIST_ITEM.match(s) and (not state.cur or state.item or not s[0].isdigit() or
                                                _FIRST_ITEM.match(s)):
            state.flush()
            state.cur.append(_LIST_ITEM.sub("", s))
            state.item = True
        else:
            s = _QUOTE.sub("", s) if block else s
            if s:  # a byline or dateline never runs on, even without a blank line around it
                if plaintext.is_label(s) or (state.cur and plaintext.is_label(state.cur[-1])):
                    state.flush()
                state.add(s.rstrip("\\").rstrip())
            # a line holds no line break (split at them): a hard break is a last backslash or two spaces
            if line.endswith(("  ", "\\")) and _HARD_BREAK.search(line, max(0, len(line) - _HARD_BREAK_CHARS)):
                state.flush()
    state.flush()
    return plaintext.finish(plaintext.mend([p for p in state.out if p]))
