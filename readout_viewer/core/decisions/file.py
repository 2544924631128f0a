"""The decisions file on disk: where it lives (beside the documents or in the user's configuration), reading it
safely, locking it between writers, keeping the last good copy and clearing what a killed writer left."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock

from readout_viewer.core.decisions.record import Decision, DecisionError, from_dict
from readout_viewer.core.decisions.where import FILE_NAME, HASH_DIGITS, fallback_path, folder_path  # noqa: F401
from readout_viewer.core.loading import guard
from readout_viewer.core.loading.yamlsafe import YamlRefused, safe_load
from readout_viewer.core.system.atomic import write_bytes_atomic
from readout_viewer.core.system.paths import APP_DIR

VERSION = 1
# An analyst's decisions file holds hundreds of entries (about 230 bytes each); 5 MB is over 20,000 of them and
# takes about 5-10 s to read on a 2-core laptop (off the window's thread). A bigger file is not made by hand and
# is not read (100,000 generated entries took over a minute and a gigabyte): decisions then stay read-only.
MAX_FILE_BYTES = 5_000_000
# How long a save waits for another window or process to finish its own save of the same file (each takes
# milliseconds; a minute means the other one is stuck, and this save reports it rather than waiting forever).
LOCK_TIMEOUT_S = 60.0
# The copy of the file as it was before the last save, kept beside it.
BACKUP_SUFFIX = ".bak"


def folder_writable(folder: Path) -> bool:
    """Whether the decisions file beside the documents can be created or replaced."""
    app_dir = Path(folder) / APP_DIR
    if app_dir.is_dir():
        return os.access(app_dir, os.W_OK | os.X_OK)
    return os.access(folder, os.W_OK | os.X_OK)


@dataclass
class FileContent:
    """What a decisions file held."""

    decisions: list[Decision] = field(default_factory=list)
    unreadable: list[Any] = field(default_factory=list)  # entries kept as they are, written back on save
    problems: list[str] = field(default_factory=list)  # entry by entry, for a person
    fatal: str | None = None  # why the whole file cannot be used


def parse(text: str) -> FileContent:
    try:
        data = safe_load(text, max_chars=MAX_FILE_BYTES)
    except YamlRefused as exc:
        return FileContent(fatal=str(exc))
    if data is None:
        return FileContent()
    if not isinstance(data, Mapping) or "version" not in data:
        return FileContent(fatal="it does not start with 'version: 1'")
    if data["version"] != VERSION:
        newer = isinstance(data["version"], int) and data["version"] > VERSION
        return FileContent(fatal=f"it is version {data['version']!r}" + (", written by a newer readout-viewer"
                                                                    if newer else ", which is unknown"))
    entries = data.get("decisions") or []
    if not isinstance(entries, list):
        return FileContent(fatal="'decisions' is not a list")
    out = FileContent()
    for n, entry in enumerate(entries, 1):
        try:
            out.decisions.append(from_dict(entry))
        except DecisionError as exc:
            out.unreadable.append(entry)
            out.problems.append(f"entry {n}: {exc}")
    return out


def read_bytes(path: Path, root: Path) -> bytes | None:
    """The file's bytes (None when there is none); raise guard.Unusable when it is a link out of `root`, a FIFO,
    a device or too large, OSError when the system refuses."""
    if not os.path.lexists(path):
        return None
    return guard.read_inside(root, path, MAX_FILE_BYTES)


def read(path: Path, root: Path) -> FileContent:
    """What the decisions file at `path` (inside `root`) holds; never raises."""
    try:
        data = read_bytes(path, root)
    except guard.Unusable as exc:
        return FileContent(fatal=str(exc))
    except OSError as exc:
        return FileContent(fatal=f"it cannot be read ({exc.strerror or exc})")
    if data is None:
        return FileContent()
    try:
        return parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        return FileContent(fatal="it is not UTF-8 text")


def backup(path: Path, folder: Path) -> Path | None:
    """Copy an unusable file beside it (else to the configuration directory) once per distinct content, with the
    original's permissions; only a regular file inside the folder is ever copied (never a link's target)."""
    root = path.parent if path.parent != folder_path(folder).parent else folder
    try:
        data = guard.read_inside(root, path, MAX_FILE_BYTES)
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except (OSError, guard.Unusable):
        return None
    name = f"{path.name}.unreadable-{hashlib.sha256(data).hexdigest()[:8]}"
    for directory in (path.parent, fallback_path(folder).parent):
        target = directory / name
        try:
            if not target.exists():
                directory.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(target, data)
                os.chmod(target, mode)
            return target
        except OSError:
            continue
    return None


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the operating system's lock on `path` (its `.lock` beside it) while reading, merging and writing it.

    filelock takes flock() on Linux and macOS and LockFileEx on Windows; a lock is released when its holder
    exits or is killed, so a crashed window never blocks the others. Raises TimeoutError (an OSError) after
    LOCK_TIMEOUT_S.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_S)
    with lock:
        yield


def clean_stale(path: Path) -> list[Path]:
    """Remove the temporary files that a writer killed mid-save left beside `path` (call with the lock held:
    every writer holds it from creating its temporary file to renaming it, so any found then is stale)."""
    pattern = re.compile(rf"\.{re.escape(path.name)}(?:{re.escape(BACKUP_SUFFIX)})?\.[0-9a-f]{{8}}\.tmp")
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def keep_backup(path: Path) -> None:
    """Keep the file as it is now as `<name>.bak` before it is replaced (a hard link, else a copy)."""
    bak = path.with_name(path.name + BACKUP_SUFFIX)
    if not os.path.isfile(path) or os.path.islink(path):
        return
    with contextlib.suppress(OSError):
        if os.path.samefile(path, bak):
            return  # already kept (a save that failed after keeping it)
    tmp = path.with_name(f".{path.name}{BACKUP_SUFFIX}.{os.urandom(4).hex()}.tmp")
    try:
        os.link(path, tmp)
        os.replace(tmp, bak)
    except OSError:  # no hard links here (FAT, some network shares): copy instead
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        with contextlib.suppress(OSError):
            write_bytes_atomic(bak, path.read_bytes())
