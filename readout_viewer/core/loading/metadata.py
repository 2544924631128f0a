"""Document metadata: what a person wrote (front matter, folder settings), and what is inferred, with why."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping

from readout_viewer.core.language import languages
from readout_viewer.core.language.countries import code_of
from readout_viewer.core.language.sentences import sentence_stops
from readout_viewer.core.loading import issuer, plaintext
from readout_viewer.core.model import OFFICIAL, OUTLET, ROLES, Document
from readout_viewer.core.system.lazyre import LazyPattern

KNOWN_KEYS = ("title", "source", "author", "role", "side", "kind", "date", "url", "excerpt", "event", "language",
              "lang")
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
# A sentence end this early does not end the first sentence (a label, an abbreviation the rule does not know).
MIN_SENTENCE_CHARS = 20

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


# Lines before a headline that are not it: datelines, bylines, photo credits, time stamps, wire tags.
_NOT_A_TITLE = LazyPattern(
    r"^(?:(?:Published|Updated|Posted|Last updated|Date|Source)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|"
    r"\d{4}-\d{2}-\d{2}\b|\d{1,2}:\d{2}\b|(?:Written by|Author:)\s)"
    r"|(?:/\s?(?:VCG|AFP|Reuters|Xinhua|AP|TASS|Sputnik|IC|CFP)\s*$|\bFILE PHOTO\b|\bGetty Images\b|"
    r"\|\s*(?:AFP|AP|Reuters)\s*$|\((?:Photo|Image|Xinhua|AFP|Reuters)\b[^)]*\)\s*$|\bAP Photo\b)", re.I)
_DATE_ONLY = LazyPattern(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\b"
    r"[\s,|\-\u2013\u2014\d:APMapmGMTUCESTD.]*$", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE_IN_LINE = LazyPattern(
    r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]{2,8})\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b")
_URL_DATE = LazyPattern(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[^\d])")
_LABEL, _CHROME = "a dateline, byline or photo credit", "page chrome"
# A transcript's speaker label ("MR. SULLIVAN:", "Q  Thank you"): its first line is no title.
_SPEAKER = LazyPattern(r"^(?:[A-Z][A-Z.'\u2019 -]{1,40}:\s|Q\s{1,4}[A-Z])")
# A line holding a date is the text's date only when it is short (a dateline, "Published …", a byline):
# prose mentions other dates.
MAX_DATE_LINE = 90


def _not_a_title(line: str) -> str | None:
    """Why a line near the top is not the headline, or None when it may be."""
    if plaintext.is_label(line) or _DATE_ONLY.match(line) or _NOT_A_TITLE.search(line):
        return _LABEL
    if len(line.split()) < MIN_TITLE_WORDS:
        return _CHROME
    if line.endswith((".", ":")):
        return "a sentence"
    return None


def title_from_text(text: str) -> tuple[str, str]:
    """The title a text gives itself, and why: among the lines before its prose starts, the first of a few words
    that is not a dateline, byline, photo credit or sentence (page chrome such as "Download" or "Breaking News"
    comes before the headline in copied pages); else the first sentence of its first line of prose."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    skipped: list[str] = []
    for line in lines[:TITLE_SEARCH_LINES]:
        if len(line) > MAX_TITLE_CHARS:
            break  # the prose has begun
        reason = _not_a_title(line)
        if reason is None:
            why = "the first line that reads as a headline"
            return line, why + (f" (after {', '.join(dict.fromkeys(skipped))})" if skipped else "")
        skipped.append(reason)
    prose = next((line for line in lines if _not_a_title(line) not in (_LABEL, _CHROME)), "") or next(
        (line for line in lines if _not_a_title(line) != _LABEL), "")
    if not prose or _SPEAKER.match(prose):
        return "", ""  # a transcript's first words ("MODERATOR: Thank you.") name nothing
    return _first_sentence(prose), "the first sentence (the text has no headline)"


def first_line(text: str) -> str:
    """The title a text gives itself (see title_from_text)."""
    return title_from_text(text)[0]


def date_from_text(text: str, url: str | None = None) -> tuple[str, str] | None:
    """The text's own date (ISO) and why: from a date in its address, else a short dated line at its top."""
    if url and (m := _URL_DATE.search(url)):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", f"the date in its address ({m.group(0).strip('/')})"
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:TITLE_SEARCH_LINES + 2]:
        if len(line) <= MAX_DATE_LINE and (m := _DATE_IN_LINE.search(line)) and (iso := _iso(m)):
            return iso, f"a dated line at its top ('{line}')"
    return None


def _iso(m: re.Match) -> str | None:
    y, mo, d = (m.group("y1") or m.group("y2") or m.group("y3"), m.group("m1") or m.group("m2") or m.group("m3"),
                m.group("d1") or m.group("d2") or m.group("d3"))
    month = int(mo) if mo.isdigit() else (_MONTHS.index(mo[:3].lower()) + 1 if mo[:3].lower() in _MONTHS else 0)
    try:
        return _dt.date(int(y), month, int(d)).isoformat()
    except ValueError:
        return None


def _first_sentence(line: str) -> str:
    stop = next((stop for stop, _ in sentence_stops(line) if stop >= MIN_SENTENCE_CHARS), None)
    head = line[:stop] if stop is not None else line
    if len(head) <= MAX_TITLE_CHARS:
        return head
    return head[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "\u2026"


def document_id(rel: str) -> str:
    """The id of the file at `rel`: its path without the extension."""
    return rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel


def make_document(rel: str, text: str, front: Mapping[str, object], folder: str = "",
                  heading: str | None = None, doc_id: str | None = None,
                  page: Mapping[str, object] | None = None) -> Document:
    """Build a Document from its path, plain text and metadata, inferring what the metadata lacks.

    `front` is what a person wrote (front matter, the folder's settings); `page` what a saved web page says of
    itself (title, site, address, date). Every value not in `front` is inferred and says why in `inferred`.
    """
    page = page or {}
    doc_id = doc_id or document_id(rel)
    stem = document_id(rel).rsplit("/", 1)[-1]
    why: dict[str, str] = {}
    title = _text_or_none(front.get("title"))
    if title is None:
        title, why["title"] = _title(text, heading, page, stem)
    url = _text_or_none(front.get("url")) or _text_or_none(page.get("url"))
    if url and not front.get("url"):
        why["url"] = "the page's own address"
    source = _text_or_none(front.get("source"))
    found = issuer.infer(stem, title, text, source or _text_or_none(page.get("source")), url)
    role, side = _role_and_side(front, found, why)
    official = role == OFFICIAL
    source = source or _inferred(why, "source", _text_or_none(page.get("source")), "the page's site name") \
        or _inferred(why, "source", *_pair(found.source(official)))
    kind = _text_or_none(front.get("kind")) or _inferred(why, "kind", *_pair(found.kind(official)))
    date = _date(front, page, text, url, why)
    parts = rel.split("/")
    event = _text_or_none(front.get("event")) or (parts[0] if len(parts) > 1 else folder)
    language = _language(front, text, why)  # before `inferred` is read: it may add why
    return Document(
        id=doc_id, path=rel, title=title, text=text, role=role, event=event, source=source,
        author=_text_or_none(front.get("author")) or _text_or_none(page.get("author")),
        side=side, kind=kind, date=date, url=url, excerpt=_flag(front.get("excerpt", False)),
        extra={k: v for k, v in front.items() if k not in KNOWN_KEYS},
        inferred={k: v for k, v in why.items() if v}, language=language,
    )


def _role_and_side(front: Mapping[str, object], found: issuer.Issuer, why: dict[str, str]) -> tuple[str, str | None]:
    """The role a person wrote, else the issuer's; and an official text's side, the issuer's when none is written
    (noting why under "role" and "side"). A side written as a country's name or common short form ("Russia",
    "UK") is its code ("RU", "GB"), the code every table of countries and the issuer's own side use: "side: UK"
    made Downing Street's readout no text of Britain's, so "Starmer's office" and "a Downing Street spokeswoman"
    cited none."""
    role = str(front.get("role") or "").strip().lower()
    if role not in ROLES:
        role, why["role"] = (OFFICIAL if found.official else OUTLET), found.why_role()
    side = _text_or_none(front.get("side"))
    side = code_of(side) or side if side else side
    if side is None and role == OFFICIAL:
        side_found = found.side()
        side, why["side"] = side_found.value, side_found.why or ""
    return role, side


def _date(front: Mapping[str, object], page: Mapping[str, object], text: str, url: str | None,
          why: dict[str, str]) -> str | None:
    """The date a person wrote, else the page's, else the one the text or its address gives (noting why)."""
    date = _text_or_none(front.get("date")) or _inferred(why, "date", _text_or_none(page.get("date")),
                                                         "the page's date")
    if date is None and (dated := date_from_text(text, url)):
        date = _inferred(why, "date", *dated)
    return date


def _language(front: Mapping[str, object], text: str, why: dict[str, str]) -> str:
    """The language a person wrote (two letters), else the one the text's common words tell (noting why when it is
    not English)."""
    language = (_text_or_none(front.get("language")) or _text_or_none(front.get("lang")) or "").lower()[:2]
    if not language:
        language = languages.detect(text)
        if language != languages.ENGLISH:
            why["language"] = f"most of its common words are {languages.name(language)}"
    return language or languages.ENGLISH


def _pair(found: issuer.Found) -> tuple[str | None, str | None]:
    return found.value, found.why


def _inferred(why: dict[str, str], key: str, value: str | None, reason: str | None) -> str | None:
    """`value`, noting why under `key` when there is one."""
    if value is not None:
        why[key] = reason or ""
    return value


def _title(text: str, heading: str | None, page: Mapping[str, object], stem: str) -> tuple[str, str]:
    """A title for a text whose metadata gives none, and why."""
    if heading:
        return heading, "the first heading"
    if page_title := _text_or_none(page.get("title")):
        return page_title, "the page's title"
    title, why = title_from_text(text)
    if title:
        return title, why
    return " ".join(re.split(r"[-_]+", stem)).strip() or stem, "the file name (the text has no headline)"
