"""Digests for the start's keys from Python's own hash modules, without the OpenSSL that hashlib loads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# `import hashlib` loads OpenSSL's libcrypto and asks it for every algorithm hashlib names: 11.5 M instructions,
# which every start paid before its first paint (for the cache's key and the decisions file's place) and a bare Qt
# window does not. CPython's own implementations, the modules hashlib itself falls back on when OpenSSL is
# missing, give the same digests (tests/core/system/test_digest.py) and load in about 0.5 M.
SHA256_MODULES = ("_sha256", "_sha2")  # CPython's SHA-256: `_sha256` up to 3.11, `_sha2` from 3.12
SHA1_MODULES = ("_sha1",)
# BLAKE2b, hashlib's own (hashlib never takes it from OpenSSL): as fast on long texts as OpenSSL's SHA-256 (42 against
# 40 ms for 10 MB here), where CPython's SHA-256 takes 3.5 times as long; the cache key reads every file of a folder.
BLAKE2_MODULES = ("_blake2",)


def _builtin(modules: tuple[str, ...], name: str) -> Callable[..., Any]:
    """The constructor `name` from the first of `modules` this Python has, else hashlib's."""
    for module in modules:
        try:
            return getattr(__import__(module), name)
        except (ImportError, AttributeError):
            continue
    import hashlib
    return getattr(hashlib, name)


sha256 = _builtin(SHA256_MODULES, "sha256")
sha1 = _builtin(SHA1_MODULES, "sha1")
blake2b = _builtin(BLAKE2_MODULES, "blake2b")
