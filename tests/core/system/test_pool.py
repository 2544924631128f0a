"""The analysis with worker processes (core/system/pool.py): the same result as one process, stopped with it."""

import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readout_viewer.core import analysis, jsonio
from readout_viewer.core.system import pool
from tests.builders import corpus_folder

EVENT = "2021-12-07-video-call"


def _articles(root: Path, n: int) -> Path:
    """The corpus's readouts of one event and n articles made of its sentences (seeded)."""
    event = root / EVENT
    event.mkdir(parents=True)
    sentences = []
    for src in sorted((corpus_folder() / EVENT).iterdir()):
        text = src.read_text(encoding="utf-8")
        if "readout" in src.name:
            (event / src.name).write_text(text, encoding="utf-8")
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", text.split("---")[-1]) if len(s.split()) >= 6]
    rng = random.Random(3)
    for i in range(n):
        body = " ".join(rng.sample(sentences, 8))
        (event / f"article-{i:03d}.md").write_text(f"---\ntitle: Article {i}\nsource: Outlet {i % 7}\n---\n{body}\n",
                                                  encoding="utf-8")
    return root


def _json(folder: Path, lanes: int, monkeypatch) -> str:
    monkeypatch.setenv(pool.WORKERS_ENV, str(lanes))
    return jsonio.dumps(analysis.analyze(folder))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return _articles(tmp_path_factory.mktemp("pool"), 70)


def test_the_result_is_the_serial_one_byte_for_byte(folder, monkeypatch):
    assert _json(folder, 2, monkeypatch) == _json(folder, 0, monkeypatch)


def test_the_corpus_too(monkeypatch):
    assert _json(corpus_folder(), 1, monkeypatch) == _json(corpus_folder(), 0, monkeypatch)


def _started(monkeypatch) -> list[pool.Lane]:
    made: list[pool.Lane] = []
    real = pool.start
    monkeypatch.setattr(pool, "start", lambda count: made.extend(real(count)) or made)
    return made


def test_a_cancelled_analysis_stops_its_processes(folder, monkeypatch):
    monkeypatch.setenv(pool.WORKERS_ENV, "1")
    lanes = _started(monkeypatch)
    gen = analysis.run(folder)
    for _ in range(5):
        next(gen)
    assert lanes and all(lane.process.is_alive() for lane in lanes)
    gen.close()  # what Cancel does
    assert not any(lane.process.is_alive() for lane in lanes)


def test_a_finished_analysis_leaves_no_process(folder, monkeypatch):
    monkeypatch.setenv(pool.WORKERS_ENV, "2")
    lanes = _started(monkeypatch)
    analysis.analyze(folder)
    assert len(lanes) == 2 and not any(lane.process.is_alive() for lane in lanes)


def test_a_process_that_dies_is_no_failure(folder, monkeypatch):
    serial = _json(folder, 0, monkeypatch)
    monkeypatch.setenv(pool.WORKERS_ENV, "1")
    lanes = _started(monkeypatch)
    gen = analysis.run(folder)
    for _ in range(3):
        next(gen)
    lanes[0].process.kill()  # out of memory, or killed by the user
    assert jsonio.dumps(analysis.drain(gen)) == serial


def test_small_folders_are_analysed_in_one_process(monkeypatch):
    monkeypatch.delenv(pool.WORKERS_ENV, raising=False)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.1, 0.1, 0.1), raising=False)
    assert pool.lanes_for(pool.MIN_FILES - 1) == 0
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 4)
    assert pool.lanes_for(pool.MIN_FILES) == 3


@pytest.mark.parametrize("load, lanes", [(0.2, 1), (1.4, 1), (1.6, 0), (2.7, 0)])
def test_a_busy_machine_gets_no_lane_that_would_compete_with_the_analysis(monkeypatch, load, lanes):
    monkeypatch.delenv(pool.WORKERS_ENV, raising=False)
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (load, load, load), raising=False)
    assert pool.lanes_for(pool.MIN_FILES) == lanes
    monkeypatch.setenv(pool.WORKERS_ENV, "1")  # asked for: whatever the load
    assert pool.lanes_for(pool.MIN_FILES) == 1


def test_without_a_load_average_every_core_but_one_is_used(monkeypatch):
    def missing():
        raise OSError("no load average")
    monkeypatch.delenv(pool.WORKERS_ENV, raising=False)
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 4)
    monkeypatch.setattr(pool.os, "getloadavg", missing, raising=False)
    assert pool.lanes_for(pool.MIN_FILES) == 3


def test_a_script_without_a_main_guard_can_use_the_processes(folder, tmp_path):
    """A process started for the analysis does not run the parent's script again."""
    script = tmp_path / "unguarded.py"
    script.write_text("import sys\nfrom readout_viewer.core.analysis import analyze\n"
                      "print('documents', len(analyze(sys.argv[1]).documents), flush=True)\n")
    out = subprocess.run([sys.executable, str(script), str(folder)], capture_output=True, text=True, timeout=300,
                         env={**__import__("os").environ, pool.WORKERS_ENV: "1",
                              "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.count("documents") == 1 and "Error" not in out.stderr


def _sleep(state: dict, seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _size(state: dict, blob: bytes) -> int:
    return len(blob)


def test_a_busy_lane_does_not_hold_up_what_is_sent_to_it():
    """A message larger than the pipe holds is sent by a thread: the main process goes on with its work."""
    lanes = pool.start(1)
    try:
        lane = lanes[0]
        lane.send(_sleep, 1.0, tag="sleep")
        started = time.perf_counter()
        lane.send(_size, b"x" * 4_000_000, tag="size")
        assert time.perf_counter() - started < 0.5
        answers = []
        while len(answers) < 2:
            if lane.ready(pool.POLL_SECONDS):
                answers.append(lane.receive())
        assert answers == [("sleep", 1.0), ("size", 4_000_000)]
    finally:
        pool.stop(lanes)
