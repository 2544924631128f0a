"""The engine's sources read for the cache key from the folders' own listings: the files, sizes and times os.walk
gives, and the same fingerprint as one digest update a file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import readout_viewer
from readout_viewer.core.system import cachekey


def _walked(root: Path) -> list[tuple[str, int, int]]:
    """The sources as os.walk finds them (a linked folder not entered, compiled files' folders left out)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        base = Path(folder).relative_to(root).as_posix()
        for name in files:
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                found.append((name if base == "." else f"{base}/{name}", st.st_size, st.st_mtime_ns))
    return sorted(found)


def _engine(tmp_path: Path) -> Path:
    """A small engine: modules at the top and two levels down, compiled files, other files, a linked module and a
    linked folder (whose modules are not the engine's)."""
    engine, elsewhere = tmp_path / "core", tmp_path / "elsewhere"
    for folder in (engine / "linking" / "deep", engine / "__pycache__", engine / "quotes", elsewhere):
        folder.mkdir(parents=True)
    for n, rel in enumerate(("rules.py", "linking/__init__.py", "linking/align.py", "linking/deep/x.py",
                             "quotes/check.py", "__pycache__/rules.py", "linking/notes.txt", "quotes/check.pyc")):
        (engine / rel).write_text("X = 1\n" * (n + 1))
        os.utime(engine / rel, ns=(1_700_000_000_000_000_000 + n, 1_700_000_000_000_000_000 + 7 * n))
    (elsewhere / "outside.py").write_text("Y = 2\n")
    (elsewhere / "other.py").write_text("Z = 3\n")
    (engine / "linking" / "linked.py").symlink_to(elsewhere / "outside.py")
    (engine / "linked_folder").symlink_to(elsewhere, target_is_directory=True)
    return engine


def test_the_sources_are_those_os_walk_gives(tmp_path):
    engine = _engine(tmp_path)
    found = cachekey._sources(engine)
    assert found == _walked(engine)
    assert [rel for rel, _, _ in found] == ["linking/__init__.py", "linking/align.py", "linking/deep/x.py",
                                           "linking/linked.py", "quotes/check.py", "rules.py"]


def test_the_fingerprint_is_the_digest_of_each_source_in_turn(tmp_path, monkeypatch):
    engine = _engine(tmp_path)
    digest = hashlib.sha256(readout_viewer.__version__.encode())
    for rel, size, mtime_ns in _walked(engine):
        digest.update(f"{rel}\0{size}\0{mtime_ns}\0".encode("utf-8", "surrogateescape"))
    monkeypatch.setattr(cachekey, "ENGINE_PACKAGE", engine)
    cachekey.engine_fingerprint.cache_clear()
    try:
        assert cachekey.engine_fingerprint() == f"{readout_viewer.__version__}+{digest.hexdigest()[:16]}"
    finally:
        cachekey.engine_fingerprint.cache_clear()
