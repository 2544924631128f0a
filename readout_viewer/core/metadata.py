"""Document metadata: front-matter keys, and role, side, title and event inferred when they are missing."""

from __future__ import annotations

import re
from typing import Mapping

from readout_viewer.core.model import OFFICIAL, OUTLET, Document

KNOWN_KEYS = ("title", "source", "author", "role", "side", "kind", "date", "url", "excerpt", "event")

# Words in a file name, title or source that mark an official text.
_OFFICIAL_WORDS = re.compile(
    r"\b(readout|read-out|statement|briefing|transcript|press release|communiqu[eé])\b", re.I)
# Official bodies, with the side they speak for.
_BODIES = (
    (re.compile(r"white[\s_-]*house|state department|department of state|u\.?s\.? embassy|pentagon", re.I), "US"),
    (re.compile(r"kremlin|mid\.ru|russian (foreign|defen[cs]e) ministry|ministry of foreign affairs of (the )?russia"
                r"|president of russia", re.I), "RU"),
    (re.compile(r"office of the president of ukraine|president\.gov\.ua|ukrain\w* foreign ministry", re.I), "UA"),
    (re.compile(r"foreign ministry|ministry of foreign affairs|president'?s office|presidential administration",
                re.I), None),
)


def _text_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def infer_official(cues: str) -> tuple[bool, str | None]:
    """Whether the cues (file name, title, source) name an official text, and the side they point to."""
    side = None
    body = False
    for pattern, body_side in _BODIES:
        if pattern.search(cues):
            body = True
            side = side or body_side
    return bool(body or _OFFICIAL_WORDS.search(cues.replace("-", " ").replace("_", " "))), side


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:200]
    return ""


def make_document(rel: str, text: str, front: Mapping[str, object], folder: str = "") -> Document:
    """Build a Document from its path, plain text and front matter, inferring what the front matter lacks."""
    doc_id = rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel
    stem = doc_id.rsplit("/", 1)[-1]
    title = _text_or_none(front.get("title")) or first_line(text) or stem
    source = _text_or_none(front.get("source"))
    cues = " ".join(x for x in (stem, title, source or "") if x)
    official, side = infer_official(cues)
    role = str(front.get("role") or (OFFICIAL if official else OUTLET)).lower()
    if role not in (OFFICIAL, OUTLET):
        role = OFFICIAL if official else OUTLET
    parts = rel.split("/")
    event = _text_or_none(front.get("event")) or (parts[0] if len(parts) > 1 else folder)
    date = front.get("date")
    return Document(
        id=doc_id, path=rel, title=title, text=text, role=role, event=event, source=source,
        author=_text_or_none(front.get("author")),
        side=_text_or_none(front.get("side")) or (side if role == OFFICIAL else None),
        kind=_text_or_none(front.get("kind")),
        date=None if date is None else str(date),
        url=_text_or_none(front.get("url")),
        excerpt=bool(front.get("excerpt", False)),
        extra={k: v for k, v in front.items() if k not in KNOWN_KEYS},
    )
