"""Scanning a folder and loading its files: the corpus, settings, ids, events and the walk's edge cases."""

import os
import re
from pathlib import Path

import pytest

from readout_viewer.core import loading
from readout_viewer.core.loading import folder, guard
from readout_viewer.core.model import Document, Problem


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _load_all(root: Path) -> tuple[list[Document], list[Problem]]:
    scan = loading.scan(root)
    docs, problems = [], list(scan.problems)
    for rel in scan.files:
        out = loading.load(root, rel, scan.settings)
        problems += out.problems
        if out.document is not None:
            docs.append(out.document)
    return docs, problems


def test_the_bundled_corpus_loads_13_documents_without_problems(corpus):
    docs, problems = _load_all(corpus)
    assert problems == []
    assert len(docs) == 13
    assert sum(d.is_official for d in docs) == 8
    assert len({d.id for d in docs}) == 13
    assert {d.event for d in docs} == {"2021-12-07-video-call", "2021-12-30-phone-call"}
    for doc in docs:
        assert "\r" not in doc.text and "\ufeff" not in doc.text and "  " not in doc.text
        assert "\n\n\n" not in doc.text and doc.text.endswith("\n") and not doc.text.endswith("\n\n")


def test_load_file_keeps_its_interface(corpus):
    scan = loading.scan(corpus)
    assert isinstance(loading.load_file(corpus, scan.files[0], scan.settings), Document)


def test_settings_ignore_and_file_metadata_win_over_front_matter(tmp_path):
    _write(tmp_path, folder.SETTINGS_FILE, "ignore: ['skip-*', 'notes/*']\n"
                                           "files:\n  'ev/*.md': {role: official, source: Ministry}\n")
    _write(tmp_path, "skip-me.txt", "Not read.\n")
    _write(tmp_path, "notes/n.md", "Not read.\n")
    _write(tmp_path, "ev/a.md", "---\nrole: outlet\nsource: Paper\n---\nA text.\n")
    docs, problems = _load_all(tmp_path)
    assert problems == [] and [d.id for d in docs] == ["ev/a"]
    assert (docs[0].role, docs[0].source) == ("official", "Ministry")


@pytest.mark.parametrize("settings", ["ignore: [unclosed\n", "- just\n- a list\n", "max_file_mb: -1\n",
                                      "files: [1, 2]\n"])
def test_broken_settings_are_named_and_the_defaults_used(tmp_path, settings):
    _write(tmp_path, folder.SETTINGS_FILE, settings)
    _write(tmp_path, "a.txt", "A text that loads.\n")
    docs, problems = _load_all(tmp_path)
    assert [d.id for d in docs] == ["a"]
    assert [p.path for p in problems] == [folder.SETTINGS_FILE]
    assert re.search("default|not used", problems[0].message)


def test_max_file_mb_is_configurable(tmp_path):
    _write(tmp_path, folder.SETTINGS_FILE, "max_file_mb: 0.001\n")
    _write(tmp_path, "big.txt", "word " * 400)
    _write(tmp_path, "small.txt", "Small enough.\n")
    docs, problems = _load_all(tmp_path)
    assert [d.id for d in docs] == ["small"]
    assert problems[0].path == "big.txt" and "limit of 0.001 MB" in problems[0].message


def test_the_scan_lists_every_file_max_files_is_applied_once_they_are_read(tmp_path):
    _write(tmp_path, folder.SETTINGS_FILE, "max_files: 2\n")
    for name in "abc":
        _write(tmp_path, f"{name}.txt", f"Text {name}.\n")
    scan = loading.scan(tmp_path)
    assert scan.files == ("a.txt", "b.txt", "c.txt") and scan.settings.max_files == 2
    assert scan.problems == ()


def test_same_name_with_two_extensions_gets_two_ids(tmp_path):
    _write(tmp_path, "a.md", "From Markdown.\n")
    _write(tmp_path, "a.txt", "From text.\n")
    _write(tmp_path, "a.txt.md", "From a name with two extensions.\n")
    docs, _ = _load_all(tmp_path)
    assert sorted(d.id for d in docs) == ["a", "a.txt", "a.txt.md"]


def test_hidden_and_tool_folders_and_non_documents_are_skipped_silently(tmp_path):
    _write(tmp_path, ".hidden.md", "x\n")
    _write(tmp_path, ".readout-viewer/decisions.md", "x\n")
    _write(tmp_path, ".git/notes.txt", "x\n")
    _write(tmp_path, "data.json", "{}\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    _write(tmp_path, "real.md", "Real text.\n")
    assert loading.scan(tmp_path).files == ("real.md",)
    assert loading.scan(tmp_path).problems == ()


def test_unsupported_documents_are_named(tmp_path):
    (tmp_path / "memo.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "notes.odt").write_bytes(b"PK\x03\x04")
    problems = {p.path: p.message for p in loading.scan(tmp_path).problems}
    assert "not supported yet" in problems["memo.doc"] and "Word" in problems["memo.doc"]
    assert "save it as .docx" in problems["notes.odt"]


def test_pdf_and_word_files_are_documents_and_broken_ones_are_named(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "memo.docx").write_bytes(b"PK\x03\x04")
    scan = loading.scan(tmp_path)
    assert scan.files == ("memo.docx", "report.pdf") and scan.problems == ()
    messages = {name: loading.load(tmp_path, name, scan.settings).problems[0].message for name in scan.files}
    assert "PDF is damaged" in messages["report.pdf"] and "skipped" in messages["report.pdf"]
    assert "not a Word document" in messages["memo.docx"]


def test_symlink_loops_dangling_links_and_duplicates(tmp_path):
    _write(tmp_path, "ev/a.txt", "A text.\n")
    os.symlink("..", tmp_path / "ev" / "up")
    os.symlink("ev", tmp_path / "same-ev")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    scan = loading.scan(tmp_path)
    assert scan.files == ("ev/a.txt",)
    messages = {p.path: p.message for p in scan.problems}
    assert "does not exist" in messages["dangling.txt"]
    assert "loops back" in messages["self.txt"]
    assert "same folder" in messages["ev/up"] and "same folder" in messages["same-ev"]


def test_a_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    _write(tmp_path, "a.txt", "A text.\n")
    assert loading.scan(tmp_path).files == ("a.txt",)
    assert "not a regular file" in loading.load(tmp_path, "pipe.txt", folder.FolderSettings()).problems[0].message


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    _write(tmp_path, "locked.txt", "Secret.\n")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(guard.os, "open", denied)
    problem = loading.load_file(tmp_path, "locked.txt", folder.FolderSettings())
    assert isinstance(problem, Problem) and "permission denied" in problem.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_named(tmp_path):
    _write(tmp_path, "closed/a.txt", "A text.\n")
    (tmp_path / "closed").chmod(0)
    try:
        scan = loading.scan(tmp_path)
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert scan.files == () and scan.problems[0].path == "closed"


def test_a_text_file_holding_a_saved_page_is_read_as_one(tmp_path):
    _write(tmp_path, "page.txt", "<!DOCTYPE html><html><head><title>Envoys Meet</title></head><body><article>"
                                 "<p>The envoys met on Monday and agreed to meet again soon, an aide said.</p>"
                                 "</article><script>var hidden = 1;</script></body></html>")
    doc = loading.load_file(tmp_path, "page.txt", folder.FolderSettings())
    assert "agreed to meet again soon" in doc.text and "hidden" not in doc.text and "<" not in doc.text


def test_a_folder_that_cannot_be_opened_is_named_and_the_rest_read(tmp_path, monkeypatch):
    _write(tmp_path, "closed/a.txt", "A text.\n")
    _write(tmp_path, "open/b.txt", "B text.\n")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(folder.os, "scandir", scandir)
    scan = loading.scan(tmp_path)
    assert scan.files == ("open/b.txt",)
    assert scan.problems == (Problem("closed", "The folder could not be opened (Permission denied); its files were "
                                               "skipped."),)


def test_a_huge_tree_stops_the_walk_with_a_note(tmp_path, monkeypatch):
    for i in range(5):
        _write(tmp_path, f"d{i}/a.txt", "A text.\n")
    monkeypatch.setattr(folder, "MAX_WALK_ENTRIES", 3)
    scan = loading.scan(tmp_path)
    assert len(scan.files) < 5
    assert any("walk stopped" in p.message for p in scan.problems)


def test_the_apps_own_exported_pdf_is_skipped_silently(tmp_path):
    import pypdf
    for name, creator in (("ours.pdf", folder.OWN_PDF_CREATOR), ("theirs.pdf", "Some Office Suite")):
        writer = pypdf.PdfWriter()
        writer.add_blank_page(width=100, height=100)
        writer.add_metadata({"/Creator": creator})
        with open(tmp_path / name, "wb") as f:
            writer.write(f)
    scan = loading.scan(tmp_path)
    assert scan.files == ("theirs.pdf",) and scan.problems == ()  # theirs is read as an article (of no text)


def test_a_name_that_is_not_utf8_is_named_and_skipped(tmp_path):
    try:
        (Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.txt"))).write_text("A text.\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses such names")
    _write(tmp_path, "ok.txt", "A text.\n")
    scan = loading.scan(tmp_path)
    assert scan.files == ("ok.txt",)
    assert scan.problems[0].path == "caf\ufffd.txt" and "not valid UTF-8" in scan.problems[0].message


def test_an_unexpected_error_in_one_file_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    _write(tmp_path, "a.html", "<html><body><p>Some text.</p></body></html>")

    def broken(html):
        raise KeyError("extractor bug")
    monkeypatch.setattr(loading.webpage, "extract", broken)
    problem = loading.load_file(tmp_path, "a.html", folder.FolderSettings())
    assert isinstance(problem, Problem) and "unexpected KeyError" in problem.message


def test_a_missing_web_page_extractor_is_named(tmp_path, monkeypatch):
    import builtins
    _write(tmp_path, "a.html", "<html><body><p>Some text.</p></body></html>")
    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    problem = loading.load_file(tmp_path, "a.html", folder.FolderSettings())
    assert isinstance(problem, Problem) and "needs the trafilatura package" in problem.message
