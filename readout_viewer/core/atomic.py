"""Atomic file writes: a temporary file beside the target, flushed, fsynced and renamed over it."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

# Permissions of a new file before the umask, as open() and every editor give it (tempfile's 0600 would make an
# exported PDF or JSON unreadable to the colleagues and services the user's umask lets read it).
NEW_FILE_MODE = 0o666
# Random temporary names tried before giving up; a clash needs another writer using the same random name.
NAME_ATTEMPTS = 100


def _temporary(path: Path) -> tuple[int, Path]:
    """A new empty file beside `path`, open for writing, with the permissions `path` has (or a new file gets)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = None
    for _ in range(NAME_ATTEMPTS):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), NEW_FILE_MODE)
        except FileExistsError:
            continue
        if mode is not None:
            with contextlib.suppress(OSError):  # the umask must not narrow the permissions of a file being replaced
                os.chmod(tmp, mode)
        return fd, tmp
    raise FileExistsError(f"no free temporary name beside {path}")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one, never half of one."""
    path = Path(path)
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
