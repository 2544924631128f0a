"""A pasted article saved as a Markdown file with front matter in the open folder: never over another file, never
half-written, in the event's own subfolder when the event is one."""

from __future__ import annotations

import datetime as _dt
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from readout_viewer.core.loading import metadata
from readout_viewer.core.system.atomic import temporary

# A file name is made from this many characters of the title at most: long enough to tell articles apart,
# short enough for every file system and a file dialog's column.
MAX_SLUG_CHARS = 60
# Numbered names tried ("title-2.md" ... ) before giving up: a folder never holds that many same-named pastes.
MAX_NUMBERED = 999
# The key that records when the text was pasted (the article's own date goes in `date` when known).
PASTED_KEY = "pasted"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_LINE_END = re.compile(r"\r\n?")


class NothingToSave(ValueError):
    """The text holds nothing but spaces."""


@dataclass(frozen=True)
class Pasted:
    """What the person pasted and said about it; empty strings are left out of the front matter."""

    text: str
    title: str = ""
    source: str = ""
    author: str = ""
    url: str = ""
    date: str = ""
    role: str = ""  # "official" or "outlet"; empty: inferred on loading, as for any file
    event: str = ""  # the event's name; empty: the open folder's


def suggest_title(text: str) -> str:
    """The title a pasted article most likely has: its first line of three words or more (the headline)."""
    return metadata.first_line(clean(text)) or ""


def clean(text: str) -> str:
    """The pasted text with its line ends made \\n, trailing spaces gone, and no blank lines before or after."""
    lines = [line.rstrip() for line in _LINE_END.sub("\n", text).split("\n")]
    return "\n".join(lines).strip("\n")


def slug(title: str) -> str:
    """A file name stem from a title: lower-case ASCII words joined by hyphens ("pasted" when none are left)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    words = _NOT_SLUG.sub("-", ascii_title).strip("-")
    return words[:MAX_SLUG_CHARS].rstrip("-") or "pasted"


def markdown(pasted: Pasted, today: _dt.date) -> str:
    """The file's text: YAML front matter with the given fields and the paste date, then the text."""
    body = clean(pasted.text)
    if not body.strip():
        raise NothingToSave("the pasted text is empty")
    keys = {k: v.strip() for k, v in (("title", pasted.title), ("source", pasted.source), ("author", pasted.author),
                                      ("url", pasted.url), ("date", pasted.date), ("role", pasted.role),
                                      ("event", pasted.event)) if v.strip()}
    keys[PASTED_KEY] = today.isoformat()
    front = yaml.safe_dump(keys, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body}\n"


def target_folder(root: Path, event: str) -> tuple[Path, bool]:
    """Where the file goes, and whether the event must be written in its front matter: the event's subfolder
    when the folder holds one of that name (its documents' event is the subfolder), else the folder itself."""
    if event and event == root.resolve().name:
        return root, False
    sub = root / event if event and "/" not in event and event not in (".", "..") else None
    if sub is not None and sub.is_dir():
        return sub, False
    return root, bool(event)


def _link_exclusive(temp: Path, target: Path) -> bool:
    """Give the written temporary file the target's name unless that name exists; False when it does."""
    try:
        os.link(temp, target)  # fails when the target exists: nothing is ever replaced
        return True
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: an exclusive create, then a copy of the bytes
        try:
            with open(target, "xb") as f:
                f.write(temp.read_bytes())
            return True
        except FileExistsError:
            return False


def save(root: Path, pasted: Pasted, today: _dt.date | None = None) -> Path:
    """Write the pasted article into the folder `root`; the path written. Never overwrites: a taken name gets
    "-2", "-3"… Raises NothingToSave for an empty text, OSError when the folder cannot be written."""
    folder, needs_event = target_folder(Path(root), pasted.event.strip())
    if not needs_event:
        pasted = Pasted(**{**pasted.__dict__, "event": ""})
    text = markdown(pasted, today or _dt.date.today())
    stem = slug(pasted.title or suggest_title(pasted.text))
    fd, temp = temporary(folder / f"{stem}.md")  # a new file's permissions (tempfile's 0600 hid it from colleagues)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        for n in range(1, MAX_NUMBERED + 1):
            target = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
            if not target.exists() and _link_exclusive(temp, target):
                return target
        raise FileExistsError(f"{folder} already holds {MAX_NUMBERED} files named {stem}")
    finally:
        temp.unlink(missing_ok=True)
