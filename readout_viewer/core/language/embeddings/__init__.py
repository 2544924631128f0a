"""Offline sentence embeddings: all-MiniLM-L6-v2 run by NumPy from pinned, hash-checked weights.

    model = embeddings.load()            # None when the model cannot be used here; last_error() says why
    vectors = model.embed(["The leaders agreed to continue talks."])   # (n, 384) float32, unit rows

Nothing here opens a socket, downloads, or imports torch, transformers or sentence-transformers. The weights
are read as data files of an installed distribution (found through importlib, never imported) or
from a folder given as `model_dir`; their SHA-256 must equal the upstream digest. A verdict is kept per process
and in the user's cache keyed on the file's size, times, inode and device, so a start does not hash 87 MiB again.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout_viewer.core.language.embeddings.weights import (
    MINILM,
    ModelUnavailable,
    locate,
    read_small,
    read_verified,
    tensors,
)

__all__ = ["MINILM", "Embedder", "ModelInfo", "ModelUnavailable", "installed", "installed_version", "last_error",
           "load"]

# verify= choices: hash once then trust an unchanged file, hash in every new process, or check sizes only.
VERIFY_MODES = ("stamp", "always", "never")
_last_error: str | None = None


@dataclass(frozen=True)
class ModelInfo:
    """What produced a vector: kept beside cached vectors, which are dropped when it changes."""

    name: str      # upstream model name
    version: str   # the distribution (and version) the files came from, or "dir:<path>"
    sha256: str    # the weights' SHA-256 (equal to the pinned upstream digest)
    dims: int


class Embedder:
    """Texts to L2-normalised vectors: cosine similarity is then a dot product."""

    def __init__(self, info: ModelInfo, encoder: Any) -> None:
        self.info = info
        self._encoder = encoder

    def embed(self, texts: Sequence[str]) -> Any:
        """(len(texts), dims) float32 numpy array of unit rows; the same texts give the same bits."""
        return self._encoder.embed(list(texts))

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """The word-piece ids the model reads, [CLS] and [SEP] included."""
        return self._encoder.tokenizer.encode_batch(str(s).strip() for s in texts)


def installed() -> bool:
    """Whether numpy and the weights' distribution are installed (nothing is read or loaded)."""
    return installed_version() is not None


def installed_version() -> str | None:
    """The version of the weights' distribution when it and numpy are installed (nothing is read or imported)."""
    if importlib.util.find_spec("numpy") is None:
        return None
    package = MINILM.dist.replace("-", "_")
    spec = importlib.util.find_spec(package)  # located, never imported
    if spec is None or not spec.submodule_search_locations:
        return None
    # The wheel standard names the folder "<name>-<version>.dist-info" beside the package: read so, the version
    # costs no importlib.metadata (40-55 ms to import, a tenth of a first analysis).
    site = Path(next(iter(spec.submodule_search_locations))).parent
    found = list(site.glob(f"{package}-*.dist-info"))
    if len(found) == 1:
        return found[0].name[len(package) + 1:-len(".dist-info")]
    from importlib import metadata  # another layout (an egg, a development install), or stale folders beside
    try:
        return metadata.version(MINILM.dist)
    except metadata.PackageNotFoundError:
        return None


def last_error() -> str | None:
    """Why the last load() returned None (None after a load that worked)."""
    return _last_error


def load(*, model_dir: str | os.PathLike | None = None, verify: str = "stamp") -> Embedder | None:
    """The MiniLM embedder, or None with the reason in last_error(); never raises for a missing or altered file.

    model_dir: a folder holding model.safetensors, vocab.txt and config.json instead of the installed package.
    verify: one of VERIFY_MODES.
    """
    global _last_error
    if verify not in VERIFY_MODES:
        raise ValueError(f"verify must be one of {VERIFY_MODES}, not {verify!r}")
    try:
        try:
            import numpy  # noqa: F401
        except ImportError:
            raise ModelUnavailable("the Python package 'numpy' is not installed") from None
        from readout_viewer.core.language.embeddings.bert import Bert
        files, version = locate(MINILM, model_dir)
        blob = read_verified(files[MINILM.weights], MINILM.weights, verify)
        encoder = Bert(tensors(blob), read_small(files[MINILM.config], MINILM.config),
                       read_small(files[MINILM.vocab], MINILM.vocab).decode("utf-8"))
        if encoder.hidden != MINILM.dims:
            raise ValueError("weights do not have the expected width")
        _last_error = None
        return Embedder(ModelInfo(MINILM.name, version, MINILM.weights.sha256, MINILM.dims), encoder)
    except ModelUnavailable as e:
        _last_error = str(e)
    except (OSError, ValueError, KeyError, json.JSONDecodeError, MemoryError) as e:
        # from malformed files: a header that does not parse, a missing tensor, a vocabulary without [UNK]
        _last_error = f"{type(e).__name__}: {e}"
    return None
