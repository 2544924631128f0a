"""Decisions survive anything: two processes saving at once, a fallback merged back, hostile files never followed."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from readout_viewer.core.decisions import Anchor, Decision, DecisionsReadOnly, DecisionStore, fallback_path, folder_path
from readout_viewer.core.decisions import file as decision_file
from readout_viewer.core.decisions.merge import merge3

ROOT = Path(__file__).resolve().parents[3]
# Saves per process in the concurrency test: enough that unlocked read-merge-write lost half of them (213 of 400).
SAVES = 150


def _note(i, who="ana"):
    return Decision("note", Anchor("ev/paper", "Energy was barely mentioned."), note=f"{who} {i}", author=who,
                    at="2026-11-21T10:00:00Z")


_SAVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from readout_viewer.core.decisions import Anchor, Decision, DecisionStore
    folder, who, n, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    while time.time() < start:
        time.sleep(0.001)
    store = DecisionStore.open(folder)
    for i in range(n):
        store.add(Decision("note", Anchor("ev/paper", "Energy was barely mentioned."), note=f"{who} {i}",
                           author=who, at="2026-11-21T10:00:00Z"))
    mine = sum(1 for d in store.decisions if d.author == who)
    print(mine, len(store.decisions))
""")


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.time() + 1.0  # both start saving at the same moment
    procs = [subprocess.Popen([sys.executable, "-c", _SAVER, str(tmp_path), who, str(SAVES), str(start)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("ana", "bo")]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    for out, _ in outs:  # neither process dropped one of its own decisions from memory
        assert int(out.split()[0]) == SAVES
    saved = DecisionStore.open(tmp_path).decisions
    notes = sorted(d.note for d in saved)
    assert len(saved) == 2 * SAVES
    assert notes == sorted(f"{who} {i}" for who in ("ana", "bo") for i in range(SAVES))


def test_an_entry_missing_from_the_file_is_not_taken_for_a_deletion_unless_it_was_seen_there():
    a, b, c = _note(1), _note(2), _note(3)
    assert merge3(theirs=[a], base=[], ours=[b]) == [a, b]  # each side's addition kept
    assert merge3(theirs=[a, c], base=[a], ours=[a, b]) == [a, c, b]
    assert merge3(theirs=[a], base=[a], ours=[]) == []  # taken back here
    assert merge3(theirs=[], base=[a], ours=[a]) == []  # taken back there
    assert merge3(theirs=[a, a], base=[a], ours=[a]) == [a, a]  # the same entry made twice stays twice


def _read_only_folder(monkeypatch, writable):
    monkeypatch.setattr(decision_file, "folder_writable", lambda folder: writable[0])


def test_decisions_saved_in_the_fallback_are_merged_back_when_the_folder_can_be_written(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "shared"
    folder.mkdir()
    DecisionStore.open(folder).add(_note(0))
    writable = [False]
    _read_only_folder(monkeypatch, writable)
    store = DecisionStore.open(folder)
    for i in range(1, 6):
        store.add(_note(i))
    assert store.path == fallback_path(folder)
    writable[0] = True
    reopened = DecisionStore.open(folder)
    assert [d.note for d in reopened.decisions] == [f"ana {i}" for i in range(6)]  # 6 saved, 6 shown
    reopened.add(_note(6))
    on_disk = yaml.safe_load(folder_path(folder).read_text(encoding="utf-8"))["decisions"]
    assert [e["note"] for e in on_disk] == [f"ana {i}" for i in range(7)]
    assert not fallback_path(folder).exists()  # merged back, and kept beside it as a copy
    assert fallback_path(folder).with_name("decisions.yaml.merged").exists()
    assert len(DecisionStore.open(folder).decisions) == 7


def test_a_save_that_fails_in_the_folder_is_merged_back_at_the_next_save(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    store = DecisionStore.open(tmp_path)
    store.add(_note(0))
    real = decision_file.keep_backup

    def disk_full(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(decision_file, "keep_backup", disk_full)
    store.add(_note(1))
    assert store.path == fallback_path(tmp_path) and "No space left" in store.messages[-1]
    monkeypatch.setattr(decision_file, "keep_backup", real)
    store.add(_note(2))
    assert store.path == folder_path(tmp_path) and "merged back" in store.messages[-1]
    assert [d.note for d in DecisionStore.open(tmp_path).decisions] == ["ana 0", "ana 1", "ana 2"]


def test_the_last_good_file_is_kept_and_stale_temporary_files_are_cleared(tmp_path):
    store = DecisionStore.open(tmp_path)
    store.add(_note(0))
    first = folder_path(tmp_path).read_bytes()
    stale = folder_path(tmp_path).with_name(".decisions.yaml.0123abcd.tmp")  # what kill -9 mid-save leaves
    stale.write_text("half", encoding="utf-8")
    store.add(_note(1))
    assert folder_path(tmp_path).with_name("decisions.yaml.bak").read_bytes() == first
    assert not stale.exists()
    assert not [p for p in folder_path(tmp_path).parent.iterdir() if p.name.endswith(".tmp")]


def _run_open(folder, timeout=20):
    """Open the store in a child process, so that a hang fails the test instead of freezing it."""
    code = ("import sys; from readout_viewer.core.decisions import DecisionStore; "
            "s = DecisionStore.open(sys.argv[1]); print(s.read_only); print(s.messages[-1] if s.messages else '')")
    done = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_decisions_fifo_does_not_hang(tmp_path):
    (tmp_path / ".readout-viewer").mkdir()
    os.mkfifo(folder_path(tmp_path))
    out = _run_open(tmp_path)
    assert out.startswith("True") and "named pipe" in out


def test_a_decisions_link_to_a_device_is_not_read(tmp_path):
    (tmp_path / ".readout-viewer").mkdir()
    os.symlink("/dev/zero", folder_path(tmp_path))
    out = _run_open(tmp_path)
    assert out.startswith("True") and "outside the folder" in out
    assert os.path.islink(folder_path(tmp_path))


def test_a_decisions_link_to_a_private_file_is_never_copied_in(tmp_path):
    private = tmp_path / "home" / "secret.yaml"
    private.parent.mkdir()
    private.write_text("version: 1\ndecisions: [oops\nSECRET-TOKEN\n", encoding="utf-8")
    private.chmod(0o600)
    folder = tmp_path / "shared"
    (folder / ".readout-viewer").mkdir(parents=True)
    os.symlink(private, folder_path(folder))
    store = DecisionStore.open(folder)
    assert store.read_only and "outside the folder" in store.messages[-1] and store.decisions == ()
    copies = [p for p in (folder / ".readout-viewer").iterdir() if p.name != "decisions.yaml"]
    assert copies == []
    with pytest.raises(DecisionsReadOnly):
        store.add(_note(0))
    assert private.read_text(encoding="utf-8").endswith("SECRET-TOKEN\n")


def test_a_file_turned_into_a_link_meanwhile_is_not_written_through(tmp_path):
    store = DecisionStore.open(tmp_path)
    store.add(_note(0))
    target = tmp_path / "elsewhere.yaml"
    target.write_text("mine\n", encoding="utf-8")
    folder_path(tmp_path).unlink()
    os.symlink(target, folder_path(tmp_path))
    with pytest.raises(DecisionsReadOnly):
        store.add(_note(1))
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_an_alias_bomb_in_the_decisions_file_is_refused_at_once(tmp_path):
    bomb = 'x0: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev = "a"
    for ch in "bcdefghi":
        bomb += f"x{ch}: &{ch} [" + ",".join([f"*{prev}"] * 9) + "]\n"
        prev = ch
    path = folder_path(tmp_path)
    path.parent.mkdir()
    path.write_text(bomb + "version: 1\ndecisions:\n- *i\n", encoding="utf-8")
    started = time.perf_counter()
    store = DecisionStore.open(tmp_path)
    assert time.perf_counter() - started < 5  # refused before anything expands it
    assert store.read_only and "alias" in store.messages[-1]


_KEEP_SAVING = textwrap.dedent("""
    import sys
    from pathlib import Path
    from readout_viewer.core.decisions import Anchor, Decision, DecisionStore
    store = DecisionStore.open(Path(sys.argv[1]))
    i = 0
    while True:
        i += 1
        store.add(Decision("note", Anchor("ev/paper", "Energy was barely mentioned. " * 40), note=f"kill {i}",
                           author="ana", at="2026-11-21T10:00:00Z"))
        if i == 1:
            print("saving", flush=True)
""")


def test_kill_9_during_saves_never_corrupts_and_its_leftovers_are_cleared(tmp_path):
    """A real process saving in a loop is killed with SIGKILL at random moments: the file always reads, the
    last good copy is there, and the next save clears any temporary file the killed writer left."""
    import random
    import signal
    rng = random.Random(7)
    left_over = 0
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", _KEEP_SAVING, str(tmp_path)], stdout=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, text=True)
        assert proc.stdout.readline().strip() == "saving"
        time.sleep(rng.uniform(0.05, 0.5))  # a random moment of the save loop (the point of this test)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        directory = folder_path(tmp_path).parent
        left_over += any(p.name.endswith(".tmp") for p in directory.iterdir())
        store = DecisionStore.open(tmp_path)
        assert not store.read_only, store.messages
        yaml.safe_load(folder_path(tmp_path).with_name("decisions.yaml.bak").read_text(encoding="utf-8"))
    store.add(_note(0))
    assert not [p for p in folder_path(tmp_path).parent.iterdir() if p.name.endswith(".tmp")]
    print(f"temporary files left by a kill: {left_over} of 8")
