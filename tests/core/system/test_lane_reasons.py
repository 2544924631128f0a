"""The pool says why it gives an analysis the lanes it gives (a benchmark prints it beside its figures)."""

from readout_viewer.core.system import pool


def test_each_decision_comes_with_its_reason(monkeypatch):
    monkeypatch.delenv(pool.WORKERS_ENV, raising=False)
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (1.62, 1.0, 1.0), raising=False)
    lanes, why = pool.lanes_decided(pool.MIN_FILES)
    assert lanes == 0 and "load average 1.62 on 2 cores" in why
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.3, 1.0, 1.0), raising=False)
    assert pool.lanes_decided(pool.MIN_FILES)[0] == 1 == pool.lanes_for(pool.MIN_FILES)
    assert pool.lanes_decided(pool.MIN_FILES - 1) == (0, f"{pool.MIN_FILES - 1} files, fewer than {pool.MIN_FILES}")
    monkeypatch.setenv(pool.WORKERS_ENV, "1")
    assert pool.lanes_decided(10) == (1, f"{pool.WORKERS_ENV}=1")
