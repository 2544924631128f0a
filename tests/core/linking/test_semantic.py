"""The semantic signal: off unless asked for; asked for, it links paraphrases words leave unlinked and undoes no link."""

from __future__ import annotations

import hashlib
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from readout_viewer.core.language import embeddings
from readout_viewer.core.linking import align, context, semantic
from readout_viewer.core.model import OFFICIAL, OUTLET
from tests.builders import build, doc, run_to_end

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
    semantic.installed_model.cache_clear()
    yield
    semantic.embedder.cache_clear()
    semantic.installed_model.cache_clear()


def test_words_alone_when_turned_off():
    assert semantic.embedder() is None
    assert semantic.fingerprint() == "none"
    assert semantic.status().startswith(semantic.TURNED_OFF + "; ")
    assert semantic.MODEL == "none"  # a plain environment: the model is used only when asked for
    sem = semantic.Semantic([c for cs in _claims()[1].values() for c in cs])
    assert not sem.active and sem.cos("e1/us#1", "e1/paper#1") == 0.0


def test_an_installed_model_is_used_only_when_asked_for(monkeypatch):
    """Installed or not, a process whose environment does not name the model compares by words alone: the model
    lowered link F1 on every gold (docs/engine.md, section 7)."""
    monkeypatch.delenv("READOUT_VIEWER_MODEL")
    script = ("from readout_viewer.core.linking import semantic\n"
              "print(semantic.MODEL, semantic.fingerprint(), semantic.used_for(10) == semantic.TURNED_OFF)\n")
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["none", "none", "True"]


def test_the_model_undoes_no_link_the_words_make(monkeypatch):
    """The veto of links far apart in meaning was measured as a loss on the read events (Round 34) and is gone."""
    documents, claims_of = _claims()
    kept = {(link.a, link.b) for link in _run(align.find_links(documents, claims_of))}
    assert kept == {("e1/paper#1", "e1/us#1"), ("e1/paper#2", "e1/us#2")}

    class FarApart:
        """A model that finds the two sentences about prisoners unrelated (every vector cached)."""
        active = True
        unseen: list[str] = []

        def save(self):
            pass

        def embed(self, ids):
            pass

        def __init__(self, claims):
            pass

        def cos(self, a, b):  # the others not so close as to be paraphrases
            return 0.1 if {a, b} == {"e1/paper#2", "e1/us#2"} else 0.6
    monkeypatch.setattr(context, "Semantic", FarApart)
    kept = {(link.a, link.b) for link in _run(align.find_links(documents, claims_of))}
    assert kept == {("e1/paper#1", "e1/us#1"), ("e1/paper#2", "e1/us#2")}


def _run(gen):
    return run_to_end(gen)[1]


@needs_model
def test_the_model_is_used_and_its_vectors_cached(model_on, monkeypatch, tmp_path):
    monkeypatch.setenv("READOUT_VIEWER_EMBEDDINGS", str(tmp_path))
    claims = [c for cs in _claims()[1].values() for c in cs]
    assert semantic.status().startswith("sentence-transformers/all-MiniLM-L6-v2")
    assert semantic.fingerprint().startswith("sentence-transformers/all-MiniLM-L6-v2@53aa51172d142c89")
    first = semantic.Semantic(claims)
    same_topic = first.cos("e1/us#1", "e1/paper#1")
    assert same_topic > first.cos("e1/us#1", "e1/paper#2") and same_topic > 0.8
    first.save()
    assert list(tmp_path.glob("*-v3.bin"))

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


class StandIn:
    """A three-dimensional model: each text's vector is set by the test; what it embedded is recorded."""

    info = embeddings.ModelInfo("stand-in", "stand-in==1", "0" * 64, 3)

    def __init__(self, vectors):
        self.vectors = vectors
        self.embedded: list[str] = []

    def embed(self, batch):
        self.embedded.extend(batch)
        return [self.vectors[t] for t in batch]


def test_every_cached_vector_is_found_again(stand_in, tmp_path):
    """Even a sentence whose digest ends in a zero byte (numpy's byte strings once dropped it: that sentence
    was embedded again on every run)."""
    texts = ["The premiers met on day 56.", "The premiers met on day 57."]
    assert hashlib.sha1(texts[0].encode()).digest().endswith(b"\0")
    model = StandIn({texts[0]: (0.6, 0.8, 0.0), texts[1]: (0.0, 0.6, 0.8)})
    stand_in(lambda: model)
    store = semantic._Store(StandIn.info)
    store.add(texts, model.embed(texts))
    store.save()
    again = semantic._Store(StandIn.info)
    assert all(again.seen(t) for t in texts)
    assert [again.packed(t) for t in texts] == [store.packed(t) for t in texts]


def test_cached_vectors_need_no_weights(stand_in):
    """A folder whose sentences were all embedded before is compared without loading the model at all."""
    claims = [c for cs in _claims()[1].values() for c in cs]
    texts = [c.text for c in claims]
    model = StandIn(dict(zip(texts, [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.8, 0.6, 0.0), (0.0, 0.6, 0.8)])))
    stand_in(lambda: model)
    first = semantic.Semantic(claims)
    first.embed(first.vector)
    first.save()
    assert model.embedded == texts and first.cos("e1/us#1", "e1/paper#1") == 0.8

    def never_loaded():
        raise AssertionError("the weights were read although every vector was cached")
    stand_in(never_loaded)
    again = semantic.Semantic(claims)
    assert again.cos("e1/us#1", "e1/paper#1") == 0.8 and again.cos("e1/us#2", "e1/paper#2") == 0.6
    assert pickle.loads(pickle.dumps(again)).cos("e1/us#1", "e1/paper#1") == 0.8  # as the lanes would get it
    assert semantic.used_for(4) == "stand-in (stand-in==1, sha256 000000000000)"


def test_a_broken_vector_cache_is_rebuilt_not_trusted(stand_in, tmp_path):
    claims = [c for cs in _claims()[1].values() for c in cs]
    model = StandIn({c.text: (0.0, 0.0, 1.0) for c in claims})
    stand_in(lambda: model)
    path = semantic._Store(StandIn.info).path
    path.parent.mkdir(parents=True, exist_ok=True)
    for junk in (b"not a vector file", semantic.STORE_MAGIC + b"\x01" * 7):
        path.write_bytes(junk)
        model.embedded.clear()
        sem = semantic.Semantic(claims)
        assert sem.unseen == [c.id for c in claims] and sem.cos("e1/us#1", "e1/paper#2") == 1.0
        sem.save()
        assert len(model.embedded) == 2 and path.read_bytes().startswith(semantic.STORE_MAGIC)


def test_a_model_that_fails_to_load_leaves_words_alone(stand_in):
    claims = [c for cs in _claims()[1].values() for c in cs]
    stand_in(lambda: None)
    sem = semantic.Semantic(claims)
    assert not sem.active and sem.cos("e1/us#1", "e1/paper#1") == 0.0
    assert semantic.used_for(4).startswith("words alone (no sentence model:")


@needs_model
def test_a_first_run_on_cached_sentences_imports_no_numpy(monkeypatch, tmp_path):
    """In a new process whose sentences are all in the vector cache, neither numpy nor the weights are loaded."""
    monkeypatch.setenv("READOUT_VIEWER_EMBEDDINGS", str(tmp_path))
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "minilm")
    script = ("import sys\n"
              "from readout_viewer.core.linking import semantic\n"
              "from tests.core.linking.test_semantic import _claims\n"
              "sem = semantic.Semantic([c for cs in _claims()[1].values() for c in cs])\n"
              "sem.embed(sem.vector)\n"
              "sem.save()\n"
              "print(sem.active, 'numpy' in sys.modules, semantic.embedder.cache_info().currsize)\n")
    root = Path(__file__).resolve().parents[3]
    run = [subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
           .stdout.split() for _ in range(2)]
    assert run == [["True", "True", "1"], ["True", "False", "0"]]


def test_only_the_statements_compared_are_embedded(stand_in):
    """The others are noted as met, so that a later analysis of the folder loads no weights for them, and are
    embedded only when one is compared."""
    claims = [c for cs in _claims()[1].values() for c in cs]
    texts = {c.id: c.text for c in claims}
    model = StandIn(dict.fromkeys(texts.values(), (0.0, 1.0, 0.0)))
    stand_in(lambda: model)
    first = semantic.Semantic(claims)
    first.embed(["e1/us#1", "e1/paper#1"])
    first.save()
    assert model.embedded == [texts["e1/us#1"], texts["e1/paper#1"]] and first.unseen == []

    def never_loaded():
        raise AssertionError("the weights were read for statements only met before")
    stand_in(never_loaded)
    again = semantic.Semantic(claims)
    assert again.unseen == [] and again.cos("e1/us#1", "e1/paper#1") == 1.0
    stand_in(lambda: model)
    assert again.cos("e1/us#2", "e1/paper#2") == 1.0 and model.embedded[2:] == [texts["e1/us#2"],
                                                                              texts["e1/paper#2"]]


def test_a_first_analysis_embeds_what_the_paraphrase_pass_compares_in_one_batch(stand_in):
    """The statements the paraphrase pass compares are embedded in one batch, not one by one."""
    documents, claims_of = _claims()
    batches: list[list[str]] = []

    class Counting(StandIn):
        def embed(self, batch):
            batches.append(list(batch))
            return super().embed(batch)
    model = Counting({c.text: (0.0, 1.0, 0.0) for cs in claims_of.values() for c in cs})
    stand_in(lambda: model)
    links = _run(align.find_links(documents, claims_of))
    assert {(link.a, link.b) for link in links} == {("e1/paper#1", "e1/us#1"), ("e1/paper#2", "e1/us#2")}
    assert len(batches) == 1 and sorted(batches[0]) == sorted(c.text for cs in claims_of.values() for c in cs)


def test_a_text_added_beside_the_claims_is_compared_by_its_id(stand_in):
    """A claim's part (`part_paraphrases`) is compared as a claim is, embedded when compared; words alone add
    nothing."""
    claims = [c for cs in _claims()[1].values() for c in cs]
    part = "the exchange of prisoners"
    model = StandIn({**{c.text: (1.0, 0.0, 0.0) for c in claims}, part: (0.6, 0.8, 0.0)})
    stand_in(lambda: model)
    sem = semantic.Semantic(claims)
    sem.add({"e1/us#2~part0": part})
    sem.embed(["e1/us#2~part0", "e1/paper#2"])
    assert sem.cos("e1/us#2~part0", "e1/paper#2") == 0.6 and part in model.embedded
    off = semantic.Semantic([])
    off.add({"x": part})
    assert not off.active
