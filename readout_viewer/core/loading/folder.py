"""The folder itself: its settings file (readout-viewer.yaml), its limits, and a walk that survives links and locks."""

from __future__ import annotations

import errno
import fnmatch
import io
import math
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from readout_viewer.core.loading.guard import Unusable, kind, outside_reason, read_inside
from readout_viewer.core.model import Problem
from readout_viewer.core.model.record import FRESH, Record, set_field

SETTINGS_FILE = "readout-viewer.yaml"
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# PDF and Word articles, read by loading/documents.py.
DOCUMENT_SUFFIXES = (".pdf", ".docx")
# Files a person would expect to be compared but that cannot be read yet: named in the problems. Every other
# kind of file (images, audio, data, code, archives) is not a document and is skipped without a word.
UNSUPPORTED = {".doc": "Old Word (.doc)", ".odt": "OpenDocument text", ".rtf": "RTF",
               ".pages": "Pages", ".epub": "EPUB", ".mht": "web archive", ".mhtml": "web archive",
               ".webarchive": "Safari web archive", ".eml": "e-mail"}
# The Creator the app writes into its exported PDFs: those are skipped without a word (the export dialog
# suggests the folder itself as their place); every other PDF is read as an article.
OWN_PDF_CREATOR = "readout-viewer"
# Exports are a few MB; the document info of a bigger PDF is not searched (it is then read as an article).
MAX_PDF_SNIFF_BYTES = 50_000_000
_PDF_CREATOR = re.compile(rb"/Creator\s*")
# The same name in the XMP metadata, which stays readable when the document info sits in a compressed object
# stream (the app's own writer compresses it): "<xmp:CreatorTool>readout-viewer 0.1.0</xmp:CreatorTool>".
_XMP_CREATOR = re.compile(rb"<xmp:CreatorTool>\s*" + re.escape(OWN_PDF_CREATOR.encode()) + rb"(?:\s[^<]{0,40})?</")
# Folders that hold the app's own files or tools' state, never documents (hidden names are skipped too).
SKIPPED_DIRS = (".readout-viewer", ".git", "__pycache__", "node_modules")
# A readout or article is 2-100 kB, a saved page with its scripts 0.2-3 MB; 5 MB is beyond any of them, and a
# stray log or dump above it is not read at all. What a file may hold once read is bounded separately
# (plaintext.MAX_TEXT_CHARS: the engine's time grows with the text, not the bytes). Configurable: max_file_mb.
DEFAULT_MAX_FILE_MB = 5.0
# More documents than this means the wrong folder was opened (a home folder); linking grows with the
# number of claims, so the rest are left out with a note. Configurable: max_files.
DEFAULT_MAX_FILES = 2000
# Entries looked at before the walk gives up, so opening a huge tree returns quickly instead of freezing.
MAX_WALK_ENTRIES = 200_000
# The settings file is a few lines; anything larger is not one and is not parsed.
MAX_SETTINGS_BYTES = 1_000_000


@dataclass(init=False, repr=False, eq=False)
class FolderSettings(Record):
    """What `readout-viewer.yaml` at the folder root says: files to ignore, metadata per glob, limits. A record with
    its `__init__` written (`model.record`): a frozen dataclass compiles its methods at every start (cachekey's walk
    imports this module before the window's first paint)."""

    ignore: tuple[str, ...] = ()
    files: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    max_file_mb: float = DEFAULT_MAX_FILE_MB
    max_files: int = DEFAULT_MAX_FILES

    def __init__(self, ignore: tuple[str, ...] = (), files: Mapping[str, Mapping[str, object]] = FRESH,
                 max_file_mb: float = DEFAULT_MAX_FILE_MB, max_files: int = DEFAULT_MAX_FILES) -> None:
        set_field(self, "ignore", ignore)
        set_field(self, "files", {} if files is FRESH else files)
        set_field(self, "max_file_mb", max_file_mb)
        set_field(self, "max_files", max_files)

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)

    def ignores(self, rel: str) -> bool:
        name = rel.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) for pat in self.ignore)

    def overrides(self, rel: str) -> dict:
        """The metadata the settings give the file at `rel` (later globs win)."""
        out: dict = {}
        for pattern, keys in self.files.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel.rsplit("/", 1)[-1], pattern):
                out.update(keys)
        return out


# The highest values the settings accept: beyond them a single file or the folder would take the analysis hours
# (the limit README states is measured at the default; see its "Limits" section).
MAX_FILE_MB_CEILING = 50.0
MAX_FILES_CEILING = 20_000
# Keys readout-viewer.yaml may hold; any other is named in the problems (a misspelt key would otherwise do nothing).
SETTINGS_KEYS = ("ignore", "files", "max_file_mb", "max_files")


def _number(data: dict, key: str, default: float, ceiling: float, notes: list[str]) -> float:
    """A positive, finite setting no higher than `ceiling`; a wrong one is named and the default (or the ceiling)
    used instead."""
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        notes.append(f"{key} must be a positive number, not {str(value)[:40]!r}; the default {default:g} is used")
        return default
    if value > ceiling:
        notes.append(f"{key} is {value:g}, over the highest value {ceiling:g}; {ceiling:g} is used")
        return ceiling
    return value


def _patterns(data: dict, notes: list[str]) -> tuple[str, ...]:
    ignore = data.get("ignore") or ()
    if isinstance(ignore, str):
        ignore = (ignore,)
    if not isinstance(ignore, (list, tuple)):
        notes.append("ignore must be a list of file patterns; it was not used")
        return ()
    bad = [x for x in ignore if not isinstance(x, (str, int, float))]
    if bad:
        notes.append(f"{len(bad)} entr{'y' if len(bad) == 1 else 'ies'} of ignore {'is' if len(bad) == 1 else 'are'} "
                     "not a file pattern and not used")
    return tuple(str(x) for x in ignore if isinstance(x, (str, int, float)))


def _per_file(data: dict, notes: list[str]) -> dict[str, dict[str, object]]:
    files = data.get("files") or {}
    if not isinstance(files, dict):
        notes.append("files must map file patterns to metadata ('*.md': {role: outlet}); it was not used")
        return {}
    bad = [str(k) for k, v in files.items() if not isinstance(v, dict)]
    if bad:
        notes.append(f"the metadata of {', '.join(repr(b[:40]) for b in bad[:3])}{' …' if len(bad) > 3 else ''} "
                     "in files is not a mapping of keys and was not used")
    return {str(k): {str(kk): vv for kk, vv in v.items()} for k, v in files.items() if isinstance(v, dict)}


def parse_settings(data: object) -> tuple[FolderSettings, list[str]]:
    """Settings from the parsed YAML, and what was wrong in them (each wrong key is named; the others are used).

    Raises ValueError when the file is not a mapping of settings at all.
    """
    if data is None:
        return FolderSettings(), []
    if not isinstance(data, dict):
        raise ValueError("it is not a mapping of settings (key: value lines)")
    notes: list[str] = []
    unknown = [str(k) for k in data if k not in SETTINGS_KEYS]
    if unknown:
        notes.append(f"unknown setting{'s' if len(unknown) > 1 else ''} {', '.join(repr(u[:40]) for u in unknown[:5])}"
                     f" ignored (known: {', '.join(SETTINGS_KEYS)})")
    settings = FolderSettings(
        ignore=_patterns(data, notes), files=_per_file(data, notes),
        max_file_mb=float(_number(data, "max_file_mb", DEFAULT_MAX_FILE_MB, MAX_FILE_MB_CEILING, notes)),
        max_files=int(_number(data, "max_files", DEFAULT_MAX_FILES, MAX_FILES_CEILING, notes)))
    return settings, notes


def read_settings(root: Path) -> tuple[FolderSettings, list[Problem]]:
    """Read the folder settings file, if any; what is wrong in it is reported and the defaults stand in."""
    path = root / SETTINGS_FILE
    if not os.path.lexists(path):
        return FolderSettings(), []
    from readout_viewer.core.loading.yamlsafe import YamlRefused, safe_load  # YAML: only when there is a file
    try:
        data = safe_load(read_inside(root, path, MAX_SETTINGS_BYTES).decode("utf-8-sig"))
        settings, notes = parse_settings(data)
    except (OSError, UnicodeDecodeError, Unusable, YamlRefused, ValueError) as exc:
        why = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else (
            f"it could not be opened ({exc.strerror or exc})" if isinstance(exc, OSError) else str(exc))
        return FolderSettings(), [Problem(SETTINGS_FILE, f"The folder settings were not read: {why}; the defaults "
                                                         "are used.")]
    return settings, [Problem(SETTINGS_FILE, f"In the folder settings: {note}.") for note in notes]


class _Walk:
    """The state of one walk: what was found, what went wrong, what was seen (to stop loops and duplicates); a plain
    class, as a dataclass's `__init__` would be compiled at every start."""

    def __init__(self, settings: FolderSettings, root: Path) -> None:
        self.settings = settings
        self.root = root
        self.files: list[str] = []
        self.problems: list[Problem] = []
        self.seen: dict[tuple[int, int], str] = {}
        self.entries = 0


def _visit(walk: _Walk, entry: os.DirEntry, rel: str, stack: list[tuple[str, str]]) -> None:
    """Look at one directory entry: queue a folder, keep a document, name a file that cannot be used."""
    suffix = os.path.splitext(entry.name)[1].lower()
    document = suffix in TEXT_SUFFIXES + HTML_SUFFIXES + DOCUMENT_SUFFIXES
    if entry.is_symlink():
        why = outside_reason(walk.root, Path(entry.path))
        if why:
            walk.problems.append(Problem(rel, f"{why[:1].upper()}{why[1:]}; it was not read."))
            return
    try:
        st = os.stat(entry.path)  # follows links (inside the folder, as checked above)
    except OSError as exc:
        what = "a link that loops back on itself" if entry.is_symlink() and exc.errno == errno.ELOOP else (
            "a link to something that does not exist" if entry.is_symlink() else f"unreadable ({exc.strerror})")
        walk.problems.append(Problem(rel, f"It is {what}; it was skipped."))
        return
    key = (st.st_dev, st.st_ino)
    if key in walk.seen:
        walk.problems.append(Problem(rel, f"It is the same {'folder' if stat.S_ISDIR(st.st_mode) else 'file'} as "
                                          f"{walk.seen[key] or 'the folder itself'} (a link); it was read once."))
        return
    if stat.S_ISDIR(st.st_mode):
        walk.seen[key] = rel
        stack.append((entry.path, rel))
    elif not stat.S_ISREG(st.st_mode):  # devices, pipes, sockets: reading them could block forever
        if document:
            walk.problems.append(Problem(rel, f"It is {kind(st.st_mode)}, not a regular file; it was not read."))
    elif suffix == ".pdf" and _own_export(entry.path):
        return  # a PDF this app exported: not a document to compare
    elif document:
        walk.seen[key] = rel
        walk.files.append(rel)
    elif suffix in UNSUPPORTED:
        walk.problems.append(Problem(rel, f"{UNSUPPORTED[suffix]} files are not supported yet; it was skipped "
                                          "(save it as .docx, .pdf, .txt, .md or .html to compare it)."))


def _own_export(path: str) -> bool:
    """Whether a PDF is one this app exported: its document info names the app as Creator. The bytes are
    searched rather than the whole PDF parsed, which costs a tenth of a second per file."""
    from pypdf import generic
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_PDF_SNIFF_BYTES)
    except OSError:
        return False
    if _XMP_CREATOR.search(raw):
        return True
    for m in _PDF_CREATOR.finditer(raw):
        try:
            value = generic.read_object(io.BytesIO(raw[m.end():m.end() + 400]), None)
        except Exception:  # noqa: BLE001 - pypdf raises many kinds on broken bytes; those are not ours
            continue
        if str(value) == OWN_PDF_CREATOR or str(value).startswith(f"{OWN_PDF_CREATOR} "):  # with its version
            return True
    return False


def _bad_name(rel: str) -> bool:
    """Whether a name holds bytes that are not UTF-8 (Python keeps them as lone surrogates, which no text
    output, JSON or Qt string can carry)."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def walk(root: Path, settings: FolderSettings) -> tuple[list[str], list[Problem]]:
    """The candidate documents under `root` ('/'-separated, sorted) and the files and folders that were not used."""
    state = _Walk(settings, root)
    state.seen[(root.stat().st_dev, root.stat().st_ino)] = ""
    stack = [(str(root), "")]
    while stack and state.entries < MAX_WALK_ENTRIES:
        path, rel_dir = stack.pop()
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            state.problems.append(Problem(rel_dir or ".", f"The folder could not be opened ({exc.strerror}); "
                                                          "its files were skipped."))
            continue
        for entry in entries:
            state.entries += 1
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            if entry.name.startswith(".") or entry.name in SKIPPED_DIRS or rel == SETTINGS_FILE:
                continue
            if _bad_name(rel):
                state.problems.append(Problem(os.fsencode(rel).decode("utf-8", "replace"),
                                              "Its name is not valid UTF-8 text; it was skipped (rename it to "
                                              "include it)."))
            elif not settings.ignores(rel):
                _visit(state, entry, rel, stack)
    if stack:
        state.problems.append(Problem(".", f"The folder holds more than {MAX_WALK_ENTRIES} entries; the walk "
                                           "stopped there and the rest was not read."))
    return sorted(state.files), sorted(state.problems, key=lambda p: p.path)
