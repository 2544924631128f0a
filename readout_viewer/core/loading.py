"""Loading a folder: find the documents, read front matter and folder settings, produce plain-text Documents."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import yaml

from readout_viewer.core import markup, metadata
from readout_viewer.core.model import Document, Problem

SETTINGS_FILE = "readout-viewer.yaml"
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
# Folders that hold the app's own files or tools' state, never documents.
SKIPPED_DIRS = (".readout-viewer", ".git")


@dataclass(frozen=True)
class FolderSettings:
    """What `readout-viewer.yaml` at the folder root says: files to ignore and metadata per glob."""

    ignore: tuple[str, ...] = ()
    files: Mapping[str, Mapping[str, object]] = field(default_factory=dict)


@dataclass(frozen=True)
class Scan:
    """The candidate files of a folder (relative, '/'-separated, sorted) and what was wrong on the way."""

    files: tuple[str, ...]
    problems: tuple[Problem, ...]
    settings: FolderSettings


def read_settings(root: Path) -> tuple[FolderSettings, list[Problem]]:
    """Read the folder settings file, if any; a broken one is reported and ignored."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return FolderSettings(), []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError("it is not a mapping of settings")
        ignore = tuple(str(x) for x in (data.get("ignore") or ()))
        files = {str(k): dict(v) for k, v in (data.get("files") or {}).items() if isinstance(v, dict)}
        return FolderSettings(ignore, files), []
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, TypeError, AttributeError) as exc:
        return FolderSettings(), [Problem(SETTINGS_FILE, f"The folder settings could not be read ({exc}); "
                                                         "they are ignored.")]


def _ignored(rel: str, settings: FolderSettings) -> bool:
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel.rsplit("/", 1)[-1], pat)
               for pat in settings.ignore)


def scan(root: Path) -> Scan:
    """List the documents under `root` (recursively) that the settings do not ignore."""
    settings, problems = read_settings(root)
    files = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if any(part in SKIPPED_DIRS or part.startswith(".") for part in rel.split("/")):
            continue
        if not path.is_file() or rel == SETTINGS_FILE or _ignored(rel, settings):
            continue
        if path.suffix.lower() in TEXT_SUFFIXES:
            files.append(rel)
    return Scan(tuple(files), tuple(problems), settings)


def load_file(root: Path, rel: str, settings: FolderSettings) -> Document | Problem:
    """Read one file into a Document, or say why it cannot be read."""
    try:
        raw = (root / rel).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return Problem(rel, f"The file could not be read: {exc}")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    front, body, note = markup.split_front_matter(raw)
    for pattern, keys in settings.files.items():
        if fnmatch.fnmatch(rel, pattern):
            front.update(keys)
    is_markdown = rel.lower().endswith((".md", ".markdown"))
    text = markup.markdown_to_text(body) if is_markdown else markup.plain_to_text(body)
    if not text.strip():
        return Problem(rel, "The file holds no text.")
    return metadata.make_document(rel, text, front, folder=root.resolve().name)
