"""The analysis cache's key: what decides a folder's analysis (its files' bytes, settings and place, the engine's
code and its sentence model) as one digest."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import readout_viewer
from readout_viewer.core.loading import guard
from readout_viewer.core.loading.folder import MAX_FILE_MB_CEILING
from readout_viewer.core.system.cachecodec import FORMAT
from readout_viewer.core.system.digest import blake2b, sha256

# The Python files whose code decides an analysis: a change to any of them is a new engine.
ENGINE_PACKAGE = Path(__file__).resolve().parents[1]
# Folders under ENGINE_PACKAGE that hold no engine source (Python's compiled files).
_NOT_SOURCES = frozenset({"__pycache__"})


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """The version and a digest of every engine source file's name, size and modification time.

    These are what Python itself looks at to decide which code runs: it uses a module's compiled file while the
    source's size and modification time (whole seconds) match the ones recorded in it, and compiles the source
    again otherwise (the default invalidation of `.pyc` files). A key made from the same facts, the time to the
    nanosecond, changes whenever the code Python runs can change, so it names the running engine as well as a
    digest of the sources' bytes would, and costs a `stat` a file instead of reading 128 files (835 kB, 37 M
    instructions of every warm start). The one edit it can miss keeps the size within one tick of the file system's
    clock (milliseconds), which Python's own check misses for a whole second. A file touched without being changed
    gives a new key: one analysis more."""
    digest = sha256(readout_viewer.__version__.encode())
    facts = "".join(f"{rel}\0{size}\0{mtime_ns}\0" for rel, size, mtime_ns in _sources(ENGINE_PACKAGE))
    digest.update(facts.encode("utf-8", "surrogateescape"))  # one update: the digest of the same bytes
    return f"{readout_viewer.__version__}+{digest.hexdigest()[:16]}"


def _sources(root: Path) -> list[tuple[str, int, int]]:
    """Every `.py` file under `root` as (its path from `root`, its size, its modification time in ns), sorted."""
    found: list[tuple[str, int, int]] = []
    _scan(str(root), "", found)
    return sorted(found)


def _scan(folder: str, prefix: str, found: list[tuple[str, int, int]]) -> None:
    """The `.py` files of `folder` and of its folders below (`prefix` its path from the root), as os.walk would
    give them: a linked folder is not entered, a folder that cannot be listed is passed over. Read from the
    listing's own entries (a path joined and a `Path` made for every folder and file cost 6 M instructions of
    every warm start's key, for 207 files)."""
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except OSError:
        return
    for entry in listed:
        if _is_dir(entry):
            if entry.name not in _NOT_SOURCES and not entry.is_symlink():
                _scan(entry.path, f"{prefix}{entry.name}/", found)
        elif entry.name.endswith(".py"):
            st = entry.stat()
            found.append((prefix + entry.name, st.st_size, st.st_mtime_ns))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # as os.walk takes it: not a folder
        return False


def model_fingerprint() -> str:
    """The sentence model the engine would use (name and weights digest, or "none"), without loading it."""
    from readout_viewer.core.linking import semantic
    return semantic.fingerprint()


# No file the loader reads is larger (max_file_mb's ceiling); a larger one is skipped, and its size is what counts.
_DIGEST_LIMIT = int(MAX_FILE_MB_CEILING * 1_000_000)
# Bytes of a file's digest: BLAKE2b cut to SHA-256's length (core/system/digest.py says why BLAKE2b for contents).
_FILE_DIGEST_BYTES = 32


def _file_digest(root: Path, rel: str) -> bytes:
    """The bytes of one file as the loader would meet them: where a link points, and the content or the error."""
    path = root / rel
    out = blake2b(rel.encode("utf-8", "surrogateescape") + b"\0", digest_size=_FILE_DIGEST_BYTES)
    try:
        if os.path.islink(path):
            out.update(b"link:" + os.fsencode(os.readlink(path)) + b"\0")
        if os.path.lexists(path):  # read as the loader reads: a FIFO, a device or a link out is never opened
            out.update(guard.read_inside(root, path, _DIGEST_LIMIT))
    except guard.Unusable as exc:  # the loader refuses it with this reason (size included when too large)
        out.update(f"unusable:{exc}".encode("utf-8", "surrogateescape"))
    except OSError as exc:
        out.update(f"error:{exc.errno}".encode())
    return out.digest()


def key(root: Path) -> str | None:
    """The cache key of a folder's analysis now, or None when it cannot be told (then nothing is cached)."""
    from readout_viewer.core.loading import folder as walk
    model = model_fingerprint()
    if not model:
        return None
    root = Path(root)
    try:
        resolved = root.resolve()
        files, problems = walk.walk(root, walk.FolderSettings())
    except (OSError, RuntimeError):
        return None
    digest = sha256(f"{FORMAT}\0{engine_fingerprint()}\0{model}\0".encode())
    digest.update(os.fsencode(str(resolved)) + b"\0")  # the folder's name can be an event's name
    digest.update(_file_digest(root, walk.SETTINGS_FILE))
    for problem in problems:
        digest.update(f"{problem.path}\0{problem.message}\0".encode("utf-8", "surrogateescape"))
    for rel in files:
        digest.update(_file_digest(root, rel))
    return digest.hexdigest()
