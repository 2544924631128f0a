"""`-o`: a file is replaced atomically; links, pipes, /dev/null and /dev/stdout are written through; folders and
disks are refused with a sentence. Real FIFOs and links, real child processes."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from readout_viewer.cli import main
from readout_viewer.core.system.atomic import MAX_NAME_BYTES, write_bytes_atomic

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def small(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The envoys met on Monday and agreed to talk again soon.\n", encoding="utf-8")
    return folder


def _cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "readout_viewer", *args], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, **kwargs)


def test_dash_o_dev_stdout_writes_to_standard_output(small):
    done = _cli("analyze", str(small), "--json", "-o", "/dev/stdout")
    assert done.returncode == 0 and done.stdout.startswith(b"{")


def test_dash_o_dev_stdout_appends_when_the_shell_appends(small, tmp_path):
    out = tmp_path / "log.txt"
    out.write_text("kept\n", encoding="utf-8")
    with open(out, "ab") as fh:
        done = subprocess.run([sys.executable, "-m", "readout_viewer", "analyze", str(small), "--json", "-o",
                               "/dev/stdout"], stdout=fh, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("kept\n{") and text.rstrip().endswith("}")


def test_a_link_is_written_through_and_stays_a_link(small, tmp_path):
    link = tmp_path / "latest.json"
    os.symlink("real.json", link)
    assert main(["analyze", str(small), "--json", "-o", str(link)]) == 0
    assert link.is_symlink() and (tmp_path / "real.json").read_text(encoding="utf-8").startswith("{")


def test_a_link_to_a_device_is_written_through_not_replaced(small, tmp_path):
    link = tmp_path / "null.json"
    os.symlink(os.devnull, link)
    assert main(["analyze", str(small), "--json", "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == os.devnull
    assert Path(os.devnull).is_char_device()


def test_a_fifo_is_written_through_to_its_reader(small, tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert main(["analyze", str(small), "--json", "-o", str(fifo)]) == 0
    reader.join(30)
    assert got and got[0].startswith(b"{") and fifo.is_fifo()


def test_a_folder_is_refused_with_a_sentence(small, tmp_path, capsys):
    assert main(["analyze", str(small), "--json", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "Traceback" not in err


def test_the_temporary_name_of_a_long_output_name_stays_within_the_limit(tmp_path):
    out = tmp_path / ("r" * 251 + ".pdf")
    write_bytes_atomic(out, b"%PDF")
    assert out.read_bytes() == b"%PDF" and len(os.fsencode(out.name)) <= MAX_NAME_BYTES
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
