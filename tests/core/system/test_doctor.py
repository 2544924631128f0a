"""doctor's Qt-free part: versions, locations, PDF fonts and the semantic model, whatever state they are in."""

from __future__ import annotations

import sys

from readout_viewer.core.system import doctor


def test_report_names_versions_paths_fonts_and_model():
    rows = dict(doctor.report())
    assert rows["readout-viewer"].startswith("0.")
    assert rows["pypdf"][0].isdigit() and rows["PyYAML"][0].isdigit()
    for key in ("Configuration", "Cache", "Log file", "Example corpus"):
        assert rows[key].startswith("/")
    assert "DejaVuSans.ttf" in rows["PDF fonts"]
    assert "Semantic model" in rows


def test_semantic_model_says_words_alone_when_turned_off():
    from readout_viewer.core.language import embeddings
    from readout_viewer.core.linking import semantic
    there = "installed" if embeddings.installed() else "no sentence model installed"
    said = doctor.semantic_model()[1]
    assert said.startswith(semantic.TURNED_OFF + "; ") and there in said and "; numpy " in said


def test_semantic_model_says_why_a_model_does_not_load(monkeypatch):
    from readout_viewer.core.language import embeddings
    from readout_viewer.core.linking import semantic
    monkeypatch.setattr(semantic, "MODEL", "minilm")
    monkeypatch.setitem(sys.modules, "numpy", None)
    semantic.embedder.cache_clear()
    try:
        assert doctor.semantic_model()[1].startswith("words alone (no sentence model: the Python package 'numpy' "
                                                     "is not installed")
        assert embeddings.last_error() is not None
    finally:
        semantic.embedder.cache_clear()
