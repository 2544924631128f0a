"""Writing files: atomically (a temporary file beside the target, flushed, fsynced and renamed over it), through the
links, pipes and terminals a person names as an output, and never over a link or device the app did not ask for."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

# Permissions of a new file before the umask, as open() and every editor give it (tempfile's 0600 would make an
# exported PDF or JSON unreadable to the colleagues and services the user's umask lets read it).
NEW_FILE_MODE = 0o666
# Random temporary names tried before giving up; a clash needs another writer using the same random name.
NAME_ATTEMPTS = 100
# The longest file name most file systems take (ext4, APFS, NTFS: 255 bytes or UTF-16 units); the temporary
# name adds a dot, 8 hex digits and ".tmp" to the target's, so a long target name is shortened in it.
MAX_NAME_BYTES = 255
_TEMP_EXTRA_BYTES = len(".") + len(".") + 8 + len(".tmp")
# Kinds of file that a person may name as an output and that are written through, not replaced: a named pipe
# (`-o fifo` feeding another program), a character device (/dev/null, a terminal).
_STREAMS = (stat.S_ISFIFO, stat.S_ISCHR)


class NotAFile(OSError):
    """The target is not a regular file and is not written (a folder, a disk, a socket, or a link or device
    where the app keeps its own files); `strerror` says so for a person."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(0, why, str(path))


def _temp_name(path: Path) -> str:
    """`.<name>.<8 hex>.tmp`, with the name shortened (on a character boundary) to keep within MAX_NAME_BYTES."""
    name = path.name
    while len(os.fsencode(name)) + _TEMP_EXTRA_BYTES > MAX_NAME_BYTES:
        name = name[:-1]
    return f".{name}.{os.urandom(4).hex()}.tmp"  # what secrets.token_hex(4) gives, without importing it


def temporary(path: Path) -> tuple[int, Path]:
    """A new empty file beside `path`, open for writing, with the permissions `path` has (or a new file gets)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = None
    for _ in range(NAME_ATTEMPTS):
        tmp = path.parent / _temp_name(path)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), NEW_FILE_MODE)
        except FileExistsError:
            continue
        if mode is not None:
            with contextlib.suppress(OSError):  # the umask must not narrow the permissions of a file being replaced
                os.chmod(tmp, mode)
        return fd, tmp
    raise FileExistsError(f"no free temporary name beside {path}")


def _replace(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path` and rename it over `path`."""
    fd, tmp = temporary(path)
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


def replace_file(path: Path, data: bytes) -> None:
    """Atomically replace the app's own file at `path` (a crash leaves the old file or the new one, never half of
    one); refuse with NotAFile when `path` is a link, pipe or device rather than a regular file or nothing."""
    path = Path(path)
    with contextlib.suppress(FileNotFoundError):
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode):
            what = "a link" if stat.S_ISLNK(st.st_mode) else "not a regular file"
            raise NotAFile(path, f"it is {what}, and only a regular file is replaced there")
    _replace(path, data)


def _standard_stream(st: os.stat_result) -> int | None:
    """The file descriptor (1 or 2) of this process's standard output or error that `st` is, if any."""
    for fd in (1, 2):
        try:
            own = os.fstat(fd)
        except OSError:
            continue
        if (own.st_dev, own.st_ino) == (st.st_dev, st.st_ino):
            return fd
    return None


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _write_through(path: Path, data: bytes) -> None:
    """Write to a pipe or character device as a shell's `>` would (no temporary file: they cannot be renamed)."""
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        _write_fd(fd, data)
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to the output `path` a person named: a regular file (or none) is replaced atomically; through
    a link, the file it points to is (the link stays); a pipe, a terminal or /dev/null is written through, and
    this process's standard output or error (`-o /dev/stdout`) is written as it stands (appending after `>>`).
    A folder, a disk device or a socket is refused with NotAFile."""
    path = Path(path)
    try:
        st: os.stat_result | None = os.stat(path)  # follows links
    except FileNotFoundError:
        st = None
    if st is None:
        _replace(Path(os.path.realpath(path)) if os.path.islink(path) else path, data)  # a dangling link: its target
        return
    if stat.S_ISDIR(st.st_mode):
        raise NotAFile(path, "it is a folder; name a file in it")
    stream = _standard_stream(st)
    if stream is not None:
        for python_stream in (sys.stdout, sys.stderr):  # what Python buffered goes out first
            with contextlib.suppress(Exception):
                python_stream.flush()
        _write_fd(stream, data)
    elif stat.S_ISREG(st.st_mode):
        _replace(Path(os.path.realpath(path)) if os.path.islink(path) else path, data)
    elif any(test(st.st_mode) for test in _STREAMS):
        _write_through(path, data)
    else:
        raise NotAFile(path, "it is a disk device or a socket, which is never written")


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
