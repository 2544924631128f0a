"""The analysis cache's key: what decides a folder's analysis (its files' bytes, settings and place, the engine's
code and its sentence model) as one digest."""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import readout_viewer
from readout_viewer.core.loading import guard
from readout_viewer.core.loading.folder import MAX_FILE_MB_CEILING
from readout_viewer.core.system.cachecodec import FORMAT

# The Python files whose code decides an analysis: a change to any of them is a new engine.
ENGINE_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """The version and a digest of every engine source file: the same digest, the same engine."""
    digest = hashlib.sha256(readout_viewer.__version__.encode())
    for path in sorted(ENGINE_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(ENGINE_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return f"{readout_viewer.__version__}+{digest.hexdigest()[:16]}"


def model_fingerprint() -> str:
    """The sentence model the engine would use (name and weights digest, or "none"), without loading it."""
    from readout_viewer.core.linking import semantic
    return semantic.fingerprint()


# No file the loader reads is larger (max_file_mb's ceiling); a larger one is skipped, and its size is what counts.
_DIGEST_LIMIT = int(MAX_FILE_MB_CEILING * 1_000_000)


def _file_digest(root: Path, rel: str) -> bytes:
    """The bytes of one file as the loader would meet them: where a link points, and the content or the error."""
    path = root / rel
    out = hashlib.sha256(rel.encode("utf-8", "surrogateescape") + b"\0")
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
    digest = hashlib.sha256(f"{FORMAT}\0{engine_fingerprint()}\0{model}\0".encode())
    digest.update(os.fsencode(str(resolved)) + b"\0")  # the folder's name can be an event's name
    digest.update(_file_digest(root, walk.SETTINGS_FILE))
    for problem in problems:
        digest.update(f"{problem.path}\0{problem.message}\0".encode("utf-8", "surrogateescape"))
    for rel in files:
        digest.update(_file_digest(root, rel))
    return digest.hexdigest()
