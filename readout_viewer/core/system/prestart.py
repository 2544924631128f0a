"""A folder's analysis started in a child process at launch, so that it runs on another core while the viewer starts.

The viewer starts the first folder's analysis here before it imports Qt (app/startup/main.py): the child imports
the engine and analyses while the window's process imports Qt, builds the window and paints, instead of sharing
Python's lock with the window's thread once the window is up. The child runs `session.run_base` as the thread would
(the cache read when allowed, a fresh analysis stored in it), tells each step of its progress and the texts as soon
as they are read, and sends the engine's result back pickled (7 ms to pickle `corpus/`'s and 6 ms to unpickle it,
where the JSON contract takes 10 ms and 11 ms). `Prestart.run()` is the same generator of Progress returning the
Analysis as `run_base`: closing it ends the child at once, and a child that fails or dies is replaced by the analysis
done in this process, the failure logged.

On Linux, before any thread is started and before Qt is imported, the child is a fork (it costs a few
milliseconds and has the modules already imported); elsewhere, or later, a fresh interpreter (spawn). The child is
not daemonic, so that its analysis can start the engine's lanes (core/system/pool.py) for a large folder: its
lifetime is kept here instead (stopped when the run is closed, fails or is done, and at this process's exit).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import multiprocessing.util
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from readout_viewer.core.model import Analysis, Document, Progress
from readout_viewer.core.system import pool

log = logging.getLogger(__name__)

# How long the reading side waits for the child's next message before it yields again (seconds): a cancel is seen
# within this.
POLL_S = 0.05
# How long a stopped child gets to end (it stops its lanes first) before it is killed (seconds).
STOP_S = 1.0
# The exit code of a child told to stop (SIGTERM), as a shell reports it (128 + the signal).
TERMINATED = 128 + signal.SIGTERM


@dataclass(frozen=True)
class TextsReady(Progress):
    """The texts are read (as core.analysis.TextsRead, which the window's process need not import to get them)."""

    documents: tuple[Document, ...] = ()


class ChildFailed(Exception):
    """The child's analysis failed or the child ended without an answer."""


def start_method() -> str:
    """fork where it is safe and cheapest (Linux, one thread, Qt not loaded), else spawn."""
    quiet = threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules
    return "fork" if sys.platform.startswith("linux") and quiet else "spawn"


def start(folder: Path, use_cache: bool, method: str | None = None) -> Prestart | None:
    """The analysis of `folder` started in a child process; None when no process can be started here."""
    method = method or start_method()
    if method == "spawn" and getattr(sys, "frozen", False):  # a standalone build cannot run a spawned child
        return None
    try:
        return Prestart(Path(folder), use_cache, multiprocessing.get_context(method))
    except OSError as exc:  # no more processes, or none allowed: the window's process analyses it
        log.warning("Could not start the analysis in a child process: %s", exc)
        return None


class Prestart:
    """One child process analysing one folder, and the pipe its messages come through."""

    def __init__(self, folder: Path, use_cache: bool, context: Any) -> None:
        self.folder, self.use_cache = folder, use_cache
        mine, theirs = context.Pipe(duplex=False)
        forked = context.get_start_method() == "fork"
        self.process = context.Process(target=_child, args=(theirs, mine if forked else None, folder, use_cache),
                                       name="readout-viewer analysis", daemon=False)
        # a spawned child must not run the main script again; a fork must not hold the lock that guards it
        with contextlib.nullcontext() if forked else pool.main_module_hidden():
            self.process.start()
        theirs.close()
        self.conn: Connection = mine
        _watch(self)
        log.info("The analysis of %s runs in a child process (pid %s, %s)", folder, self.process.pid,
                 context.get_start_method())

    def matches(self, folder: Path, use_cache: bool) -> bool:
        """Whether this child analyses what the window asks for: the same path (its root is in the result), the
        same use of the cache."""
        return Path(folder) == self.folder and use_cache == self.use_cache

    def run(self) -> Steps:
        """The child's analysis as `session.run_base`'s generator; the child is stopped when it is closed."""
        return Steps(self)

    def stop(self) -> None:
        """End the child now (it stops its lanes on the way) and reap it; nothing when it has ended."""
        _LIVE.discard(self)
        self.conn.close()
        if self.process.exitcode is None:
            self.process.terminate()
            self.process.join(STOP_S)
            if self.process.exitcode is None:
                self.process.kill()
                self.process.join(STOP_S)

    def _messages(self) -> Generator[Progress, None, Analysis]:
        """The child's messages as steps, until its result; ChildFailed when it fails or ends without one."""
        latest = Progress(0.0, f"Analysing {self.folder.name}")
        while True:
            if not self.conn.poll(POLL_S):
                if self.process.exitcode is not None and not self.conn.poll():
                    raise ChildFailed(f"the child ended with exit code {self.process.exitcode}")
                yield latest
                continue
            try:
                kind, *rest = self.conn.recv()
            except (EOFError, OSError) as exc:
                self.process.join(STOP_S)  # its end of the pipe is closed: it is ending (its exit code says how)
                raise ChildFailed(f"the child ended without an answer (exit code {self.process.exitcode})") from exc
            if kind == "done":
                self.process.join(STOP_S)  # it ends as soon as its last message is out
                return rest[0]
            if kind == "failed":
                raise ChildFailed(rest[0])
            latest = Progress(*rest[:2])  # what a wait yields again: the texts are told once
            yield TextsReady(*rest) if kind == "texts" else latest


class Steps(Generator[Progress, None, Analysis]):
    """The child's analysis as a generator for the window's worker; falls back to this process's analysis when
    the child fails. Unlike a plain generator's, `close()` stops the child even before the first step."""

    def __init__(self, prestart: Prestart) -> None:
        self._prestart = prestart
        self._gen = self._steps()

    def _steps(self) -> Generator[Progress, None, Analysis]:
        prestart, told_texts = self._prestart, False
        try:
            messages = prestart._messages()
            while True:
                step = next(messages)
                told_texts = told_texts or isinstance(step, TextsReady)
                yield step
        except StopIteration as done:
            return done.value
        except ChildFailed as exc:
            log.warning("The analysis of %s in a child process failed; it is done again in this one: %s",
                        prestart.folder, exc)
        finally:
            prestart.stop()
        from readout_viewer.core import session
        run = session.run_base(prestart.folder, prestart.use_cache)
        return (yield from (_without_texts(run) if told_texts else run))

    def send(self, value: None) -> Progress:
        return self._gen.send(value)

    def throw(self, *args: Any) -> Progress:
        return self._gen.throw(*args)

    def close(self) -> None:
        self._gen.close()
        self._prestart.stop()


def _without_texts(run: Generator[Progress, None, Analysis]) -> Generator[Progress, None, Analysis]:
    """`run`'s steps but the texts (the child told them already: the window shows them once)."""
    try:
        while True:
            try:
                step = next(run)
            except StopIteration as done:
                return done.value
            if getattr(step, "documents", None) is None:
                yield step
    finally:
        run.close()


# ---- the child


def _child(conn: Connection, parents: Connection | None, folder: Path, use_cache: bool) -> None:
    """The child's whole life: analyse, send the steps and the result (or the failure), end."""
    if parents is not None:  # the parent's end, inherited by a fork: closed, so that a parent gone breaks the pipe
        parents.close()
    signal.signal(signal.SIGTERM, _terminated)  # unwinds the analysis, whose `finally` stops its lanes
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a console is the parent's to handle
    writer = pool.Writer(conn)
    try:
        _analyse(writer, folder, use_cache)
    except OSError:  # the pipe broke: the parent is gone or stopped listening
        return
    except Exception:  # noqa: BLE001 - told to the parent, which analyses the folder itself
        writer.put(("failed", traceback.format_exc()))
    writer.finish()


def _beside(writer: pool.Writer, window: Connection) -> Callable[[], list[pool.Lane]] | None:
    """How the child starts a lane beside a small folder's analysis (stages.analyse): a fork of itself, made while
    its writer has no thread (what was queued sent first), which closes its copy of the window's pipe; none when
    no core is free (pool.beside_wanted), None where no fork is made (not Linux)."""
    if not sys.platform.startswith("linux"):
        return None

    def fork() -> list[pool.Lane]:
        if not pool.beside_wanted():  # asked when the lane would start: a cached analysis never asks
            return []
        with writer.paused():
            return pool.lanes_module().forked((window,))
    return fork


def _analyse(writer: pool.Writer, folder: Path, use_cache: bool) -> None:
    from readout_viewer.core import session
    run = session.run_base(folder, use_cache, beside=_beside(writer, writer.conn))
    while True:  # every step is sent (3,500 for 500 articles, a few µs each): the one before a long stage says it
        try:
            step = next(run)
        except StopIteration as done:
            writer.put(("done", done.value))
            return
        documents = getattr(step, "documents", None)
        if documents is not None:
            writer.put(("texts", step.fraction, step.message, documents))
        else:
            writer.put(("progress", step.fraction, step.message))


def _terminated(signum: int, frame: Any) -> None:
    sys.exit(TERMINATED)


# ---- no child outlives this process

_LIVE: set[Prestart] = set()


def _watch(prestart: Prestart) -> None:
    _LIVE.add(prestart)


def stop_all() -> None:
    """Stop every child still running (at exit)."""
    for prestart in list(_LIVE):
        prestart.stop()


# Registered after multiprocessing.util (imported above) registers its own: atexit runs the last registered first,
# so the children are stopped here before multiprocessing would wait for a non-daemonic one to end by itself.
atexit.register(stop_all)
