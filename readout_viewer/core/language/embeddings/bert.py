"""all-MiniLM-L6-v2's forward pass in NumPy: six BERT layers, mean pooling, unit-length vectors."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from readout_viewer.core.language.embeddings.wordpiece import MAX_TOKENS, WordPiece

# A batch holds at most this many padded tokens (rows x longest row) and this many texts. Measured on 2 cores
# (548 claims, medians of 5 interleaved runs): 2048/32 3.7 s, 4096/32 4.0 s, 4096/128 4.8 s, 16384/512 7.8 s;
# small batches keep the attention scores and the 1536-wide intermediate layer in cache.
BATCH_TOKENS = 2048
BATCH_TEXTS = 32
# Padding keys get this score before the softmax: their weight is then exactly 0 in float32.
PAD_SCORE = -1e9
# gelu works in chunks of this many values, so the intermediate layer's temporaries stay in cache.
GELU_CHUNK = 1 << 16
# erf for float32 (the rational approximation Eigen and XLA use; |error| < 5e-7 on [-4, 4], exact to float32
# rounding beyond): BERT's "gelu" is 0.5 x (1 + erf(x / sqrt 2)), and numpy has no erf.
_ERF_A = (-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06, -5.69250639462346e-05,
          -7.34990630326855e-04, -2.95459980854025e-03, -1.60960333262415e-02)
_ERF_B = (-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03, -7.37332916720468e-03,
          -1.42647390514189e-02)


class Bert:
    """A BERT encoder from its safetensors tensors and config.json; embed() gives mean-pooled unit vectors."""

    def __init__(self, tensors: dict[str, Any], config: bytes, vocab: str) -> None:
        import numpy as np
        self.np = np
        cfg = json.loads(config)
        if cfg.get("hidden_act") != "gelu" or cfg.get("model_type") != "bert":
            raise ValueError("config.json is not the expected BERT model")
        self.hidden, self.heads, self.eps = cfg["hidden_size"], cfg["num_attention_heads"], float(cfg["layer_norm_eps"])
        e = "embeddings."
        self.word = tensors[e + "word_embeddings.weight"]
        self.pos = tensors[e + "position_embeddings.weight"]
        self.type0 = np.ascontiguousarray(tensors[e + "token_type_embeddings.weight"][0])
        self.ln0 = (tensors[e + "LayerNorm.weight"], tensors[e + "LayerNorm.bias"])
        self.layers = [self._layer(tensors, f"encoder.layer.{i}.") for i in range(cfg["num_hidden_layers"])]
        if self.word.shape[1] != self.hidden:
            raise ValueError("weights do not have the width config.json gives")
        self.tokenizer = WordPiece(vocab, MAX_TOKENS)

    def _layer(self, t: dict[str, Any], p: str) -> tuple:
        np = self.np
        a = p + "attention."
        # one matmul for query, key and value: x @ [Wq; Wk; Wv].T
        wqkv = np.ascontiguousarray(np.concatenate([t[a + f"self.{n}.weight"] for n in ("query", "key", "value")]).T)
        bqkv = np.concatenate([t[a + f"self.{n}.bias"] for n in ("query", "key", "value")])
        return (wqkv, bqkv, t[a + "output.dense.weight"].T, t[a + "output.dense.bias"],
                (t[a + "output.LayerNorm.weight"], t[a + "output.LayerNorm.bias"]),
                t[p + "intermediate.dense.weight"].T, t[p + "intermediate.dense.bias"],
                t[p + "output.dense.weight"].T, t[p + "output.dense.bias"],
                (t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"]))

    def embed(self, texts: Sequence[str]) -> Any:
        """(len(texts), hidden) float32 rows of unit length; the same texts give the same bits on one machine."""
        np = self.np
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        ids = self.tokenizer.encode_batch(str(s).strip() for s in texts)
        for batch in batches([len(x) for x in ids], BATCH_TOKENS, BATCH_TEXTS):
            out[batch] = self._forward([ids[i] for i in batch])
        return out

    def _forward(self, seqs: list[list[int]]) -> Any:
        np = self.np
        b, n = len(seqs), max(len(s) for s in seqs)
        ids = np.zeros((b, n), dtype=np.int64)
        mask = np.zeros((b, n), dtype=np.float32)
        for i, s in enumerate(seqs):
            ids[i, :len(s)] = s
            mask[i, :len(s)] = 1.0
        x = self.word[ids.reshape(-1)]                      # (b*n, d), a copy
        x += np.tile(self.pos[:n], (b, 1))
        x += self.type0
        x = self._norm(x, *self.ln0)
        bias = ((1.0 - mask) * np.float32(PAD_SCORE))[:, None, None, :]
        for layer in self.layers:
            x = self._block(x, b, n, bias, *layer)
        x = x.reshape(b, n, self.hidden)
        pooled = np.einsum("bnd,bn->bd", x, mask) / np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
        norm = np.sqrt((pooled * pooled).sum(axis=1, keepdims=True))
        return pooled / np.maximum(norm, np.float32(1e-12))

    def _block(self, x: Any, b: int, n: int, bias: Any, wqkv: Any, bqkv: Any, wo: Any, bo: Any, ln1: tuple,
               w1: Any, b1: Any, w2: Any, b2: Any, ln2: tuple) -> Any:
        """One encoder layer: self-attention, then the feed-forward part, each with its residual and norm."""
        np = self.np
        d, h = self.hidden, self.heads
        hd = d // h
        qkv = x @ wqkv
        qkv += bqkv
        q, k, v = qkv.reshape(b, n, 3, h, hd).transpose(2, 0, 3, 1, 4)   # each (b, h, n, hd)
        s = q @ k.transpose(0, 1, 3, 2)
        s *= np.float32(1.0 / math.sqrt(hd))
        s += bias
        s -= s.max(axis=-1, keepdims=True)
        np.exp(s, out=s)
        s /= s.sum(axis=-1, keepdims=True)
        a = (s @ v).transpose(0, 2, 1, 3).reshape(b * n, d) @ wo
        a += bo
        a += x
        x = self._norm(a, *ln1)
        f = x @ w1
        f += b1
        gelu(np, f)
        y = f @ w2
        y += b2
        y += x
        return self._norm(y, *ln2)

    def _norm(self, x: Any, w: Any, b: Any) -> Any:
        np = self.np
        x = x - x.mean(axis=-1, keepdims=True)
        x *= 1.0 / np.sqrt((x * x).mean(axis=-1, keepdims=True) + np.float32(self.eps))
        x *= w
        x += b
        return x


def gelu(np: Any, x: Any) -> None:
    """x <- gelu(x) in place, in cache-sized chunks (the intermediate layer is the largest array)."""
    flat = x.reshape(-1)
    f32 = np.float32
    a = [f32(c) for c in _ERF_A]
    b = [f32(c) for c in _ERF_B]
    r2 = f32(1.0 / math.sqrt(2.0))
    for lo in range(0, flat.size, GELU_CHUNK):
        v = flat[lo:lo + GELU_CHUNK]
        z = v * r2
        np.clip(z, f32(-4.0), f32(4.0), out=z)
        z2 = z * z
        p = z2 * a[0] + a[1]
        for c in a[2:]:
            p *= z2
            p += c
        p *= z
        q = z2 * b[0] + b[1]
        for c in b[2:]:
            q *= z2
            q += c
        p /= q            # erf(v / sqrt 2)
        p += f32(1.0)
        p *= f32(0.5)
        v *= p


def batches(lengths: Sequence[int], max_tokens: int, max_texts: int) -> list[list[int]]:
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
