"""A second start reads the cache entry alone: the readers and the engine are imported only on a miss."""

import subprocess
import sys

# What a warm start must not load: every reader (charset detection, HTML, PDF, Word) and the pipeline.
ENGINE = ("readout_viewer.core.loading.reader", "readout_viewer.core.loading.encoding",
          "readout_viewer.core.loading.webpage", "readout_viewer.core.loading.documents",
          "readout_viewer.core.analysis", "readout_viewer.core.linking.align", "charset_normalizer")
CODE = ("import sys; from pathlib import Path; from readout_viewer.core import session\n"
        "g = session.run_base(Path(sys.argv[1]))\n"
        "try:\n    next(g); print('analysed')\n    while True: next(g)\nexcept StopIteration: pass\n"
        f"print(sorted(m for m in sys.modules if m in {ENGINE!r}))")


def _start(folder) -> list[str]:
    out = subprocess.run([sys.executable, "-c", CODE, str(folder)], capture_output=True, text=True, check=True)
    return out.stdout.split("\n")


def test_a_warm_start_imports_no_reader(tmp_path, corpus, monkeypatch):
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "none")
    first = _start(corpus)
    assert first[0] == "analysed" and "readout_viewer.core.loading.reader" in first[1]
    second = _start(corpus)
    assert second[0] == "[]"  # from the cache, and nothing of the engine loaded


def test_no_cache_still_analyses(tmp_path, corpus, monkeypatch):
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "none")
    _start(corpus)
    monkeypatch.setenv("READOUT_VIEWER_NO_CACHE", "1")
    assert _start(corpus)[0] == "analysed"
