"""The analysis cache: a folder's engine result kept under the user's cache directory and used again while nothing
that decides it has changed: the files' bytes, the folder settings, the folder's place, the engine and its model.

An entry is read only when it says it is one (format and key) and every record in it has the shape the model
gives it; anything else (a truncated write, another version's layout, a file someone put there) is ignored,
deleted and rebuilt, never trusted. Entries hold the engine's result only: analyst decisions are applied after,
so a correction never invalidates one. `--no-cache` or READOUT_VIEWER_NO_CACHE=1 analyse afresh. This module is
the store; the key is cachekey.py's, the entry's records cachecodec.py's.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from dataclasses import replace
from pathlib import Path

from readout_viewer.core.model import Analysis
from readout_viewer.core.system import cachekey, paths
from readout_viewer.core.system.cachecodec import FORMAT, pack, unpack

# Set to 1 (or true, yes) to analyse every folder afresh, as `--no-cache` does for one command.
NO_CACHE_ENV = "READOUT_VIEWER_NO_CACHE"
# The cache directory's own folder for analyses (the engine may keep other things beside it).
SUBDIR = "analyses"
# The entries kept: the most recently used first. A 500-article folder's entry is about 2 MB, 2,000 articles
# about 8 MB, so the cap keeps the cache under a few hundred MB while remembering dozens of folders.
MAX_ENTRIES = 40
MAX_TOTAL_BYTES = 400_000_000
# zlib's fastest level: entries are mostly text, this level takes them to about a third in a few milliseconds
# a megabyte; higher levels save little more and cost a save several times as long.
COMPRESSION = 1


def enabled() -> bool:
    """Whether analyses may be read from and written to the cache (READOUT_VIEWER_NO_CACHE turns it off)."""
    return os.environ.get(NO_CACHE_ENV, "").strip().lower() not in ("1", "true", "yes", "on")


def folder() -> Path:
    return paths.cache_dir() / SUBDIR


def held_key(root: Path) -> str | None:
    """The folder's key when the cache has an entry for the folder as it is now, else None (the key walks the
    folder; the entry is not read, so a damaged one still counts: load() then finds it wanting)."""
    found = cachekey.key(root)
    return found if found is not None and _entry(found).is_file() else None


def holds(root: Path) -> bool:
    """Whether the cache has an entry for the folder as it is now (held_key)."""
    return held_key(root) is not None


def _entry(key_: str) -> Path:
    return folder() / f"{key_}.json.z"


def entry_size(key_: str) -> int:
    """The bytes of the entry kept under `key_` (OSError when there is none): what reading it will cost."""
    return _entry(key_).stat().st_size


def load(key_: str, root: str) -> Analysis | None:
    """The cached analysis for `key_` (its root set to `root`, the folder as given now), or None."""
    path = _entry(key_)
    try:
        data = json.loads(zlib.decompress(path.read_bytes()))
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key_:
            raise ValueError("not an entry of this cache")
        analysis = unpack(Analysis, data["analysis"])
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - corrupt, foreign or of another layout: ignored, and rebuilt by the caller
        _forget(path)
        return None
    _touch(path)
    return replace(analysis, root=root)


def store(key_: str, analysis: Analysis) -> None:
    """Keep `analysis` under `key_` (a cache that cannot be written is no error: the next start analyses again)."""
    from readout_viewer.core.system.atomic import write_bytes_atomic
    payload = json.dumps({"format": FORMAT, "key": key_, "analysis": pack(analysis)}, ensure_ascii=False,
                         separators=(",", ":")).encode("utf-8")
    try:
        folder().mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(_entry(key_), zlib.compress(payload, COMPRESSION))
        prune()
    except OSError:
        pass


def prune(max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_TOTAL_BYTES) -> None:
    """Drop the least recently used entries beyond the caps."""
    try:
        entries = sorted(((p.stat().st_mtime, p.stat().st_size, p) for p in folder().glob("*.json.z")),
                         reverse=True)
    except OSError:
        return
    total = 0
    for n, (_, size, path) in enumerate(entries):
        total += size
        if n >= max_entries or total > max_bytes:
            _forget(path)


def _forget(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):  # the entry was used: the last to go
        os.utime(path)
