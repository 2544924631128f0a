"""The one entry point: the viewer by default, subcommands for headless work (analyze, findings, export)."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path

from readout_viewer import __version__
from readout_viewer.core.model import Analysis
from readout_viewer.core.system.paths import bundled_corpus

SUBCOMMANDS = ("analyze", "findings", "export", "doctor")
# Exit codes as a shell reports death by SIGPIPE / SIGINT (128 + signal), so scripts can tell them from failures.
BROKEN_PIPE = 141
INTERRUPTED = 130
NO_CACHE_HELP = ("analyse afresh, without reading or writing the analysis cache (as READOUT_VIEWER_NO_CACHE=1 "
                 "does)")


def _analyze_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyse a folder and print the result")
    p.add_argument("folder", type=Path)
    p.add_argument("--json", action="store_true", help="print the readout-viewer.analysis/1 JSON contract")
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    p.add_argument("--no-decisions", action="store_true", help="ignore the analyst decisions saved in the folder")
    p.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)


def _findings_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("findings", help="list divergences, omissions, altered quotes, misattributions, one a row")
    p.add_argument("folder", type=Path)
    p.add_argument("--csv", action="store_true", help="CSV for a spreadsheet (a header, then one row a finding)")
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    p.add_argument("--min-score", type=float, default=0.0, metavar="S",
                   help="leave out divergences and attributions the engine is less sure of than S (0..1)")
    p.add_argument("--no-decisions", action="store_true", help="ignore the analyst decisions saved in the folder")
    p.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)


def _export_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export an annotated PDF of a folder")
    p.add_argument("folder", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--event", help="only this event (the events are the folder's first-level subfolders)")
    p.add_argument("--docs", metavar="DOC,DOC",
                   help="documents (ids or file names) for the synopsis columns after each side's readout; "
                        "default: the outlets that set themselves apart most, up to four columns")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4",
                   help="the page size: A4 (210 × 297 mm, the default) or US Letter (8.5 × 11 in)")
    p.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    p.add_argument("--author", help="the name in the PDF's Author field (default: your name from the system "
                                    "account; --author '' for none)")
    p.add_argument("--min-score", type=float, default=0.0, metavar="S",
                   help="leave out links, attributions and reports the engine is less sure of than S (0..1), "
                        "in every part of the PDF")
    p.add_argument("--no-decisions", action="store_true", help="ignore the analyst decisions saved in the folder")


def _doctor_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("doctor", help="print versions, the Qt platform, fonts, file locations and the semantic model "
                                  "(for a bug report); exit 1 when the viewer cannot start here")


def cmd_doctor(args: argparse.Namespace) -> int:
    """`readout-viewer doctor`: a report on standard output; 0 when the viewer can start here, else 1."""
    from readout_viewer.core.system import doctor
    rows = doctor.report()
    try:
        from readout_viewer.app.startup import doctor as qt_doctor
        qt_rows, usable = qt_doctor.report()
    except ImportError as exc:
        qt_rows, usable = [("Qt", f"PROBLEM: {exc}")], False
    return _write(None, doctor.render(doctor.with_qt(rows, qt_rows))) or (0 if usable else 1)


def _headless_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readout-viewer", description="Compare readouts of a diplomatic event.")
    parser.add_argument("--version", action="version", version=f"readout-viewer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _analyze_parser(sub)
    _findings_parser(sub)
    _export_parser(sub)
    _doctor_parser(sub)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readout-viewer",
        description="Open FOLDER (default: the last folder opened, else the bundled corpus) in the viewer. "
                    "Headless work: 'readout-viewer analyze FOLDER [--json]', 'readout-viewer findings FOLDER --csv', "
                    "'readout-viewer export FOLDER -o OUT.pdf'; 'readout-viewer doctor' for a bug report; "
                    "'readout-viewer COMMAND --help' for each.")
    parser.add_argument("--version", action="version", version=f"readout-viewer {__version__}")
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="open the folder offscreen at 1600x1000, save the window as PNG and exit")
    parser.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    parser.add_argument("--size", type=_size, metavar="WxH",
                        help="with --screenshot: the window's size in pixels (e.g. 1280x800)")
    parser.add_argument("--install-desktop", action="store_true",
                        help="install the launcher and icons for this user (XDG desktops) and exit")
    return parser


# Window sizes --size accepts (pixels): from a small laptop to an 8K screen.
SIZE_RANGE = (320, 7680)


def _size(text: str) -> tuple[int, int]:
    """'1280x800' as (1280, 800); argparse reports anything else."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT (e.g. 1280x800)")
    size = int(width), int(height)
    if not all(SIZE_RANGE[0] <= n <= SIZE_RANGE[1] for n in size):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be {SIZE_RANGE[0]} to {SIZE_RANGE[1]} pixels")
    return size


def _fail(message: str) -> int:
    print(f"readout-viewer: {message}", file=sys.stderr)
    return 2


def _to_stdout(text: str, utf8: bool) -> None:
    """JSON goes out as UTF-8 whatever the console's encoding (the contract is UTF-8 JSON); a summary for a
    person in the console's encoding, a character it cannot show replaced rather than a crash."""
    encoding = "utf-8" if utf8 else getattr(sys.stdout, "encoding", None) or "utf-8"
    if not hasattr(sys.stdout, "buffer"):
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
        return sys.stdout.flush()
    sys.stdout.flush()
    view = memoryview((text if utf8 else text.replace("\n", os.linesep)).encode(encoding, "replace"))
    while view:  # every byte: into a pipe whose reader left after part of it (`| head`), a buffered write returns
        written = sys.stdout.buffer.write(view)  # the part written and drops the rest: it exited 0 (helper qa9)
        if not written:
            raise BrokenPipeError
        view = view[written:]
    sys.stdout.buffer.flush()


def _write(output: Path | None, text: str, utf8: bool = False) -> int:
    """Write the text to `output` (atomically when it is a file), else to standard output; an exit code."""
    if output is None:
        try:
            _to_stdout(text, utf8)
        except BrokenPipeError:  # the reader stopped early (`| head`): nothing more to say, and no traceback
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit flush must not fail
            return BROKEN_PIPE
        return 0
    from readout_viewer.core.system.atomic import write_text_atomic
    try:
        write_text_atomic(output, text)  # through links, pipes and /dev/stdout; refuses folders and disks
    except BrokenPipeError:  # `-o /dev/stdout | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and not output.parent.is_dir():  # as `export` says it
            return _fail(f"cannot write {output}: the folder {output.parent} does not exist")
        return _fail(f"cannot write {output}: {exc.strerror or exc}")
    return 0


def _analysis(folder: Path, use_decisions: bool = True) -> Analysis | str:
    """The analysis of a folder with at least one readable document, else why not, in words for a person."""
    from readout_viewer.core.session import analyze_folder
    if not folder.is_dir():
        return f"{folder} is not a folder that can be read"
    try:
        analysis = analyze_folder(folder, use_decisions=use_decisions)
    except OSError as exc:
        return f"cannot read {folder}: {exc.strerror or exc}"
    except Exception as exc:  # noqa: BLE001 - a person gets a sentence, never a traceback
        return f"the analysis of {folder} failed: {exc}"
    if not analysis.documents:
        return (f"{folder} holds no document that could be read"
                + "".join(f"\n  {p.path}: {p.message}" for p in analysis.problems))
    return analysis


def cmd_analyze(args: argparse.Namespace) -> int:
    """`readout-viewer analyze FOLDER [--json] [-o OUT]`: an exit code, messages on standard error."""
    from readout_viewer.core import jsonio, summary
    analysis = _analysis(args.folder, use_decisions=not args.no_decisions)
    if isinstance(analysis, str):
        return _fail(analysis)
    text = jsonio.dumps(analysis) if args.json else summary.render(analysis)
    return _write(args.output, text, utf8=args.json)


def cmd_findings(args: argparse.Namespace) -> int:
    """`readout-viewer findings FOLDER [--csv] [-o OUT]`: an exit code, messages on standard error."""
    from readout_viewer.core import compare, findings
    if not 0.0 <= args.min_score <= 1.0:
        return _fail(f"--min-score must be between 0 and 1, not {args.min_score}")
    analysis = _analysis(args.folder, use_decisions=not args.no_decisions)
    if isinstance(analysis, str):
        return _fail(analysis)
    # each document's left-out statements the most reported first: the order of the Findings drawer, its CSV, Compare
    rows = compare.press_first(analysis, findings.findings(analysis, args.min_score))
    text = findings.to_csv(analysis, rows) if args.csv else findings.render(analysis, rows)
    return _write(args.output, text, utf8=args.csv)


COMMANDS = {"analyze": cmd_analyze, "findings": cmd_findings, "doctor": cmd_doctor}


def cmd_export(args: argparse.Namespace) -> int:
    """`readout-viewer export FOLDER -o OUT.pdf`: an exit code, messages on standard error."""
    try:
        from readout_viewer.export.pdf import ExportError, export_pdf
        from readout_viewer.export.pdfmeta import user_name
        from readout_viewer.export.select import SelectionError
    except ImportError as exc:  # the exporter needs Qt's GUI module for page layout
        return _fail(f"PDF export is not available: {exc}")
    min_score = getattr(args, "min_score", 0.0)
    if not 0.0 <= min_score <= 1.0:
        return _fail(f"--min-score must be between 0 and 1, not {min_score}")
    analysis = _analysis(Path(args.folder), use_decisions=not getattr(args, "no_decisions", False))
    if isinstance(analysis, str):
        return _fail(analysis)
    docs = [d.strip() for d in args.docs.split(",")] if args.docs else None
    author = getattr(args, "author", None)
    try:
        export_pdf(analysis, args.output, event=args.event, docs=docs, paper=args.paper, min_score=min_score,
                   author=user_name() if author is None else author)
    except (ExportError, SelectionError) as exc:
        if isinstance(exc.__cause__, BrokenPipeError):  # `-o /dev/stdout | head`: 141, as analyze's JSON
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return BROKEN_PIPE
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - a person gets a sentence, never a traceback
        return _fail(f"the PDF could not be made: {exc}")
    st = os.stat(args.output)
    size = f" ({st.st_size // 1024} KB)" if stat.S_ISREG(st.st_mode) else ""  # "wrote /dev/null (0 KB)" said no more
    print(f"readout-viewer: wrote {args.output}{size}", file=sys.stderr)
    return 0


def _no_cache(args: argparse.Namespace) -> None:
    """`--no-cache` is READOUT_VIEWER_NO_CACHE=1 for this run (the viewer's analyses in their thread see it too)."""
    if getattr(args, "no_cache", False):
        from readout_viewer.core.system import cache
        os.environ[cache.NO_CACHE_ENV] = "1"


def _plain_start(argv: list[str]) -> argparse.Namespace | None:
    """The viewer's arguments when there is nothing to parse: none (how the launcher starts it) or one folder; None
    for anything else (options, more than one word), which _gui_parser reads. Building that parser asks gettext for
    its words, which imports `locale` and looks for translation files: 5.7 M instructions of a warm start before
    its first paint (helper speed28)."""
    if len(argv) > 1 or any(a.startswith("-") for a in argv):
        return None
    return argparse.Namespace(folder=Path(argv[0]) if argv else None, screenshot=None, no_cache=False, size=None,
                              install_desktop=False)


def main(argv: list[str] | None = None) -> int:
    """Run the command line: a subcommand if one is named, else the viewer."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from readout_viewer.core.system import logfile
    if argv and argv[0] in SUBCOMMANDS:
        args = _headless_parser().parse_args(argv)  # --help and --version exit here, before the log is opened
        logfile.setup(args.command)
        _no_cache(args)
        try:
            return {**COMMANDS, "export": cmd_export}[args.command](args)
        except KeyboardInterrupt:
            _fail("interrupted")
            return INTERRUPTED
    args = _plain_start(argv)
    if args is None:
        parser = _gui_parser()
        args = parser.parse_args(argv)
        if args.size is not None and args.screenshot is None:
            parser.error("--size goes with --screenshot")
    logfile.setup("viewer")
    _no_cache(args)
    try:
        from readout_viewer.app.startup.main import run_gui
    except ImportError as exc:
        return _fail(f"the viewer cannot start: {exc}")
    return run_gui(folder=args.folder, screenshot=args.screenshot, screenshot_size=args.size,
                   install_desktop=args.install_desktop,
                   default_folder=bundled_corpus())


def gui_main() -> int:
    """Entry point of the windowed launcher."""
    return main()
