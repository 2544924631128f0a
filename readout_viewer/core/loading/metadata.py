"""Document metadata: front-matter keys, and role, side, title and event inferred when they are missing."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping

from readout_viewer.core.loading import plaintext
from readout_viewer.core.model import OFFICIAL, OUTLET, ROLES, Document

KNOWN_KEYS = ("title", "source", "author", "role", "side", "kind", "date", "url", "excerpt", "event")
# Front-matter values are kept for the JSON contract; a value with more nodes or deeper nesting than this is
# not metadata (YAML aliases can make a small block expand enormously) and is dropped.
MAX_VALUE_NODES = 500
MAX_VALUE_DEPTH = 6
# Metadata strings longer than this are cut: a title or source is a line, not a text.
MAX_FIELD_CHARS = 500

# Where a text without front matter names itself: among its first lines, the first of at least three words
# (page chrome is one or two: "Download", "Breaking News") and no longer than a headline.
TITLE_SEARCH_LINES = 6
MIN_TITLE_WORDS = 3
MAX_TITLE_CHARS = 200
# A sentence end this early is an abbreviation ("Mr.", "U.S."), not the end of the first sentence.
MIN_SENTENCE_CHARS = 20

# Words in a file name, title or source that mark an official text.
_OFFICIAL_WORDS = re.compile(
    r"\b(readouts?|read-out|statements?|briefings?|transcripts?|press releases?|communiqu[eé]s?|"
    r"joint declaration|remarks by)\b", re.I)
# Official bodies, with the side they speak for (None: a body whose country the words do not say).
_BODIES = (
    (re.compile(r"white[\s_-]*house|state department|department of state|u\.?s\.? embassy|pentagon", re.I), "US"),
    (re.compile(r"kremlin|\bmid\.ru|russian (foreign|defen[cs]e) ministry|ministry of foreign affairs of (the )?"
                r"russia|president of russia", re.I), "RU"),
    (re.compile(r"office of the president of ukraine|president\.gov\.ua|ukrain\w* foreign ministry", re.I), "UA"),
    (re.compile(r"[ée]lys[ée]e|quai d.orsay", re.I), "FR"),
    (re.compile(r"downing street|foreign,? commonwealth|foreign office", re.I), "UK"),
    (re.compile(r"bundeskanzler|federal chancellery|ausw[äa]rtiges amt", re.I), "DE"),
    (re.compile(r"foreign ministry|ministry of foreign affairs|president'?s office|presidential (office|"
                r"administration)|office of the president|prime minister'?s office", re.I), None),
)
# A headline that reports what a body said is an outlet's, even when it names the body.
_REPORTING = re.compile(r"\b(says?|said|warns?|tells?|claims?|accuses?|urges?|denies|rejects?|slams?|"
                        r"according to)\b", re.I)
_BYLINE = re.compile(r"^By [A-Z]", re.M)


def clean_value(value: object, budget: list[int], depth: int = 0) -> object:
    """A front-matter value as plain JSON-ready data; raise ValueError when it is too large or too deep."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_VALUE_DEPTH:
        raise ValueError("too large")
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):  # YAML escapes can make lone surrogates, which no output can carry
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(clean_value(k, budget, depth + 1)): clean_value(v, budget, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [clean_value(v, budget, depth + 1) for v in value]
    return str(value)[:MAX_FIELD_CHARS]


def clean_front(front: Mapping[str, object]) -> tuple[dict, list[str]]:
    """Front matter reduced to plain data, and the keys dropped because their value was not plain metadata."""
    kept, dropped = {}, []
    for key, value in front.items():
        try:
            kept[str(clean_value(str(key), [1]))] = clean_value(value, [MAX_VALUE_NODES])
        except (ValueError, RecursionError):
            dropped.append(str(key))
    return kept, dropped


def _text_or_none(value: object) -> str | None:
    if value is None or value == "" or isinstance(value, (dict, list)):
        return None
    return " ".join(str(value).split())[:MAX_FIELD_CHARS] or None


def _flag(value: object) -> bool:
    if isinstance(value, str):  # YAML escapes can make lone surrogates, which no output can carry
        return value.encode("utf-8", "replace").decode("utf-8").strip().lower() in ("true", "yes", "y", "1", "on")
    return bool(value) if isinstance(value, (bool, int, float)) else False


def infer_official(stem: str, title: str, source: str, text: str = "") -> tuple[bool, str | None]:
    """Whether the cues name an official text, and the side they point to.

    Official words (readout, statement, ...) count in the file name, title and source; an official body counts
    in the file name and source, and in the title unless the title reports what the body said or the text has a
    reporter's byline.
    """
    names = f"{stem.replace('-', ' ').replace('_', ' ')} {source}"
    side, by_body, by_title = None, False, False
    for pattern, body_side in _BODIES:
        if pattern.search(names):
            by_body, side = True, side or body_side
        elif pattern.search(title):
            by_title, side = True, side or body_side
    if by_title and (_REPORTING.search(title) or _BYLINE.search(text[:2000])):
        by_title = False
    official = by_body or by_title or bool(_OFFICIAL_WORDS.search(f"{names} {title}"))
    return official, side


def first_line(text: str) -> str:
    """The title a text gives itself: among the lines before its prose starts, the first of a few words that is
    not a byline, date or sentence (page chrome such as "Download" or "Breaking News" comes before the headline
    in copied pages); else the first sentence of its first line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:TITLE_SEARCH_LINES]:
        if len(line) > MAX_TITLE_CHARS:
            break  # the prose has begun
        if len(line.split()) >= MIN_TITLE_WORDS and not line.endswith(".") and not plaintext.is_label(line):
            return line
    return _first_sentence(lines[0]) if lines else ""


def _first_sentence(line: str) -> str:
    m = re.search(r"(?<=[a-z0-9]{3}[.!?])\s(?=[A-Z\"\u201c])", line[MIN_SENTENCE_CHARS:])  # not "Jr.", "U.S."
    head = line[:MIN_SENTENCE_CHARS + m.start()] if m else line
    if len(head) <= MAX_TITLE_CHARS:
        return head
    return head[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "\u2026"


def document_id(rel: str) -> str:
    """The id of the file at `rel`: its path without the extension."""
    return rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel


def make_document(rel: str, text: str, front: Mapping[str, object], folder: str = "",
                  heading: str | None = None, doc_id: str | None = None) -> Document:
    """Build a Document from its path, plain text and front matter, inferring what the front matter lacks."""
    doc_id = doc_id or document_id(rel)
    stem = document_id(rel).rsplit("/", 1)[-1]
    title = _text_or_none(front.get("title")) or heading or first_line(text) or stem
    source = _text_or_none(front.get("source"))
    official, side = infer_official(stem, title, source or "", text)
    role = str(front.get("role") or "").strip().lower()
    if role not in ROLES:
        role = OFFICIAL if official else OUTLET
    parts = rel.split("/")
    event = _text_or_none(front.get("event")) or (parts[0] if len(parts) > 1 else folder)
    return Document(
        id=doc_id, path=rel, title=title, text=text, role=role, event=event, source=source,
        author=_text_or_none(front.get("author")),
        side=_text_or_none(front.get("side")) or (side if role == OFFICIAL else None),
        kind=_text_or_none(front.get("kind")),
        date=_text_or_none(front.get("date")),
        url=_text_or_none(front.get("url")),
        excerpt=_flag(front.get("excerpt", False)),
        extra={k: v for k, v in front.items() if k not in KNOWN_KEYS},
    )
