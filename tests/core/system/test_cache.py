"""The analysis cache: used while nothing that decides the analysis changed, never trusted when it is not ours."""

import json
import os
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from readout_viewer.core import analysis, jsonio, session
from readout_viewer.core.model import (
    Analysis,
    Attribution,
    Claim,
    Document,
    Link,
    Note,
    Omission,
    Problem,
    Quote,
    Span,
    Unreported,
)
from readout_viewer.core.system import cache, cachecodec, cachekey
from tests.builders import PostInitChecked, small_folder


@pytest.fixture
def folder(tmp_path) -> Path:
    return small_folder(tmp_path / "f")


def _counting(monkeypatch) -> list[Path]:
    """Fresh analyses made from now on, by folder."""
    runs: list[Path] = []
    real = analysis.run

    def run(root, *args, **kwargs):
        runs.append(Path(root))
        return (yield from real(root, *args, **kwargs))
    monkeypatch.setattr(analysis, "run", run)
    return runs


def _entries() -> list[Path]:
    return sorted(cache.folder().glob("*.json.z"))


def test_the_second_analysis_of_a_folder_comes_from_the_cache(folder, monkeypatch):
    runs = _counting(monkeypatch)
    first = session.analyze_folder(folder)
    second = session.analyze_folder(folder)
    assert runs == [folder] and len(_entries()) == 1
    assert jsonio.dumps(second) == jsonio.dumps(first)


def test_the_corpus_is_the_same_byte_for_byte_from_the_cache(corpus):
    fresh = jsonio.dumps(session.analyze_folder(corpus, use_decisions=False, use_cache=False))
    assert jsonio.dumps(session.analyze_folder(corpus, use_decisions=False)) == fresh  # stored
    assert jsonio.dumps(session.analyze_folder(corpus, use_decisions=False)) == fresh  # read back


def test_every_record_comes_back_as_it_was():
    doc = Document("e/a", "e/a.md", "A", "One. Two.", "official", "e", "Src", "Au", "US", "readout", "2021-01-01",
                   "http://x", True, {"tags": ["x", 1, {"k": None}], "n": 1.5}, {"side": "named in the title"})
    original = Analysis(
        root="r", documents=(doc,), claims=(Claim("e/a#1", "e/a", 0, 4, "One."), Claim("e/a#2", "e/a", 5, 9, "Two.",
                                                                                        "question")),
        links=(Link("e/a#1", "e/a#2", "diverge", 0.123456789, "hedge", "manual", "why", True),),
        omissions=(Omission("e/a#1", ("e/b",)),),
        quotes=(Quote("e/a", 0, 3, "altered", Span("e/b", 1, 2), ((0, "On"), (-1, "e"))), Quote("e/a", 5, 8, "exact")),
        attributions=(Attribution("e/a", 0, 4, None, "the Kremlin", "unsupported", None, 0.3333333, "no one"),),
        problems=(Problem("x.pdf", "Not read."),), notes=(Note("e/a#1", "a note", "e/a#2", "me", "2021"),),
        orphans=({"action": "link", "a": {"doc": "x"}},), unreported=(Unreported("e/a#1", "why", 1),),
        engine={"engine": "1", "model": "none"})
    back = cachecodec.unpack(Analysis, json.loads(json.dumps(cachecodec.pack(original))))
    assert back == original
    assert type(back.quotes[0].diff[0]) is tuple and type(back.unreported[0].score) is int


@pytest.mark.parametrize("change", ["edit a text", "add a text", "edit the settings", "new engine", "new model"])
def test_anything_that_decides_the_analysis_makes_a_new_one(folder, monkeypatch, change):
    runs = _counting(monkeypatch)
    session.analyze_folder(folder)
    if change == "edit a text":
        (folder / "ev" / "paper.md").write_text("---\ntitle: Report\n---\nThe envoy left on Tuesday.\n")
    elif change == "add a text":
        (folder / "ev" / "other.txt").write_text("Another account of the meeting.\n")
    elif change == "edit the settings":
        (folder / "readout-viewer.yaml").write_text("ignore: [ev/paper.md]\n")
    elif change == "new engine":
        monkeypatch.setattr(cachekey, "engine_fingerprint", lambda: "0.0.0+another")
    else:
        monkeypatch.setattr(cachekey, "model_fingerprint", lambda: "another-model sha256 1234")
    session.analyze_folder(folder)
    assert len(runs) == 2


def test_a_decision_does_not_make_a_new_analysis(folder, monkeypatch):
    runs = _counting(monkeypatch)
    session.analyze_folder(folder)
    (folder / ".readout-viewer").mkdir()
    (folder / ".readout-viewer" / "decisions.yaml").write_text(
        "version: 1\ndecisions:\n- action: note\n  a: {doc: ev/office, text: The minister met the envoy}\n"
        "  note: checked\n")
    decided = session.analyze_folder(folder)
    assert len(runs) == 1
    assert [n.text for n in decided.notes] == ["checked"]


@pytest.mark.parametrize("damage", ["truncated", "not zlib", "not json", "another format", "another key",
                                    "wrong shape", "claim outside its text", "a list",
                                    "columns of unequal length", "the records of the previous format",
                                    "a flat column's lengths", "the previous format's nested columns"])
def test_a_corrupt_or_foreign_entry_is_ignored_and_rebuilt(folder, monkeypatch, damage):
    fresh = jsonio.dumps(session.analyze_folder(folder))
    [entry] = _entries()
    data = json.loads(zlib.decompress(entry.read_bytes()))
    if damage == "truncated":
        raw = entry.read_bytes()[:40]
    elif damage == "not zlib":
        raw = b"\x00garbage"
    elif damage == "not json":
        raw = zlib.compress(b"{not json")
    else:
        if damage == "another format":
            data["format"] = cachecodec.FORMAT + 1
        elif damage == "another key":
            data["key"] = "0" * 64
        elif damage == "wrong shape":
            data["analysis"][1][3][0] = 42  # a document's text that is not text (the documents' fourth column)
        elif damage == "claim outside its text":
            data["analysis"][2][3][0] = 10 ** 6  # the first claim's end
        elif damage == "columns of unequal length":
            data["analysis"][2][3].pop()  # a claim without an end
        elif damage == "the records of the previous format":  # format 1: a record per item, under format 2's name
            data["analysis"][2] = [list(row) for row in zip(*data["analysis"][2])]
        elif damage == "a flat column's lengths":  # the omissions' documents: one more than their items
            data["analysis"][4][1][0][0] += 1
        elif damage == "the previous format's nested columns":  # format 2: each omission's documents as they are
            counts, items = data["analysis"][4][1]
            data["analysis"][4][1] = [items[sum(counts[:n]):sum(counts[:n + 1])] for n in range(len(counts))]
        else:
            data = [data]
        raw = zlib.compress(json.dumps(data).encode())
    entry.write_bytes(raw)
    runs = _counting(monkeypatch)
    assert jsonio.dumps(session.analyze_folder(folder)) == fresh
    assert runs == [folder]  # analysed again ...
    assert json.loads(zlib.decompress(entry.read_bytes()))["format"] == cachecodec.FORMAT  # ... and stored again


def test_no_cache_neither_reads_nor_writes(folder, monkeypatch):
    runs = _counting(monkeypatch)
    session.analyze_folder(folder, use_cache=False)
    assert _entries() == []
    session.analyze_folder(folder)
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    session.analyze_folder(folder)
    assert len(runs) == 3 and len(_entries()) == 1


def test_a_folder_that_changes_while_it_is_analysed_is_not_kept(folder, monkeypatch):
    real = analysis.run

    def run(root, *args, **kwargs):
        result = yield from real(root, *args, **kwargs)
        (Path(root) / "ev" / "late.txt").write_text("A text that arrived during the analysis.\n")
        return result
    monkeypatch.setattr(analysis, "run", run)
    session.analyze_folder(folder)
    assert _entries() == []


def test_the_root_is_the_folder_as_given_now(folder, monkeypatch):
    session.analyze_folder(folder)
    monkeypatch.chdir(folder.parent)
    again = session.analyze_folder(Path("f"))
    assert again.root == "f"


def test_the_least_recently_used_entries_go_first(tmp_path):
    for n in range(5):
        f = tmp_path / f"f{n}"
        (f / "ev").mkdir(parents=True)
        (f / "ev" / "a.txt").write_text(f"Text number {n} of the test.\n")
        session.analyze_folder(f)
    assert len(_entries()) == 5
    cache.prune(max_entries=3)
    assert len(_entries()) == 3
    sizes = sum(p.stat().st_size for p in _entries())
    cache.prune(max_bytes=sizes - 1)
    assert len(_entries()) == 2


def test_an_unwritable_cache_is_no_error(folder, monkeypatch):
    cache.folder().parent.mkdir(parents=True, exist_ok=True)
    cache.folder().write_text("a file where the folder should be")
    runs = _counting(monkeypatch)
    assert session.analyze_folder(folder).documents
    assert session.analyze_folder(folder).documents
    assert len(runs) == 2


def test_an_engine_with_a_model_it_cannot_name_is_not_cached(folder, monkeypatch):
    monkeypatch.setattr(cachekey, "model_fingerprint", lambda: "")
    runs = _counting(monkeypatch)
    session.analyze_folder(folder)
    session.analyze_folder(folder)
    assert len(runs) == 2 and _entries() == []


def _fingerprint_of(engine: Path, monkeypatch) -> str:
    monkeypatch.setattr(cachekey, "ENGINE_PACKAGE", engine)
    cachekey.engine_fingerprint.cache_clear()
    try:
        return cachekey.engine_fingerprint()
    finally:
        cachekey.engine_fingerprint.cache_clear()


def _edit(path: Path, text: str, mtime_s: int) -> None:
    path.write_text(text)
    os.utime(path, (mtime_s, mtime_s))


def test_the_engine_fingerprint_follows_its_sources(tmp_path, monkeypatch):
    engine = tmp_path / "core"
    (engine / "linking").mkdir(parents=True)
    source = engine / "linking" / "align.py"
    _edit(source, "THRESHOLD = 0.35\n", 1_700_000_000)
    first = _fingerprint_of(engine, monkeypatch)
    _edit(source, "THRESHOLD = 0.36\n", 1_700_000_060)  # an edit of the same size, a minute later
    same_size = _fingerprint_of(engine, monkeypatch)
    _edit(source, "THRESHOLD = 0.375\n", 1_700_000_060)  # another size within the same second
    other_size = _fingerprint_of(engine, monkeypatch)
    (engine / "linking" / "extra.py").write_text("")  # a module added
    added = _fingerprint_of(engine, monkeypatch)
    assert len({first, same_size, other_size, added}) == 4


def test_the_engine_fingerprint_is_what_python_checks_before_running_a_compiled_module(tmp_path, monkeypatch):
    """The sources' sizes and modification times decide it, as they decide whether Python runs a module's `.pyc`:
    a source touched, its bytes the same, gives a new engine."""
    engine = tmp_path / "core"
    engine.mkdir()
    _edit(engine / "align.py", "THRESHOLD = 0.35\n", 1_700_000_000)
    first = _fingerprint_of(engine, monkeypatch)
    _edit(engine / "align.py", "THRESHOLD = 0.35\n", 1_700_000_001)  # touched: Python would compile it again
    assert _fingerprint_of(engine, monkeypatch) != first


def test_a_claim_text_that_is_not_its_documents_is_kept():
    doc = Document("a", "a.txt", "A", "Hello world.")
    odd = Analysis("r", (doc,), (Claim("a#1", "a", 0, 5, "HELLO"),))
    assert cachecodec.unpack(Analysis, cachecodec.pack(odd)) == odd
    assert cachecodec.unpack(Analysis, cachecodec.pack(replace(odd, claims=(Claim("a#1", "a", 0, 5, "Hello"),)))).claims[0] \
        .text == "Hello"


def _model_installed() -> bool:
    from readout_viewer.core.language import embeddings
    return embeddings.installed()


@pytest.mark.skipif(not _model_installed(), reason="the optional sentence model is not installed (a clean install)")
def test_the_cache_key_names_the_model_the_engine_would_use(folder, monkeypatch):
    from readout_viewer.core.linking import semantic
    assert cachekey.model_fingerprint() == semantic.fingerprint() != ""
    with_model = cachekey.key(folder)
    monkeypatch.setattr(semantic, "fingerprint", lambda: "sentence-transformers/all-MiniLM-L6-v2@53aa51172d142c89")
    assert cachekey.key(folder) != with_model


def test_every_record_type_s_hints_are_typing_s():
    import dataclasses
    import typing

    from readout_viewer.core import model
    for kind in (v for v in vars(model).values() if isinstance(v, type) and dataclasses.is_dataclass(v)):
        hints = typing.get_type_hints(kind)
        if kind is Claim:
            hints["text"] = str | None
        assert cachecodec._hints(kind) == tuple((f.name, hints[f.name]) for f in dataclasses.fields(kind))
        assert cachecodec._hint.cache_info().currsize < cachecodec._hint.cache_info().hits + cachecodec._hint.cache_info().misses


def test_a_record_is_made_as_its_init_makes_it_and_a_record_with_a_post_init_through_it():
    import dataclasses
    made = Link("x#1", "y#2", "diverge", 0.5, "negation")
    names = tuple(f.name for f in dataclasses.fields(Link))
    link = cachecodec._maker(Link, names)([getattr(made, name) for name in names])
    assert link == made and vars(link) == vars(made) and hash(link) == hash(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        link.score = 1.0  # type: ignore[misc]

    assert cachecodec._maker(PostInitChecked, ("n",))([3]) == PostInitChecked(3)
    with pytest.raises(ValueError):
        cachecodec._maker(PostInitChecked, ("n",))([-1])
