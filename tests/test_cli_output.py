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


@pytest.mark.parametrize("command", [["analyze", "--json"], ["findings", "--csv"], ["analyze"]])
def test_a_missing_folder_of_the_output_is_named_as_export_names_it(small, tmp_path, capsys, command):
    """Seen by helper qa9 scripting the three commands: `export -o nodir/x.pdf` said "the folder nodir does not
    exist", `analyze --json -o nodir/a.json` only "No such file or directory", which names no missing folder."""
    out = tmp_path / "nodir" / "sub" / "out.txt"
    assert main([command[0], str(small), *command[1:], "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {out}: the folder {out.parent} does not exist" in err, err
    assert not out.parent.exists()


def test_the_temporary_name_of_a_long_output_name_stays_within_the_limit(tmp_path):
    out = tmp_path / ("r" * 251 + ".pdf")
    write_bytes_atomic(out, b"%PDF")
    assert out.read_bytes() == b"%PDF" and len(os.fsencode(out.name)) <= MAX_NAME_BYTES
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_export_to_a_reader_gone_is_141_like_analyze_and_a_device_has_no_size(small, tmp_path):
    """Seen by helper qa9: `export FOLDER -o /dev/stdout | head -c 10` exited 2 with "cannot write /dev/stdout: Broken
    pipe" where README promises 141 for `analyze` and `export` alike; `-o /dev/null` said "wrote /dev/null (0 KB)"."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        gone = subprocess.run([sys.executable, "-m", "readout_viewer", "export", str(small), "-o", "/dev/stdout"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    finally:
        os.close(write_end)
    assert gone.returncode == 141, gone.stderr
    assert "Traceback" not in gone.stderr and "cannot write" not in gone.stderr
    null = _cli("export", str(small), "-o", os.devnull, text=True)
    assert null.returncode == 0 and null.stderr.strip() == f"readout-viewer: wrote {os.devnull}", null.stderr
    out = tmp_path / "x.pdf"
    assert _cli("export", str(small), "-o", str(out), text=True).stderr.strip().endswith(
        f"x.pdf ({out.stat().st_size // 1024} KB)")
