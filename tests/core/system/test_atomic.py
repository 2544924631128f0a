"""Atomic writes: the content lands whole, no temporary file stays, permissions are those of an ordinary write."""

import os
import stat

import pytest

from readout_viewer.core.system.atomic import write_bytes_atomic, write_text_atomic


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_gets_the_umask_permissions_not_private_ones(tmp_path, umask_022):
    out = tmp_path / "export.pdf"
    write_bytes_atomic(out, b"%PDF")
    assert out.read_bytes() == b"%PDF"
    assert _mode(out) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["export.pdf"]


def test_a_replaced_file_keeps_its_permissions(tmp_path, umask_022):
    out = tmp_path / "a.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o664)  # wider than the umask allows a new file
    write_text_atomic(out, "new ✓")
    assert out.read_text(encoding="utf-8") == "new ✓"
    assert _mode(out) == 0o664
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
