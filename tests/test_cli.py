"""The command line: readable summary, clear messages for bad folders, no tracebacks."""

from readout_viewer.cli import BROKEN_PIPE, INTERRUPTED, main


def test_summary_names_documents_and_counts(corpus, capsys):
    assert main(["analyze", str(corpus), "--no-decisions"]) == 0
    out = capsys.readouterr().out
    assert "13 documents" in out
    assert "2021-12-07-video-call/white-house-readout" in out


def test_missing_folder_is_a_clear_message(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope"), "--json"]) != 0
    err = capsys.readouterr().err
    assert "nope" in err and "Traceback" not in err


def test_folder_without_documents(tmp_path, capsys):
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["analyze", str(tmp_path)]) != 0
    assert "no document" in capsys.readouterr().err


def test_unwritable_output_is_a_clear_message(corpus, tmp_path, capsys):
    target = tmp_path / "missing-dir" / "a.json"
    assert main(["analyze", str(corpus), "--json", "-o", str(target)]) != 0
    assert "cannot write" in capsys.readouterr().err
    assert not target.exists()


def test_module_entry_point_runs(corpus):
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "readout_viewer", "analyze", str(corpus), "--json"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("{")


def test_a_reader_that_stops_early_gets_no_traceback(corpus):
    import os
    import subprocess
    import sys
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written, as with `| head` on a long output
    try:
        proc = subprocess.run([sys.executable, "-m", "readout_viewer", "analyze", str(corpus), "--json",
                               "--no-decisions"], stdout=write_end, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write_end)
    assert proc.returncode == BROKEN_PIPE
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


def test_a_reader_that_stops_after_reading_part_is_told_by_the_exit_code(corpus):
    """Seen by helper qa9 scripting `analyze --json | head`: the reader read a little and left, and the command
    exited 0 — the buffered write of standard output returned the 64 kB the pipe took and dropped the rest without
    a word; only a reader gone before anything was written (the test above) gave 141."""
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-m", "readout_viewer", "analyze", str(corpus), "--json",
                             "--no-decisions"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert code == BROKEN_PIPE, err
    assert "Traceback" not in err and "Exception ignored" not in err


def test_a_failing_analysis_or_an_interrupt_is_a_sentence(corpus, capsys, monkeypatch):
    from readout_viewer.core import session

    def boom(*_args, **_kwargs):
        raise ValueError("a broken input")
    monkeypatch.setattr(session, "analyze_folder", boom)
    assert main(["analyze", str(corpus)]) == 2
    assert "a broken input" in capsys.readouterr().err

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(session, "analyze_folder", interrupt)
    assert main(["analyze", str(corpus)]) == INTERRUPTED
    assert "interrupted" in capsys.readouterr().err


def test_a_console_that_cannot_show_every_character_gets_no_traceback(corpus, monkeypatch):
    import io
    import json
    import sys
    for as_json in (False, True):
        raw = io.BytesIO()
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
        assert main(["analyze", str(corpus), "--no-decisions"] + (["--json"] if as_json else [])) == 0
        sys.stdout.flush()
        out = raw.getvalue()
        if as_json:  # the contract stays UTF-8 JSON, typographic quotes and all
            assert not out.isascii() and json.loads(out.decode("utf-8"))["schema"] == "readout-viewer.analysis/1"
        else:
            assert out.isascii() and b"13 documents" in out


def test_findings_command_lists_rows_and_writes_csv(corpus, tmp_path, capsys):
    from readout_viewer.cli import main
    assert main(["findings", str(corpus), "--no-decisions"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Findings: ") and "LEFT OUT (" in text
    out = tmp_path / "f.csv"
    assert main(["findings", str(corpus), "--csv", "-o", str(out), "--no-decisions"]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()  # the mark a spreadsheet needs, as a script drops it
    assert lines[0].startswith("type,document,text,counterpart") and len(lines) > 10
    assert main(["findings", str(corpus), "--min-score", "2"]) == 2


def test_findings_command_lists_left_out_statements_the_most_reported_first(corpus, tmp_path, capsys):
    """`findings --csv` wrote each document's left-out statements in text order while the Findings drawer, its CSV,
    Compare and the PDF give the most reported first (core.compare.press_first): one order for one list."""
    from readout_viewer.cli import _analysis
    from readout_viewer.core import compare, findings

    out = tmp_path / "f.csv"
    assert main(["findings", str(corpus), "--csv", "-o", str(out), "--no-decisions"]) == 0
    analysis = _analysis(corpus, use_decisions=False)
    assert not isinstance(analysis, str)
    text_order = findings.findings(analysis)
    press = compare.press_first(analysis, text_order)
    assert press != text_order  # corpus/ has left-out statements the press reports unevenly
    assert out.read_text(encoding="utf-8") == findings.to_csv(analysis, press)
    assert main(["findings", str(corpus), "--no-decisions"]) == 0
    assert capsys.readouterr().out.rstrip("\n") == findings.render(analysis, press).rstrip("\n")


def test_the_viewers_help_names_every_command(capsys):
    import pytest

    from readout_viewer.cli import SUBCOMMANDS, main

    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    said = "".join(capsys.readouterr().out.split())  # argparse wraps lines, also at the hyphen of readout-viewer
    for command in SUBCOMMANDS:
        assert f"readout-viewer{command}" in said, command


def test_every_option_of_every_command_says_what_it_does():
    """`export --help` listed `--paper {a4,letter}` with no word on it (helper qa9's walk of the command line)."""
    import argparse

    from readout_viewer.cli import _gui_parser, _headless_parser

    parser = _headless_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        for action in sub._actions:
            if action.option_strings and not isinstance(action, argparse._HelpAction):
                assert action.help, (name, action.option_strings)
    for action in _gui_parser()._actions:
        if action.option_strings and not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            assert action.help, action.option_strings
