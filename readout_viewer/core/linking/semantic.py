"""The semantic signal: statements embedded by a sentence model, when one is installed, compared by cosine."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readout_viewer.core.model import Claim
from readout_viewer.core.system import paths
from readout_viewer.core.system.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from readout_viewer.core.language import embeddings

# The sentence model is used whenever it is installed (docs/engine.md, section 7); READOUT_VIEWER_MODEL=none
# compares by words alone even then (the tests do, so that their figures are those of a plain install).
MODEL = os.environ.get("READOUT_VIEWER_MODEL", "minilm")
# Values of READOUT_VIEWER_MODEL that turn the model off.
OFF = ("", "none", "lexical", "off")
# Above this many statements the folder is compared by words alone: embedding it would take minutes on a laptop
# (about 60 statements a second on two cores); the analysis says so.
MAX_STATEMENTS = 3000
# Cosines are rounded to this many decimals, so that a vector computed now and one read from the cache (or a
# sum taken in another order) give the same links.
COS_DIGITS = 3
# Sentences are found in the vector cache by the SHA-1 of their text, stored as raw bytes (numpy's byte strings
# drop trailing NULs: one digest in 256 never matched again, and its sentence was embedded on every run).
KEY_BYTES = 20
STORE_VERSION = "v2"
# The vector cache keeps at most this many sentences (each 768 bytes in float16), the most recently added.
CACHE_ENTRIES = 200_000


@lru_cache(maxsize=1)
def embedder() -> embeddings.Embedder | None:
    """The installed sentence model, loaded and verified once per process (None when it cannot be used)."""
    if MODEL in OFF:
        return None
    from readout_viewer.core.language import embeddings  # the weights' machinery: only when a model may be used
    return embeddings.load()


def fingerprint() -> str:
    """Which model the engine would use, without loading it ("none" for words alone): for the analysis cache."""
    if MODEL in OFF:
        return "none"
    from readout_viewer.core.language import embeddings
    if not embeddings.installed():
        return "none"
    return f"{embeddings.MINILM.name}@{embeddings.MINILM.weights.sha256[:16]}"


def used_for(statements: int) -> str:
    """What compared a folder of `statements` statements, for the analysis's engine record and its summary."""
    if embedder() is not None and statements > MAX_STATEMENTS:
        return f"words alone ({statements} statements: the sentence model is used up to {MAX_STATEMENTS})"
    return status()


def status() -> str:
    """What the engine uses, for `doctor` and the analysis summary."""
    if MODEL in OFF:  # the weights' machinery (importlib.metadata, 20 ms) is not imported to say so
        return "words alone (no sentence model: turned off)"
    model = embedder()
    if model is None:
        from readout_viewer.core.language import embeddings
        return f"words alone (no sentence model: {embeddings.last_error() or 'not installed'})"
    return f"{model.info.name} ({model.info.version}, sha256 {model.info.sha256[:12]})"


def _key(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


class _Store:
    """Vectors of sentences already embedded, by the SHA-1 of their text, on disk under the user's cache."""

    def __init__(self, model: embeddings.Embedder) -> None:
        import numpy as np
        self.np = np
        override = os.environ.get("READOUT_VIEWER_EMBEDDINGS")
        folder = Path(override) if override else paths.cache_dir() / "embeddings"
        self.path = folder / f"{model.info.sha256[:16]}-{model.info.dims}-{STORE_VERSION}.npz"
        self.vectors: dict[bytes, Any] = {}
        try:
            with np.load(self.path, allow_pickle=False) as data:
                self.vectors = dict(zip((row.tobytes() for row in data["keys"]), data["vectors"]))
        except (OSError, ValueError, KeyError):
            pass  # no cache yet, or one that cannot be read: it is rebuilt, never trusted
        self.added = False

    def get(self, texts: Sequence[str], model: embeddings.Embedder) -> Any:
        np = self.np
        keys = [_key(t) for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in self.vectors))
        if missing:
            for text, vector in zip(missing, model.embed(missing)):
                self.vectors[_key(text)] = vector.astype(np.float16)  # stored as used: the same either way
            self.added = True
        return np.stack([self.vectors[k] for k in keys]).astype(np.float32) if keys else \
            np.zeros((0, model.info.dims), np.float32)

    def save(self) -> None:
        if not self.added:
            return
        np = self.np
        items = list(self.vectors.items())[-CACHE_ENTRIES:]
        import io
        buffer = io.BytesIO()
        keys = np.frombuffer(b"".join(k for k, _ in items), dtype=np.uint8).reshape(len(items), KEY_BYTES)
        np.savez(buffer, keys=keys, vectors=np.stack([v for _, v in items]))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, buffer.getvalue())
        except OSError:
            pass  # a cache that cannot be written only costs time next run


class Semantic:
    """Cosines between the statements of one analysis (all 0.0 when no model is used)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.row: dict[str, int] = {}
        self.matrix: Any = None
        self.note: str | None = None
        model = embedder()
        if model is None or not claims:
            return
        if len(claims) > MAX_STATEMENTS:
            self.note = (f"{len(claims)} statements: compared by words alone (the semantic model is used up to "
                         f"{MAX_STATEMENTS})")
            return
        store = _Store(model)
        self.matrix = store.get([c.text for c in claims], model)
        store.save()
        self.row = {c.id: i for i, c in enumerate(claims)}

    @property
    def active(self) -> bool:
        return self.matrix is not None

    def cos(self, a: str, b: str) -> float:
        if self.matrix is None:
            return 0.0
        return round(float(self.matrix[self.row[a]] @ self.matrix[self.row[b]]), COS_DIGITS)
