"""The start's digests come from Python's own hash modules: the same digests as hashlib's, and a warm start's key
and decisions check load neither hashlib nor OpenSSL."""

import hashlib
import subprocess
import sys

import pytest

from readout_viewer.core.system import digest

TEXTS = (b"", b"abc", "Путин и Байден\0".encode(), bytes(range(256)) * 300)


@pytest.mark.parametrize("data", TEXTS, ids=("empty", "abc", "cyrillic", "long"))
def test_same_digests_as_hashlib(data):
    assert digest.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert digest.sha1(data).digest() == hashlib.sha1(data).digest()
    assert digest.blake2b(data, digest_size=32).digest() == hashlib.blake2b(data, digest_size=32).digest()
    whole, parts = digest.sha256(), hashlib.sha256()
    for i in range(0, len(data), 1000):  # updated in pieces, as the cache key is
        whole.update(data[i:i + 1000])
        parts.update(data[i:i + 1000])
    assert whole.digest() == parts.digest()


def test_hashlib_when_python_has_none_of_its_own():
    assert digest._builtin(("no_such_module_here",), "sha256") is hashlib.sha256
    assert digest._builtin(("os",), "sha256") is hashlib.sha256  # a module without it


CODE = """
import sys
from pathlib import Path
from readout_viewer.core.decisions import where
from readout_viewer.core.linking import semantic
from readout_viewer.core.system import cachekey
key = cachekey.key(Path(sys.argv[1]))
where.saved(Path(sys.argv[1])), where.fallback_path(Path(sys.argv[1]))
print(len(key), sorted(m for m in ("hashlib", "_hashlib") if m in sys.modules))
"""


def test_a_file_digest_is_blake2b_of_its_name_and_bytes(tmp_path):
    from readout_viewer.core.system import cachekey

    (tmp_path / "a.txt").write_bytes(b"The envoy spoke.\n")
    want = hashlib.blake2b(b"a.txt\0The envoy spoke.\n", digest_size=32).digest()
    assert cachekey._file_digest(tmp_path, "a.txt") == want


def test_a_key_loads_no_openssl(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The premier spoke with the envoy on Monday about the harbour fees.\n")
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "none")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["64", "[]"]
