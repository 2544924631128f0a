"""Only regular files inside the folder are read: links out of it, pipes and devices are named, never followed;
settings with impossible numbers and over-long names do not drop the good files."""

import os

import pytest

from readout_viewer.core import analysis, loading
from readout_viewer.core.loading import folder
from readout_viewer.core.loading.folder import SETTINGS_FILE

TEXT = "The envoys met on Monday and agreed to meet again within a month, an aide said.\n"


@pytest.fixture
def outside(tmp_path):
    private = tmp_path / "home" / "private.txt"
    private.parent.mkdir()
    private.write_text("root:x:0:0:PRIVATE-MARKER\n", encoding="utf-8")
    root = tmp_path / "shared"
    root.mkdir()
    (root / "good.txt").write_text(TEXT, encoding="utf-8")
    return root, private


def test_links_out_of_the_folder_are_named_and_never_read(outside):
    root, private = outside
    os.symlink(private, root / "passwd.txt")
    os.symlink(private.parent, root / "home-dir")
    result = analysis.analyze(root)
    assert [d.id for d in result.documents] == ["good"]
    named = {p.path: p.message for p in result.problems}
    assert "outside the folder" in named["passwd.txt"] and str(private) in named["passwd.txt"]
    assert "outside the folder" in named["home-dir"]
    assert all("PRIVATE-MARKER" not in d.text for d in result.documents)


def test_a_link_swapped_in_after_the_walk_is_not_read(outside):
    root, private = outside
    scan = loading.scan(root)
    (root / "good.txt").unlink()
    os.symlink(private, root / "good.txt")
    loaded = loading.load(root, "good.txt", scan.settings)
    assert loaded.document is None and "outside the folder" in loaded.problems[0].message


def test_links_inside_the_folder_are_followed(outside):
    root, _ = outside
    (root / "ev").mkdir()
    (root / "ev" / "a.txt").write_text(TEXT.replace("Monday", "Tuesday"), encoding="utf-8")
    os.symlink("ev/a.txt", root / "alias.txt")
    docs = analysis.analyze(root).documents
    assert {d.id for d in docs} == {"good", "alias"}


def test_a_fifo_or_device_named_like_a_document_is_named(outside):
    root, _ = outside
    os.mkfifo(root / "pipe.md")
    problems = {p.path: p.message for p in loading.scan(root).problems}
    assert "named pipe" in problems["pipe.md"]


@pytest.mark.parametrize("make, words", [
    (lambda path: os.mkfifo(path), "named pipe"),
    (lambda path: os.symlink("/dev/zero", path), "outside the folder"),
])
def test_a_settings_file_that_is_a_pipe_or_device_is_named_not_read(outside, make, words):
    root, _ = outside
    make(root / SETTINGS_FILE)
    settings, problems = folder.read_settings(root)
    assert settings == folder.FolderSettings()
    assert problems and words in problems[0].message and "defaults are used" in problems[0].message


@pytest.mark.parametrize("setting, words", [
    ("max_files: .inf\n", "max_files must be a positive number"),
    ("max_file_mb: 1.0e+300\n", "over the highest value"),
    ("max_file_mb: .nan\n", "max_file_mb must be a positive number"),
    ("max_file_mb: -3\nmax_files: many\n", "max_files must be a positive number"),
    ("ignore: {a: b}\n", "ignore must be a list"),
    ("files: [1, 2]\n", "files must map"),
    ("max_fiels: 3\n", "unknown setting 'max_fiels'"),
])
def test_impossible_settings_are_named_and_the_analysis_goes_on(outside, setting, words):
    root, _ = outside
    (root / SETTINGS_FILE).write_text(setting, encoding="utf-8")
    result = analysis.analyze(root)
    assert [d.id for d in result.documents] == ["good"]
    messages = [p.message for p in result.problems if p.path == SETTINGS_FILE]
    assert any(words in m for m in messages), messages


def test_good_keys_of_a_settings_file_stay_in_force_beside_a_bad_one(outside):
    root, _ = outside
    (root / SETTINGS_FILE).write_text("max_file_mb: .nan\nignore: [good.txt]\n", encoding="utf-8")
    settings, problems = folder.read_settings(root)
    assert settings.ignore == ("good.txt",) and settings.max_file_mb == folder.DEFAULT_MAX_FILE_MB
    assert len(problems) == 1


def test_a_name_of_251_bytes_loads(tmp_path):
    name = "a" * 251 + ".txt"
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / ("\u0436" * 125 + ".md")).write_text(TEXT, encoding="utf-8")
    result = analysis.analyze(tmp_path)
    assert len(result.documents) == 2 and not result.problems


def test_a_folder_with_many_times_max_files_stops_reading_and_says_so(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text("max_files: 2\n", encoding="utf-8")
    (tmp_path / "a.docx").write_bytes(b"x")  # files that are not documents do not count
    (tmp_path / "deep").mkdir()
    for i in range(7):
        (tmp_path / "deep" / f"b{i}.txt").write_text(TEXT.replace("Monday", f"day {i}"), encoding="utf-8")
    (tmp_path / "z-top.txt").write_text(TEXT, encoding="utf-8")
    result = analysis.analyze(tmp_path)
    assert len(result.documents) == 2 and "z-top" in result.document  # the top level is read first
    stopped = [p.message for p in result.problems if "reading stopped after 4" in p.message]
    assert stopped and "4 more file(s)" in stopped[0]


@pytest.mark.parametrize("make", [lambda path: os.mkfifo(path), lambda path: os.symlink("/dev/zero", path)])
def test_no_stage_opens_a_fifo_or_device_settings_file(outside, tmp_path, make):
    """The whole analysis as the command line runs it (its cache key hashes the settings file too), in a child
    process so that a hang fails the test instead of freezing it."""
    import subprocess
    import sys
    from pathlib import Path
    root, _ = outside
    make(root / SETTINGS_FILE)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3]),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "readout_viewer", "analyze", str(root), "--json", "-o", os.devnull],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
