"""The sentence model's cosines a row at a time: each equal to the one summed term by term, rounded alike."""

from __future__ import annotations

import random
import struct
import sys

import pytest

from readout_viewer.core.linking import cosine_rows, semantic
from readout_viewer.core.linking.cosine_rows import Rows, cosine
from tests.core.linking.test_semantic import StandIn, _claims

pytest.importorskip("numpy")


def _packed(vector: tuple[float, ...]) -> bytes:
    return struct.pack(f"<{len(vector)}e", *vector)


def _unpacked(data: bytes) -> tuple[float, ...]:
    return struct.unpack(f"<{len(data) // 2}e", data)


def test_every_cosine_of_the_rows_is_the_one_summed_term_by_term():
    """384 float16 dimensions as the model's, unit length and not: numpy's sum in another order rounds alike."""
    rng = random.Random(52)
    vectors = {}
    for n in range(60):
        raw = [rng.gauss(0.0, 1.0) for _ in range(384)]
        norm = sum(x * x for x in raw) ** 0.5 / (1.0 if n % 3 else rng.uniform(0.5, 3.0))
        vectors[f"s{n}"] = _packed(tuple(x / norm for x in raw))
    rows = Rows(vectors, 3)
    for a in vectors:
        for b in vectors:
            found = rows.get(a, b)
            assert found is not None and found == cosine(_unpacked(vectors[a]), _unpacked(vectors[b]), 3)


def test_a_cosine_on_a_rounding_boundary_is_left_to_the_sum_term_by_term():
    """Rounded to whole numbers a boundary is a half, which float16 products reach exactly: round() rounds it to
    even, and the rows do not guess; so too a cosine of zero, whose sign round() keeps."""
    vectors = {"one": _packed((1.0, 0.0)), "half": _packed((0.5, 0.25)), "two and a half": _packed((2.5, 1.0)),
               "across": _packed((0.0, 1.0)), "most": _packed((0.75, 0.5))}
    rows = Rows(vectors, 0)
    assert rows.get("one", "half") is None and rows.get("one", "two and a half") is None
    assert rows.get("one", "across") is None
    assert rows.get("one", "most") == 1.0 == cosine((1.0, 0.0), (0.75, 0.5), 0)
    assert rows.get("two and a half", "most") == 2.0 == cosine((2.5, 1.0), (0.75, 0.5), 0)  # 2.375


def test_a_key_with_no_vector_is_not_in_the_rows():
    rows = Rows({"a": _packed((1.0, 0.0)), "b": b""}, 3)
    assert not rows.has("a", "b") and rows.get("a", "b") is None and rows.get("a", "a") == 1.0


def test_the_cosines_of_a_statement_are_one_row(stand_in, monkeypatch):
    """Each statement compared costs one matrix-vector product, whatever it is compared with; a statement whose
    vector came after the rows were made is compared too, and the same whichever way."""
    claims = [c for cs in _claims()[1].values() for c in cs]
    vectors = [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.8, 0.6, 0.0), (0.0, 0.6, 0.8)]
    model = StandIn({**dict(zip((c.text for c in claims), vectors)), "a part": (0.6, 0.8, 0.0)})
    stand_in(lambda: model)
    made: list[int] = []
    row = Rows._row
    monkeypatch.setattr(Rows, "_row", lambda self, i: made.append(i) or row(self, i))
    sem = semantic.Semantic(claims)
    sem.embed(sem.vector)
    assert [sem.cos("e1/us#1", c.id) for c in claims] == [1.0, 0.0, 0.8, 0.0]
    assert sem.cos("e1/paper#1", "e1/paper#2") == 0.36 and len(made) == 2
    sem.add({"e1/us#1~part0": "a part"})
    sem.embed(["e1/us#1~part0"])
    assert sem.cos("e1/us#1~part0", "e1/paper#1") == 0.96 == sem.cos("e1/paper#1", "e1/us#1~part0")


def test_a_numpy_that_does_not_import_leaves_every_cosine_to_the_sum(monkeypatch):
    monkeypatch.setitem(sys.modules, "numpy", None)
    rows = cosine_rows.Rows({"a": _packed((0.6, 0.8)), "b": _packed((0.8, 0.6))}, 3)
    assert rows.get("a", "b") is None


