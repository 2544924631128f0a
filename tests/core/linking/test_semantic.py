"""The semantic signal: off on a plain install, a veto on outlet links when the sentence model is installed."""

from __future__ import annotations

import hashlib

import pytest

from readout_viewer.core.language import embeddings
from readout_viewer.core.linking import align, semantic
from readout_viewer.core.model import OFFICIAL, OUTLET
from tests.builders import build, doc

needs_model = pytest.mark.skipif(not embeddings.installed(), reason="the semantic extra is not installed")


def _claims():
    us = doc("e1/us", OFFICIAL, "US", "readout", "Washington")
    paper = doc("e1/paper", OUTLET, None, "news", "The Paper", date="2020-01-02")
    a = build("/tmp/sem", [
        (us, ["The presidents agreed to halt strikes on energy infrastructure for thirty days.",
              "They discussed the exchange of prisoners of war."]),
        (paper, ["The presidents agreed to halt strikes on energy infrastructure, officials said.",
                 "The exchange of prisoners of war was discussed, the paper learned."]),
    ])
    return a.documents, {d.id: [c for c in a.claims if c.doc == d.id] for d in a.documents}


@pytest.fixture
def model_on(monkeypatch):
    monkeypatch.setattr(semantic, "MODEL", "minilm")
    semantic.embedder.cache_clear()
    yield
    semantic.embedder.cache_clear()


def test_words_alone_when_turned_off():
    assert semantic.embedder() is None
    assert semantic.fingerprint() == "none"
    assert semantic.status() == "words alone (no sentence model: turned off)"
    sem = semantic.Semantic([c for cs in _claims()[1].values() for c in cs])
    assert not sem.active and sem.cos("e1/us#1", "e1/paper#1") == 0.0


def test_a_link_far_apart_in_meaning_is_vetoed(monkeypatch):
    documents, claims_of = _claims()
    kept = {(link.a, link.b) for link in _run(align.find_links(documents, claims_of))}
    assert kept == {("e1/paper#1", "e1/us#1"), ("e1/paper#2", "e1/us#2")}

    class FarApart:
        """A model that finds the two sentences about prisoners unrelated."""
        active = True

        def __init__(self, claims):
            pass

        def cos(self, a, b):
            return 0.1 if {a, b} == {"e1/paper#2", "e1/us#2"} else 0.9
    monkeypatch.setattr(align, "Semantic", FarApart)
    kept = {(link.a, link.b) for link in _run(align.find_links(documents, claims_of))}
    assert kept == {("e1/paper#1", "e1/us#1")}


def _run(gen):
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


@needs_model
def test_the_model_is_used_and_its_vectors_cached(model_on, monkeypatch, tmp_path):
    monkeypatch.setenv("READOUT_VIEWER_EMBEDDINGS", str(tmp_path))
    claims = [c for cs in _claims()[1].values() for c in cs]
    assert semantic.status().startswith("sentence-transformers/all-MiniLM-L6-v2")
    assert semantic.fingerprint().startswith("sentence-transformers/all-MiniLM-L6-v2@53aa51172d142c89")
    first = semantic.Semantic(claims)
    same_topic = first.cos("e1/us#1", "e1/paper#1")
    assert same_topic > first.cos("e1/us#1", "e1/paper#2") and same_topic > 0.8
    assert list(tmp_path.glob("*.npz"))

    def no_embedding(texts):
        raise AssertionError("cached vectors were computed again")
    monkeypatch.setattr(semantic.embedder(), "embed", no_embedding)
    again = semantic.Semantic(claims)
    assert again.cos("e1/us#1", "e1/paper#1") == same_topic


@needs_model
def test_a_folder_too_big_is_compared_by_words_alone(model_on, monkeypatch):
    monkeypatch.setattr(semantic, "MAX_STATEMENTS", 2)
    sem = semantic.Semantic([c for cs in _claims()[1].values() for c in cs])
    assert not sem.active and "4 statements" in sem.note
    assert semantic.used_for(4).startswith("words alone (4 statements")


def test_every_cached_vector_is_found_again(monkeypatch, tmp_path):
    """Even a sentence whose digest ends in a zero byte (numpy's byte strings dropped it: that sentence was
    embedded again on every run)."""
    np = pytest.importorskip("numpy")
    monkeypatch.setenv("READOUT_VIEWER_EMBEDDINGS", str(tmp_path))
    texts = ["The premiers met on day 56.", "The premiers met on day 57."]
    assert hashlib.sha1(texts[0].encode()).digest().endswith(b"\0")

    class Model:
        info = embeddings.ModelInfo("stand-in", "test", "0" * 64, 3)
        embedded: list[str] = []

        def embed(self, batch):
            self.embedded.extend(batch)
            return np.ones((len(batch), 3), np.float32) / np.sqrt(3)
    model = Model()
    store = semantic._Store(model)
    first = store.get(texts, model)
    store.save()
    again = semantic._Store(model).get(texts, model)
    assert model.embedded == texts and (first == again).all()
