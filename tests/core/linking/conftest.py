"""Fixtures shared by the linking tests: the stand-in sentence model as the installed one."""

from __future__ import annotations

from functools import lru_cache

import pytest

from readout_viewer.core.linking import semantic


@pytest.fixture
def stand_in(monkeypatch, tmp_path):
    """The stand-in as the installed model (test_semantic.StandIn), its vectors cached in tmp_path; returns a setter
    for what loads it."""
    from tests.core.linking.test_semantic import StandIn
    monkeypatch.setenv("READOUT_VIEWER_EMBEDDINGS", str(tmp_path))
    monkeypatch.setattr(semantic, "MODEL", "minilm")
    monkeypatch.setattr(semantic, "installed_model", lambda: StandIn.info)

    def use(load):
        monkeypatch.setattr(semantic, "embedder", lru_cache(maxsize=1)(load))
    return use
