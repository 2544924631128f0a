"""re's sets past Latin-1 are built once a process (system.charsets): every pattern compiles to the code re gives it
without the memo, and a set met again is not built again."""

import re

import pytest

import readout_viewer.core  # noqa: F401  (puts the memo in place)
from readout_viewer.core.system import charsets

compiler = re._compiler  # type: ignore[attr-defined]

PATTERNS = [
    (r"[A-Z][\w’'-]++(?:\s+[A-Z][\w’'-]++){0,3}", 0),
    (r"[\w’'-]+", re.IGNORECASE),
    (r"^\W*(?:[^,.;:\"“”]{3,40},\s+)?(?:the\s+)?[\w’'-]+", re.IGNORECASE),
    (r"[,\"\u201d]\s*(?:said|says)\s+[^“”\"]{0,40}$", 0),
    (r"[,\"\u201d]\s*(?:said|says)\s+[^“”\"]{0,40}$", re.IGNORECASE),
    (r"[^\W\d_]+[\u2019'][a-z]", re.IGNORECASE),
    (r"[\u201c\u201d\x22]|[“\"]", 0),
    (r"[a-z\u00c0-\u017e]+|[\u2013\u2014-]|[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]", 0),
    (r"[^\s\u00a0\u202f]+|[Kk\u212a]", re.IGNORECASE),
    (r"[\U0001F600-\U0001F64F\w]", 0),
]


def _code(pattern: str, flags: int) -> list[int]:
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    return compiler._code(parsed, parsed.state.flags)


def test_the_engine_puts_the_memo_in_place():
    assert compiler._optimize_charset.__wrapped__ is not None


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_every_pattern_compiles_to_the_same_code(monkeypatch, pattern, flags):
    build = getattr(compiler._optimize_charset, "__wrapped__", compiler._optimize_charset)
    monkeypatch.setattr(compiler, "_optimize_charset", build)
    before = _code(pattern, flags)
    monkeypatch.setattr(compiler, "_optimize_charset", charsets.shared(build))
    assert _code(pattern, flags) == before
    assert _code(pattern, flags) == before  # from the memo


def test_a_set_met_again_is_not_built_again(monkeypatch):
    calls = []
    build = getattr(compiler._optimize_charset, "__wrapped__", compiler._optimize_charset)

    def counted(*args):
        calls.append(args)
        return build(*args)

    monkeypatch.setattr(compiler, "_optimize_charset", charsets.shared(counted))
    for pattern in (r"[\w’'-]+", r"x[\w’'-]+", r"(?:[\w’'-]+y){0,2}?"):
        _code(pattern, 0)
    assert len(calls) == 1
