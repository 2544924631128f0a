"""Front matter and markup: turn a Markdown or plain-text body into the plain text that offsets refer to."""

from __future__ import annotations

import re

import yaml

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def split_front_matter(raw: str) -> tuple[dict, str, str | None]:
    """Split a YAML front-matter block off the text: (keys, body, note on a broken block or None)."""
    m = _FRONT.match(raw)
    if not m:
        return {}, raw, None
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        return {}, raw[m.end():], f"front matter could not be read ({exc.__class__.__name__})"
    if not isinstance(data, dict):
        return {}, raw[m.end():], "front matter is not a mapping of keys"
    return {str(k): v for k, v in data.items()}, raw[m.end():], None


def _inline(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub(r"\2", line)
    line = _EMPHASIS.sub(r"\2", line)
    return _ESCAPE.sub(r"\1", line)


def _paragraphs(body: str) -> list[list[str]]:
    paras, cur = [], []
    for line in body.split("\n"):
        if line.strip():
            cur.append(line)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


def markdown_to_text(body: str) -> str:
    """Markdown to plain text: headings, emphasis, links and escapes gone; wrapped lines of a paragraph joined."""
    out = []
    for para in _paragraphs(body):
        lines = []
        for line in para:
            h = _HEADING.match(line.strip())
            if h:
                if lines:
                    out.append(" ".join(lines))
                    lines = []
                out.append(_inline(h.group(1)))
                continue
            if _LIST_ITEM.match(line) and lines:
                out.append(" ".join(lines))
                lines = []
            lines.append(_inline(line.strip().lstrip(">").strip()))
        if lines:
            out.append(" ".join(x for x in lines if x))
    return "\n\n".join(p for p in out if p.strip()) + "\n"


def _is_standalone(line: str) -> bool:
    """A line that is a headline, byline or caption rather than part of running prose."""
    s = line.strip()
    return not s.endswith((".", ",", ";", ":", "?", "!", "\u201d", '"', "'", "\u2019", "-", "\u2014")) or len(s) < 40


def plain_to_text(body: str) -> str:
    """Plain text: hard-wrapped paragraphs joined into running prose, standalone lines kept on their own."""
    out = []
    for para in _paragraphs(body):
        cur: list[str] = []
        for i, line in enumerate(para):
            s = line.strip()
            nxt = para[i + 1].strip() if i + 1 < len(para) else ""
            cur.append(s)
            wrapped = nxt and not _is_standalone(s + " x") and not s.endswith((".", "?", "!", '"', "\u201d"))
            if not wrapped:
                out.append(" ".join(cur))
                cur = []
        if cur:
            out.append(" ".join(cur))
    return "\n\n".join(out) + "\n"
