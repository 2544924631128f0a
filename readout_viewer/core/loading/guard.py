"""Opening a file of a folder only when it is a regular file inside that folder, never more than a size limit.

A shared folder (a git checkout, an archive, a synced drive) can hold a link to /etc/passwd, to a private file of
the person opening it, to /dev/zero, or a named pipe: following the link would put a stranger's file into the
analysis, its JSON and its PDF; reading the device or the pipe would never end. Every file the app reads from a
folder (documents, the folder settings, the decisions file) goes through read_inside().
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Flags that make open() safe on a path that might not be a regular file: a FIFO opens without waiting for a
# writer, a terminal does not become the controlling one, and a link swapped in at the last moment is refused.
# (Windows has none of these, nor FIFOs or device links in a folder.)
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a disk device"), (stat.S_ISSOCK, "a socket"))


class Unusable(ValueError):
    """A file that is not read, with why as a clause for a person ("it is a link to /etc/passwd, outside ...")."""


def kind(mode: int) -> str:
    """What a file of this mode is, in words: "a regular file", "a named pipe (FIFO)", "a device"…"""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def _within(real_root: str, real: str) -> bool:
    try:
        return os.path.commonpath([real_root, real]) == real_root
    except ValueError:  # different drives on Windows
        return False


def inside(root: Path, path: Path) -> bool:
    """Whether `path`, with every link in it followed, is `root` or lies under it (root's links followed too)."""
    return _within(os.path.realpath(root), os.path.realpath(path))


def _outside(path: Path, real: str) -> str:
    try:
        target = os.readlink(path) if os.path.islink(path) else real
    except OSError:
        target = real
    return f"it is a link to {target}, outside the folder (links out of the folder are never followed)"


def outside_reason(root: Path, path: Path) -> str | None:
    """Why `path` must not be followed (a link out of `root`), or None when it stays inside."""
    real = os.path.realpath(path)
    return None if _within(os.path.realpath(root), real) else _outside(path, real)


def read_inside(root: Path, path: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file inside `root` of at most `limit` bytes; raise Unusable saying why not
    (a link out of the folder, a FIFO, a device, a folder, too large), or OSError when the system refuses."""
    real = os.path.realpath(path)  # each link resolved once: the walk reads thousands of files
    if not _within(os.path.realpath(root), real):
        raise Unusable(_outside(path, real))
    fd = os.open(real, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Unusable(f"it is {kind(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise Unusable(f"it is {st.st_size / 1e6:.1f} MB, over the limit of {limit / 1e6:g} MB")
        chunks, left = [], limit + 1
        while left > 0:  # a file that grows while it is read stops at the limit
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise Unusable(f"it grew over the limit of {limit / 1e6:g} MB while it was read")
    return data
