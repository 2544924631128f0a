"""A LazyPattern answers as the compiled pattern does, compiles once on its first use, and not before."""

import re
import subprocess
import sys

from readout_viewer.core.system.lazyre import LazyPattern

TEXT = "On Nov. 16, 2022 the envoy said: 'The fees fall.' Then, on 2023-01-05, he said so again."
PATTERNS = [(r"\b(?P<m>[A-Z][a-z]{2})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})", 0), (r"said|SAID", re.I), (r"\s+", 0)]


def test_it_answers_as_the_compiled_pattern_does():
    for pattern, flags in PATTERNS:
        lazy, compiled = LazyPattern(pattern, flags), re.compile(pattern, flags)
        assert lazy.search(TEXT).span() == compiled.search(TEXT).span()
        assert lazy.match(TEXT) == compiled.match(TEXT) or lazy.match(TEXT).span() == compiled.match(TEXT).span()
        assert [m.span() for m in lazy.finditer(TEXT, 5, 60)] == [m.span() for m in compiled.finditer(TEXT, 5, 60)]
        assert lazy.findall(TEXT) == compiled.findall(TEXT)
        assert lazy.sub("_", TEXT) == compiled.sub("_", TEXT) and lazy.subn("_", TEXT) == compiled.subn("_", TEXT)
        assert lazy.split(TEXT) == compiled.split(TEXT)
        assert (lazy.fullmatch(TEXT) is None) == (compiled.fullmatch(TEXT) is None)


def test_it_compiles_once_on_first_use_and_keeps_the_methods_as_its_own(monkeypatch):
    calls = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: calls.append(a) or real(*a))
    lazy = LazyPattern(r"fee(s)?", re.I)
    assert calls == [] and "search" not in vars(lazy)
    assert lazy.search("The FEES").group(1) == "S"
    assert lazy.sub("x", "fees and fee") == "x and x" and len(calls) == 1
    assert set(vars(lazy)) >= {"search", "match", "finditer", "sub"}  # bounded: one compiled pattern's methods


def test_an_unknown_name_is_no_method():
    lazy = LazyPattern("a")
    try:
        lazy.nothing  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown attribute was answered")
    assert "search" not in vars(lazy)


# In a fresh process (another test may have used the patterns): the dateline, date and strike-through patterns of a
# Markdown file's reader, after reading one with front matter and no such marks.
CODE = ("import sys\nfrom pathlib import Path\nfrom readout_viewer.core.loading import markup, metadata, reader\n"
        "folder = Path(sys.argv[1]); scan = reader.scan(folder)\n"
        "doc = reader.load_file(folder, scan.files[0], scan.settings)\n"
        "rare = (metadata._DATE_ONLY, metadata._NOT_A_TITLE, metadata._URL_DATE, "
        "*(p for m, p, _ in markup._INLINE if m == '~'))\n"
        "print(doc.title, sum('search' in vars(p) or 'sub' in vars(p) for p in rare))\n")


def test_reading_a_markdown_file_with_front_matter_compiles_no_dateline_pattern(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: The fees\nrole: outlet\ndate: 2022-11-16\n---\n\n"
                                   "The envoy said the fees would fall next year.\n")
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "The fees 0"
