"""Loading a folder: find the documents, read front matter and folder settings, produce plain-text Documents.

Every file either becomes a Document or is named in the problems with a reason a person can act on; nothing in
a file is executed or fetched, and no file can crash or stall the load (see core/folder.py for the limits).
Normalisation of the text (documented, so "what loads is what was written" holds modulo these): line ends
become \\n, a BOM and invisible layout characters go, Markdown marks go, runs of layout spaces become one
space, hard-wrapped lines are joined, and paragraphs are separated by one blank line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from readout_viewer.core.language import languages
from readout_viewer.core.loading import documents, encoding, folder, guard, markup, metadata, plaintext, webpage
from readout_viewer.core.loading.folder import SETTINGS_FILE, FolderSettings, read_settings  # noqa: F401 (interface)
from readout_viewer.core.model import ROLES, Document, Problem

__all__ = ["FolderSettings", "Kept", "Loaded", "Problem", "Scan", "load", "load_file", "scan"]


@dataclass(frozen=True)
class Scan:
    """The candidate files of a folder (relative, '/'-separated, sorted) and what was wrong on the way."""

    files: tuple[str, ...]
    problems: tuple[Problem, ...]
    settings: FolderSettings


@dataclass(frozen=True)
class Loaded:
    """One file's outcome: the Document (None when it could not be used) and what a person should know."""

    document: Document | None
    problems: tuple[Problem, ...] = ()


# Every file is read to find the official texts before max_files leaves articles out (see Kept); once this many
# times max_files documents have been read, the rest of a huge folder is not (50,000 files took minutes).
READ_FACTOR = 2


def scan(root: Path) -> Scan:
    """List the documents under `root` (recursively) that the settings do not ignore (all of them: which ones
    max_files leaves out is decided once they are read, see Kept)."""
    settings, problems = read_settings(root)
    files, walk_problems = folder.walk(root, settings)
    problems += walk_problems
    if len(files) > READ_FACTOR * settings.max_files:  # too many to read them all: the folder's top levels first
        files.sort(key=lambda rel: (rel.count("/"), rel))
    return Scan(tuple(files), tuple(problems), settings)


class Kept:
    """The documents an analysis keeps under max_files: every official text, then the articles in name order.

    Which texts are official is known only once they are read, so every file is read; the articles beyond the
    limit are let go as soon as they are (memory stays bounded) and a Problem says how many were left out.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.official: list[Document] = []
        self.outlets: list[Document] = []
        self.read = 0

    def add(self, doc: Document) -> None:
        self.read += 1
        (self.official if doc.is_official else self.outlets).append(doc)
        del self.outlets[max(0, self.limit - len(self.official)):]

    def documents(self) -> list[Document]:
        return self.official[:self.limit] + self.outlets

    @property
    def full(self) -> bool:
        """Whether READ_FACTOR x max_files documents have been read: the folder is too big to read on."""
        return self.read >= READ_FACTOR * self.limit

    def stopped(self, unread: int) -> Problem:
        """What reading no further left unread, for the Problems list."""
        return Problem(".", f"The folder holds over {READ_FACTOR} x max_files documents: reading stopped after "
                            f"{self.read:,} of them (the folder's top levels first) and {unread:,} more file(s) "
                            "were not read (an official text among them was not seen either). Raise max_files in "
                            f"{SETTINGS_FILE} or open a smaller folder.")

    def problem(self) -> Problem | None:
        """What was left out, for the Problems list; None when every document was kept."""
        official_out = max(0, len(self.official) - self.limit)
        outlets_out = self.read - len(self.official) - len(self.outlets)
        if not official_out and not outlets_out:
            return None
        left = f"{outlets_out} article{'s' if outlets_out != 1 else ''} (the last in name order)"
        if official_out:
            left += f" and {official_out} official text{'s' if official_out != 1 else ''} (the last in name order)"
        else:
            left += "; every official text was kept"
        return Problem(".", f"The folder holds {self.read} documents, more than max_files ({self.limit}): {left} "
                            f"{'were' if outlets_out + official_out != 1 else 'was'} left out. Raise max_files "
                            f"in {SETTINGS_FILE} to compare them all.")


def _skip(rel: str, reason: str) -> Loaded:
    return Loaded(None, (Problem(rel, f"{reason[:1].upper()}{reason[1:]}; it was skipped."),))


def _read(root: Path, rel: str, limit: int) -> bytes | str:
    """The file's bytes, or the reason they cannot be used (a link out of the folder, a pipe, too large...)."""
    try:
        raw = guard.read_inside(root, root / rel, limit)
    except guard.Unusable as exc:
        reason = str(exc)
        return reason + f" (max_file_mb in {SETTINGS_FILE})" if "over the limit" in reason else reason
    except PermissionError:
        return "the file could not be opened (permission denied)"
    except OSError as exc:
        return f"the file could not be read ({exc.strerror or exc})"
    return raw if raw else "the file is empty"


def _doc_id(root: Path, rel: str) -> str:
    """The path without extension, unless another file takes that id: a sibling with the same name and a
    preferred extension ("a.md" before "a.txt"), or a file whose whole name it is ("a.txt" beside "a.txt.md")."""
    base = metadata.document_id(rel)
    own = os.path.splitext(rel)[1].lower()
    order = folder.TEXT_SUFFIXES + folder.HTML_SUFFIXES + folder.DOCUMENT_SUFFIXES
    rivals = [root / (base + suffix) for suffix in (order[:order.index(own)] if own in order else ())]
    if base != rel and base.rsplit("/", 1)[-1].lower().endswith(order):
        rivals.append(root / base)
    for other in rivals:
        try:
            if other.is_file() and not os.path.samefile(other, root / rel):
                return rel
        except OSError:  # a rival's name can be longer than the system allows (a 251-byte name + ".markdown")
            continue
    return base


# Plain text and Markdown hold at most this many characters of markup per character of text (front matter, marks,
# indentation): a file longer than the text limit times this is refused before it is taken apart line by line.
TEXT_MARKUP_FACTOR = 2


class _TooLong(ValueError):
    """A text or Markdown file too long to hold a document's text."""


def _too_long(chars: int) -> str:
    return (f"its text is {chars:,} characters, over the limit of {plaintext.MAX_TEXT_CHARS:,} (about 80,000 "
            "words) that one document may hold; split it into parts to compare it")


def _body(rel: str, text: str) -> tuple[str, dict, str | None, list[str], dict]:
    """Plain text, front-matter keys, first heading, notes and what a web page says of itself for a decoded file."""
    suffix = os.path.splitext(rel)[1].lower()
    if suffix in folder.HTML_SUFFIXES or webpage.looks_like_html(text):
        page = webpage.extract(text)
        return page.text, {}, None, [page.note] if page.note else [], dict(page.meta)
    if len(text) > TEXT_MARKUP_FACTOR * plaintext.MAX_TEXT_CHARS:  # refused before minutes of line handling
        raise _TooLong(len(text))
    front = markup.split_front_matter(text)
    notes = [front.note] if front.note else []
    if suffix in folder.MARKDOWN_SUFFIXES:
        return markup.markdown_to_text(front.body), front.keys, markup.first_heading(front.body), notes, {}
    return plaintext.plain_to_text(front.body), front.keys, None, notes, {}


def load(root: Path, rel: str, settings: FolderSettings) -> Loaded:
    """Read one file into a Document, with notes on what was wrong but mended, or say why it cannot be used.

    Never raises: the pipeline should call this (and add `problems` to the analysis's) rather than load_file.
    """
    try:
        return _load(root, rel, settings)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one file must never stop the others
        # (the web-page extractor and its parser can raise their own exception classes on hostile pages).
        return Loaded(None, (Problem(rel, f"The file could not be read (an unexpected {exc.__class__.__name__}); "
                                          "it was skipped."),))


def _text_body(rel: str, raw: bytes) -> documents.Body | str:
    """A text, Markdown or web-page file decoded: its plain text, keys, heading, notes and page metadata, or why
    not."""
    is_html = rel.lower().endswith(folder.HTML_SUFFIXES)
    try:
        decoded = encoding.decode(raw, declared=webpage.declared_charset(raw) if is_html else None)
    except encoding.NotText as exc:
        return str(exc)
    try:
        text, keys, heading, notes, page = _body(rel, encoding.normalize_text(decoded.text))
    except webpage.ExtractorMissing as exc:
        return str(exc)
    except _TooLong as exc:
        return _too_long(exc.args[0])
    if decoded.note:
        notes.insert(0, decoded.note)
    reordering = encoding.bidi_controls(decoded.text)
    if reordering:
        notes.append(f"{reordering} bidirectional control character(s) that make text display in another order "
                     "(U+202A-202E, U+2066-2069) were removed; the text is shown in the order it was written")
    return text, keys, heading, notes, page


# Front-matter keys that must be one line of text; a list or mapping there cannot be used (and was dropped silently).
_TEXT_KEYS = ("title", "source", "author", "side", "kind", "date", "url", "event")


def _unusable_keys(keys: dict) -> list[str]:
    """Notes on known front-matter keys whose values cannot be used as they are (the rest is inferred instead)."""
    wrong = [f"'{k}' holds a {'list' if isinstance(keys[k], list) else 'mapping'}, not text" for k in _TEXT_KEYS
             if isinstance(keys.get(k), (list, dict)) and keys[k]]
    role = keys.get("role")
    if role not in (None, "") and str(role).strip().lower() not in ROLES:
        wrong.append(f"'role' is {str(role)[:40]!r}, not one of {', '.join(ROLES)}")
    return [f"front-matter values that cannot be used were left out and inferred instead ({'; '.join(wrong)})"] \
        if wrong else []


def _load(root: Path, rel: str, settings: FolderSettings) -> Loaded:
    raw = _read(root, rel, settings.max_bytes)
    if isinstance(raw, str):
        return _skip(rel, raw)
    body = documents.read(rel, raw) if rel.lower().endswith(documents.SUFFIXES) else _text_body(rel, raw)
    if isinstance(body, str):
        return _skip(rel, body)
    text, keys, heading, notes, page = body
    if len(text) > plaintext.MAX_TEXT_CHARS:
        return _skip(rel, _too_long(len(text)))
    text, bounded = plaintext.bound(text)
    notes += bounded
    keys, dropped = metadata.clean_front({**keys, **settings.overrides(rel)})
    if dropped:
        notes.append(f"front-matter values too large or too deeply nested to be metadata were dropped "
                     f"({', '.join(dropped)})")
    notes += _unusable_keys(keys)
    if not text.strip():
        return _skip(rel, "the file holds no text" + (f" ({notes[0]})" if notes else ""))
    folder_name = os.fsencode(root.resolve().name).decode("utf-8", "replace")  # an event name must be text
    doc = metadata.make_document(rel, text, keys, folder=folder_name, heading=heading,
                                 doc_id=_doc_id(root, rel), page=metadata.clean_front(page)[0])
    if not doc.compared:
        notes.append(f"it is written in {languages.name(doc.language)}: the engine compares English texts, so its "
                     "claims are shown but not linked, nor checked for omissions, quotations or attributions (a "
                     "'language: en' line in its front matter says otherwise)")
    message = "; ".join(notes)
    return Loaded(doc, (Problem(rel, f"{message[:1].upper()}{message[1:]}."),) if notes else ())


def load_file(root: Path, rel: str, settings: FolderSettings) -> Document | Problem:
    """Read one file into a Document, or say why it cannot be read (notes on mended files, such as a broken
    front matter or an uncertain encoding, are only in `load`'s answer)."""
    loaded = load(root, rel, settings)
    return loaded.document if loaded.document is not None else loaded.problems[0]
