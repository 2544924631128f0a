"""The semantic signal: statements embedded by a sentence model, when one is installed, compared by cosine."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readout_viewer.core.linking.cosine_rows import Rows, cosine
from readout_viewer.core.model import Claim
from readout_viewer.core.system import paths
from readout_viewer.core.system.atomic import write_bytes_atomic
from readout_viewer.core.system.digest import sha1

if TYPE_CHECKING:
    from readout_viewer.core.language import embeddings

# The sentence model is used only when asked for (READOUT_VIEWER_MODEL=minilm), even when it is installed: it costs
# numpy, 88 MB of weights and seconds of CPU on a first analysis. Asked for, it links an outlet statement that words
# leave unlinked to its closest official claim from cosine 0.75 (linking/paraphrases.py), from 0.5 when that claim
# stands between the links of the statement's two neighbours (linking/framed_paraphrases.py), from 0.6 when it stands
# near one neighbour's link and the model is sure of the pair both ways (linking/neighbour_paraphrases.py); it links
# a claim of one side's official text to a part of the other side's compound sentence from 0.7
# (linking/part_paraphrases.py), and undoes no link the words make. Measured on 6 December 2026 (docs/engine-history.md,
# Round 34, helper sem6; 27 read events, words alone 0.872): that pass 0.876, with the veto of outlet links under
# cosine 0.45 that earlier rounds used 0.866, the veto alone 0.862 (it dropped 27 true links for 50 false ones where
# recall is the gap), so the veto is gone.
MODEL = os.environ.get("READOUT_VIEWER_MODEL", "none").strip().lower()
# Values of READOUT_VIEWER_MODEL that turn the model off (the first is the default).
OFF = ("none", "", "lexical", "off", "words")
TURNED_OFF = "words alone (the default; READOUT_VIEWER_MODEL=minilm adds the sentence model's paraphrase pass)"
# Above this many statements the folder is compared by words alone: embedding it would take minutes on a laptop
# (about 60 statements a second on two cores); the analysis says so.
MAX_STATEMENTS = 3000
# Cosines are rounded to this many decimals, so that a sum taken in another order gives the same links.
COS_DIGITS = 3
# Sentences are found in the vector cache by the SHA-1 of their text, stored as raw bytes.
KEY_BYTES = 20
# v3 is read without numpy, so that an analysis whose sentences are all cached reads no weights (0.2 s of a first
# run on corpus/) and imports numpy only for its cosines (cosine_rows.py: 60-100 ms, where summing them one by one
# in Python cost 0.25 s); a v2 cache (a numpy .npz) is left alone, and its sentences embedded once more.
STORE_VERSION = "v3"
STORE_MAGIC = b"readout-viewer vectors 3\n"
# The vector cache keeps at most this many sentences (each 768 bytes in float16), the most recently added.
CACHE_ENTRIES = 200_000


@lru_cache(maxsize=1)
def embedder() -> embeddings.Embedder | None:
    """The installed sentence model, loaded and verified once per process (None when it cannot be used)."""
    if MODEL in OFF:
        return None
    from readout_viewer.core.language import embeddings  # the weights' machinery: only when a model may be used
    return embeddings.load()


@lru_cache(maxsize=1)
def installed_model() -> embeddings.ModelInfo | None:
    """What the installed model would be, without reading its weights (None when off or not installed)."""
    if MODEL in OFF:
        return None
    from readout_viewer.core.language import embeddings
    version = embeddings.installed_version()
    if version is None:
        return None
    minilm = embeddings.MINILM
    return embeddings.ModelInfo(minilm.name, f"{minilm.dist}=={version}", minilm.weights.sha256, minilm.dims)


def fingerprint() -> str:
    """Which model the engine would use, without loading it ("none" for words alone): for the analysis cache."""
    info = installed_model()
    return "none" if info is None else f"{info.name}@{info.sha256[:16]}"


def used_for(statements: int) -> str:
    """What compared a folder of `statements` statements, for the analysis's engine record and its summary.

    The weights are not read to say so: an analysis whose vectors were all cached never loads them.
    """
    if MODEL in OFF:
        return TURNED_OFF
    info = installed_model()
    if info is None or (embedder.cache_info().currsize and embedder() is None):  # loaded here, and it failed
        return _words_alone()
    if statements > MAX_STATEMENTS:
        return f"words alone ({statements} statements: the sentence model is used up to {MAX_STATEMENTS})"
    return _named(info)


def status() -> str:
    """What the engine uses, for `doctor`: the model is loaded and its weights checked to say so."""
    if MODEL in OFF:  # whether the model is there, for a person deciding to turn it on; its weights are not read
        from readout_viewer.core.language import embeddings
        version = embeddings.installed_version()
        return f"{TURNED_OFF}; " + (f"{embeddings.MINILM.name} installed ({version}), not used" if version
                                    else "no sentence model installed")
    model = embedder()
    return _words_alone() if model is None else _named(model.info)


def _named(info: embeddings.ModelInfo) -> str:
    return f"{info.name} ({info.version}, sha256 {info.sha256[:12]})"


def _words_alone() -> str:
    from readout_viewer.core.language import embeddings
    return f"words alone (no sentence model: {embeddings.last_error() or 'not installed'})"


def _key(text: str) -> bytes:
    return sha1(text.encode("utf-8")).digest()


class _Store:
    """Vectors of sentences already embedded, by the SHA-1 of their text, on disk under the user's cache.

    One file: STORE_MAGIC, then records of KEY_BYTES of digest and `dims` little-endian float16s. A sentence seen
    but never compared holds zeros (no unit vector does): it is embedded only if it ever is compared.
    """

    def __init__(self, info: embeddings.ModelInfo) -> None:
        override = os.environ.get("READOUT_VIEWER_EMBEDDINGS")
        folder = Path(override) if override else paths.cache_dir() / "embeddings"
        self.path = folder / f"{info.sha256[:16]}-{info.dims}-{STORE_VERSION}.bin"
        self.half = struct.Struct(f"<{info.dims}e")
        self.unset = bytes(self.half.size)
        width = KEY_BYTES + self.half.size
        self.vectors: dict[bytes, bytes] = {}
        try:
            data = self.path.read_bytes()
        except OSError:
            data = b""  # no cache yet
        if data.startswith(STORE_MAGIC) and (len(data) - len(STORE_MAGIC)) % width == 0:  # else rebuilt
            view = memoryview(data)
            self.vectors = {bytes(view[i:i + KEY_BYTES]): bytes(view[i + KEY_BYTES:i + width])
                            for i in range(len(STORE_MAGIC), len(data), width)}
        self.added = False

    def seen(self, text: str) -> bool:
        """Whether the text was met before (embedded or not)."""
        return _key(text) in self.vectors

    def add(self, texts: Sequence[str], vectors: Any) -> None:
        """Keep each text's vector as float16: the vector used is the stored one, computed now or read back."""
        for text, vector in zip(texts, vectors):
            self.vectors[_key(text)] = self.half.pack(*map(float, vector))
        self.added = True

    def note_seen(self, texts: Iterable[str]) -> None:
        """Keep texts met but not embedded, so that the next analysis need not look for what it compares."""
        for text in texts:
            if self.vectors.setdefault(_key(text), self.unset) is self.unset:
                self.added = True

    def packed(self, text: str) -> bytes:
        """The text's vector: unit length, in float16 (unpacked only to be compared); b"" when not embedded."""
        vector = self.vectors.get(_key(text), self.unset)
        return b"" if vector == self.unset else vector

    def save(self) -> None:
        if not self.added:
            return
        items = list(self.vectors.items())[-CACHE_ENTRIES:]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, STORE_MAGIC + b"".join(k + v for k, v in items))
        except OSError:
            pass  # a cache that cannot be written only costs time next run
        self.added = False


class Semantic:
    """Cosines between the statements of one analysis (all 0.0 when no model is used).

    Only the statements compared are embedded: `unseen` lists those the vector cache has never met, and the
    caller embeds at once, in one batch, the ones it will compare (`embed`); any other compared later is
    embedded then.
    """

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.vector: dict[str, bytes] = {}  # statement id -> packed vector, b"" while not embedded
        self.half = ""
        self.note: str | None = None
        self.unseen: list[str] = []
        self._text: dict[str, str] = {}
        self._store: _Store | None = None
        # the cosines, a row at a time (cosine_rows.py), made again once vectors were added since
        self._rows: Rows | None = None
        self._grown = False
        info = installed_model()
        if info is None or not claims:
            return
        if len(claims) > MAX_STATEMENTS:
            self.note = (f"{len(claims)} statements: compared by words alone (the semantic model is used up to "
                         f"{MAX_STATEMENTS})")
            return
        store = _Store(info)
        unseen = [c.id for c in claims if not store.seen(c.text)]
        if unseen and embedder() is None:  # the weights are read only for sentences not met before
            return
        self._store, self._text, self.unseen = store, {c.id: c.text for c in claims}, unseen
        self.half = store.half.format  # a format, not the Struct: the object stays picklable for the lanes
        self.vector = {c.id: store.packed(c.text) for c in claims}

    def __getstate__(self) -> dict[str, Any]:
        """Without the vector cache: a copy compares the vectors it was given (the lanes embed nothing)."""
        return {**self.__dict__, "_store": None, "_rows": None}

    @property
    def active(self) -> bool:
        return bool(self.vector)

    def embed(self, ids: Iterable[str]) -> None:
        """Embed in one batch the statements among `ids` that have no vector yet; note the other unseen ones."""
        store, model = self._store, None
        todo = [i for i in dict.fromkeys(ids) if i in self.vector and not self.vector[i]]
        if store is None or (todo and (model := embedder()) is None):
            return  # the model no longer loads: these pairs are compared by words alone
        if model is not None:
            texts = [self._text[i] for i in todo]
            store.add(texts, model.embed(texts))
            self.vector.update((i, store.packed(self._text[i])) for i in todo)
            self._grown = True
        store.note_seen(self._text[i] for i in self.unseen)
        self.unseen = []

    def add(self, texts: Mapping[str, str]) -> None:
        """Compare these texts too, by the ids given (a claim's parts: `part_paraphrases`), embedded when compared."""
        if self._store is None:
            return
        for key, text in texts.items():
            if key not in self.vector:
                self._text[key] = text
                self.vector[key] = self._store.packed(text)
                self._grown = self._grown or bool(self.vector[key])

    def save(self) -> None:
        """Keep what this analysis embedded and met for the next one."""
        if self._store is not None:
            self._store.save()

    def cos(self, a: str, b: str) -> float:
        if not self.vector:
            return 0.0
        if not (self.vector[a] and self.vector[b]):
            self.embed((a, b))  # compared for the first time
            if not (self.vector[a] and self.vector[b]):
                return 1.0  # no model to tell: the words alone decide
        if self._rows is None or (self._grown and not self._rows.has(a, b)):
            self._rows, self._grown = Rows(self.vector, COS_DIGITS), False
        found = self._rows.get(a, b)
        if found is None:  # too close to a rounding boundary to take from the rows
            return cosine(struct.unpack(self.half, self.vector[a]), struct.unpack(self.half, self.vector[b]),
                          COS_DIGITS)
        return found
