"""The analysis cache: a folder's engine result kept under the user's cache directory and used again while nothing
that decides it has changed: the files' bytes, the folder settings, the folder's place, the engine and its model.

An entry is read only when it says it is one (format and key) and every record in it has the shape the model
gives it; anything else (a truncated write, another version's layout, a file someone put there) is ignored,
deleted and rebuilt, never trusted. Entries hold the engine's result only: analyst decisions are applied after,
so a correction never invalidates one. `--no-cache` or READOUT_VIEWER_NO_CACHE=1 analyse afresh.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
import types
import typing
import zlib
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import readout_viewer
from readout_viewer.core.loading import guard
from readout_viewer.core.loading.folder import MAX_FILE_MB_CEILING
from readout_viewer.core.model import Analysis, Claim
from readout_viewer.core.system import paths

# The layout of an entry; entries of another layout are ignored (and replaced as they are met).
FORMAT = 1
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
# The Python files whose code decides an analysis: a change to any of them is a new engine.
ENGINE_PACKAGE = Path(__file__).resolve().parents[1]


def enabled() -> bool:
    """Whether analyses may be read from and written to the cache (READOUT_VIEWER_NO_CACHE turns it off)."""
    return os.environ.get(NO_CACHE_ENV, "").strip().lower() not in ("1", "true", "yes", "on")


def folder() -> Path:
    return paths.cache_dir() / SUBDIR


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


def held_key(root: Path) -> str | None:
    """The folder's key when the cache has an entry for the folder as it is now, else None (the key walks the
    folder; the entry is not read, so a damaged one still counts: load() then finds it wanting)."""
    found = key(root)
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


# ---- the entry's records: each as the list of its fields, read back by the types the model declares

def pack(value: Any) -> Any:
    """A record as JSON-ready data: a dataclass is the list of its fields (in an Analysis, a claim's text is left
    out when it is its document's text between its offsets, as the engine makes it)."""
    if isinstance(value, Analysis):
        text = {d.id: d.text for d in value.documents}
        claims = [replace(c, text=None) if text.get(c.doc, "")[c.start:c.end] == c.text else c  # type: ignore[arg-type]
                  for c in value.claims]
        return _pack(replace(value, claims=tuple(claims)))
    return _pack(value)


def _pack(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return [_pack(getattr(value, f.name)) for f in fields(value)]
    if isinstance(value, (list, tuple)):
        return [_pack(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _pack(v) for k, v in value.items()}
    return value


@functools.cache
def _hints(cls: type) -> tuple[tuple[str, Any], ...]:
    hints: dict[str, Any] = {f.name: _hint(typing.cast(Any, f.type), cls.__module__) for f in fields(cls)}
    if cls is Claim:
        hints["text"] = str | None  # left out when its document holds it (see pack)
    return tuple((f.name, hints[f.name]) for f in fields(cls))


@functools.cache
def _hint(annotation: Any, module: str) -> Any:
    """A field's type from its annotation, as typing.get_type_hints gives it for the model's records (their module
    postpones annotations): each text evaluated once in its module (80 fields, 22 texts; get_type_hints compiled
    every one, 6 ms of a warm start's first paint)."""
    return eval(annotation, vars(sys.modules[module])) if isinstance(annotation, str) else annotation  # noqa: S307


def unpack(kind: Any, data: Any) -> Any:
    """`data` read back as a value of type `kind`; ValueError when it does not have that shape."""
    return _reader(kind)(data)


@functools.cache
def _reader(kind: Any) -> Callable[[Any], Any]:
    """The function that reads data back as a value of type `kind` (and checks its shape): worked out once per
    type from its hints, so that reading an entry of 500 articles (235,000 values) does not ask the typing
    module about every value again (that took 0.5 s of a cached folder's 2 s start)."""
    if isinstance(kind, type) and is_dataclass(kind):
        return _record_reader(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Union or origin is types.UnionType:
        optional = type(None) in args
        inner = _reader(next(a for a in args if a is not type(None)))

        def union(data: Any) -> Any:
            return None if data is None and optional else inner(data)
        return union
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _reader(args[0])

            def sequence(data: Any) -> Any:
                if not isinstance(data, list):
                    raise ValueError("not a sequence")
                return tuple(item(v) for v in data)
            return sequence
        items = tuple(_reader(a) for a in args)

        def fixed(data: Any) -> Any:
            if not isinstance(data, list):
                raise ValueError("not a sequence")
            if len(items) != len(data):
                raise ValueError("not a pair")
            return tuple(read(v) for read, v in zip(items, data))
        return fixed
    if origin is not None and issubclass(origin, Mapping):
        value = _reader(args[1]) if args else None

        def mapping(data: Any) -> Any:
            if not isinstance(data, dict):
                raise ValueError("not a mapping")
            return {k: value(v) for k, v in data.items()} if value is not None else dict(data)
        return mapping
    if kind in (str, int, bool):
        def exact(data: Any) -> Any:
            if type(data) is kind:
                return data
            raise ValueError(f"not a {kind.__name__}")
        return exact
    return functools.partial(_scalar, kind)


def _record_reader(kind: type) -> Callable[[Any], Any]:
    """The reader of a dataclass: the list of its fields, each read by its own type's reader."""
    hints = _hints(kind)
    names = tuple(name for name, _ in hints)
    make = _maker(kind, names)
    worked_out: list[tuple[Callable[[Any], Any], ...]] = []  # at the first read: a record may hold its own type

    def record(data: Any) -> Any:
        if not isinstance(data, list) or len(data) != len(names):
            raise ValueError(f"not a {kind.__name__}")
        if not worked_out:
            worked_out.append(tuple(_reader(hint) for _, hint in hints))
        return make([read(item) for read, item in zip(worked_out[0], data)])
    return record


def _maker(kind: type, names: tuple[str, ...]) -> Callable[[list[Any]], Any]:
    """How a record is made from its fields' values, in order. A plain dataclass (every field set by its
    `__init__`, nothing after it, no slots) gets them in its `__dict__` at once, as that `__init__` would set them
    one by one (a frozen one through `object.__setattr__`): 1.1 µs a record instead of 4.1 µs by keywords, the
    2,080 records of corpus/'s entry on a warm start's path to its first paint."""
    if kind is Analysis:
        return lambda values: _analysis(dict(zip(names, values)))
    if hasattr(kind, "__post_init__") or hasattr(kind, "__slots__") or not all(f.init for f in fields(kind)):
        return lambda values: kind(*values)
    new = object.__new__

    def make(values: list[Any]) -> Any:
        record: Any = new(kind)
        record.__dict__.update(zip(names, values))
        return record
    return make


def _with_text(claim: Claim, text: str) -> Claim:
    """`claim`, just read with its text left out, with that text (as `_maker` makes it)."""
    made = object.__new__(Claim)
    made.__dict__.update(claim.__dict__, text=text)
    return made


def _scalar(kind: Any, data: Any) -> Any:
    if kind is object or kind is Any:
        return data
    if kind is float and isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    if kind in (str, int, bool) and type(data) is kind:
        return data
    raise ValueError(f"not a {getattr(kind, '__name__', kind)}")


def _analysis(values: dict[str, Any]) -> Analysis:
    """The Analysis, each claim's text cut from its document (and the claims checked to lie inside it)."""
    text = {d.id: d.text for d in values["documents"]}
    claims = []
    for c in values["claims"]:
        whole = text.get(c.doc)
        if whole is None or not 0 <= c.start <= c.end <= len(whole):
            raise ValueError("a claim outside its document")
        claims.append(_with_text(c, whole[c.start:c.end]) if c.text is None else c)
    return Analysis(**{**values, "claims": tuple(claims)})
