"""The sentence model's cosines computed by numpy a row at a time, each equal to the one taken term by term."""

from __future__ import annotations

from collections.abc import Mapping
from operator import mul
from typing import Any

# A cosine is the sum of the products of two vectors' float16 components, taken in order in float64 and rounded to
# a few decimals (semantic.COS_DIGITS). numpy sums in another order, so its sum may differ in the last bits; rounded,
# it is the same unless the sum lies within those bits of a rounding boundary. Every product of two float16s is
# exact in float64 (11-bit significands), so each sum of n of them is within (n - 1) * 2**-53 * sum(|products|)
# <= n * 2**-53 * |a| * |b| of the exact one, and the two within twice that: SLACK, four times more again, bounds
# how far they may lie apart per unit of |a| * |b| and dimension. A value nearer a boundary than that (or nearer
# zero, whose sign round() keeps) is taken term by term instead: about never (corpus/: 0 of 36,826).
SLACK = 2.0 ** -50
# ... plus this, for the rounding of the scaled value itself (it is at most 10**digits * 2**-52 times |a| * |b|).
ABSOLUTE = 2.0 ** -40


def cosine(a: tuple[float, ...], b: tuple[float, ...], digits: int) -> float:
    """Two vectors' cosine (a dot product: the model's vectors have unit length), summed in order, rounded."""
    return round(sum(map(mul, a, b)), digits)


class Rows:
    """Rounded cosines of the vectors given, a row at a time: a row holds one vector's cosine with every other.

    A row costs one matrix-vector product, where a cosine taken term by term costs as much in Python as a row of
    hundreds: the paraphrase pass compares each outlet statement left unlinked with every claim of the official
    texts it may report (corpus/: 36,826 cosines, 0.25 s term by term).
    """

    def __init__(self, vectors: Mapping[str, bytes], digits: int) -> None:
        """`vectors`: little-endian float16 bytes by key (b"": none yet, left out)."""
        self._rows: dict[str, list[float]] = {}
        self.index: dict[str, int] = {}
        try:
            import numpy  # the rows' arithmetic: only once a cosine is asked for
        except ImportError:  # a numpy that no longer imports: every cosine is taken term by term
            return
        self._np: Any = numpy
        keys = [key for key, vector in vectors.items() if vector]
        self.index = {key: i for i, key in enumerate(keys)}
        self.digits, self._scale = digits, 10.0 ** digits
        flat = numpy.frombuffer(b"".join(vectors[key] for key in keys), dtype="<f2").astype(numpy.float64)
        self._matrix = flat.reshape(len(keys), -1) if keys else flat.reshape(0, 0)
        self._norms = numpy.sqrt(numpy.einsum("ij,ij->i", self._matrix, self._matrix))
        self._slack = SLACK * max(1, self._matrix.shape[1])

    def has(self, a: str, b: str) -> bool:
        """Whether both keys had a vector when the rows were made."""
        return a in self.index and b in self.index

    def get(self, a: str, b: str) -> float | None:
        """The rounded cosine of `a` and `b`; None when either is not here or the rounding is too close to call."""
        row = self._rows.get(a)
        if row is None:
            if not self.has(a, b):
                return None
            row = self._rows[a] = self._row(self.index[a])
        j = self.index.get(b)
        value = None if j is None else row[j]
        return None if value is None or value != value else value  # NaN: too close to call

    def _row(self, i: int) -> list[float]:
        np, scale = self._np, self._scale
        x = self._matrix @ self._matrix[i]
        tol = self._norms * (self._norms[i] * self._slack) + ABSOLUTE
        scaled = x * scale
        near = np.rint(scaled)  # where not within `tol` of a half, as round() rounds the exact sum
        sure = (0.5 - np.abs(scaled - near) >= tol * scale) & (np.abs(x) >= tol)  # NaN and infinities: not sure
        return np.where(sure, np.copysign(near / scale, x), np.nan).tolist()
