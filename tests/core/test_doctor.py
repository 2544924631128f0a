"""doctor's Qt-free part: versions, locations, PDF fonts and the semantic model, whatever state they are in."""

from __future__ import annotations

import sys
import types

from readout_viewer.core import doctor


def test_report_names_versions_paths_fonts_and_model():
    rows = dict(doctor.report())
    assert rows["readout-viewer"].startswith("0.")
    assert rows["pypdf"][0].isdigit() and rows["PyYAML"][0].isdigit()
    for key in ("Configuration", "Cache", "Log file", "Example corpus"):
        assert rows[key].startswith("/")
    assert "DejaVuSans.ttf" in rows["PDF fonts"]
    assert "Semantic model" in rows


def test_semantic_model_absent_is_not_installed(monkeypatch):
    monkeypatch.setitem(sys.modules, doctor.EMBEDDINGS_MODULE, None)  # import raises ModuleNotFoundError
    assert doctor.semantic_model()[1].startswith("not installed")


def test_semantic_model_status_is_reported_whatever_its_shape(monkeypatch):
    fake = types.ModuleType(doctor.EMBEDDINGS_MODULE)
    fake.status = lambda: {"model": "all-MiniLM-L6-v2", "loaded": True}
    monkeypatch.setitem(sys.modules, doctor.EMBEDDINGS_MODULE, fake)
    assert doctor.semantic_model()[1] == "model: all-MiniLM-L6-v2; loaded: True"

    def broken():
        raise OSError("weights missing")
    fake.status = broken
    assert doctor.semantic_model()[1] == "does not load: OSError: weights missing"


def test_a_missing_dependency_is_named():
    assert doctor.version_of("no-such-distribution", "no_such_module") == "not installed"


def test_render_aligns_labels():
    assert doctor.render([("a", "1"), ("long", "2")]) == "a:    1\nlong: 2\n"
