"""The lanes themselves: worker processes started as fresh interpreters, and the pipes to them (core/system/pool.py
shares the work; this module, and multiprocessing with it, is imported only when a lane is started)."""

from __future__ import annotations

import multiprocessing
import queue
import signal
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any

from readout_viewer.core.system import collector
from readout_viewer.core.system.pool import POLL_SECONDS, LaneFailed

# How long a stopped lane gets to end before it is killed (seconds).
STOP_SECONDS = 1.0


class _Failure:
    def __init__(self, text: str) -> None:
        self.text = text


class Writer:
    """Sends messages through a pipe from a thread of its own, in order: the sender goes on with its work instead of
    waiting until the other process reads (a pipe holds 64 kB; a chunk of documents or a task's answer is more,
    and the other process reads it only when it has done its current task)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.queue: queue.SimpleQueue[memoryview | None] = queue.SimpleQueue()
        self.broken = False
        self.thread = self._started()

    def _started(self) -> threading.Thread:
        thread = threading.Thread(target=self._run, name="readout-viewer lane pipe", daemon=True)
        thread.start()
        return thread

    def put(self, message: Any) -> None:
        """Queue the message (pickled here, as it is now); OSError when the pipe has broken."""
        if self.broken:
            raise OSError("the pipe is broken")
        self.queue.put(ForkingPickler.dumps(message))

    def close(self) -> None:
        self.queue.put(None)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """What is queued sent, and no thread of this writer's until the block ends: a fork meanwhile copies
        no other thread's state (a thread holding a lock at the fork would hold it for ever in the copy)."""
        self.finish()
        try:
            yield
        finally:
            self.thread = self._started()

    def finish(self, timeout: float | None = None) -> None:
        """Send what is queued and stop (a process about to end waits here: its last message must get out)."""
        self.close()
        self.thread.join(timeout)

    def _run(self) -> None:
        while (data := self.queue.get()) is not None:
            try:
                self.conn.send_bytes(data)
            except (OSError, ValueError, TypeError):  # the other process has ended or the pipe was closed (under
                # this thread by a lane being stopped: the connection's handle is then None, a TypeError)
                self.broken = True
                return


def _serve(conn: Connection) -> None:
    """A lane's loop: run each task sent with the lane's own state, send back its result (or the failure); with
    the collector's thresholds of an analysis (core/system/collector.py), as the main process's share runs."""
    with collector.fewer_collections():
        _tasks(conn)


def _serve_forked(conn: Connection, inherited: tuple[Connection, ...]) -> None:
    """A forked lane's loop (_serve): first the pipe ends it inherited and does not use are closed (the other end of
    its own pipe, so that it sees the end of its parent; the parent's own pipes, so that their readers see the
    parent's end), and a stop kills it at once, as it does a spawned lane."""
    for other in inherited:
        other.close()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _serve(conn)


def _tasks(conn: Connection) -> None:
    state: dict[str, Any] = {}
    writer = Writer(conn)
    while True:
        try:
            task, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result = task(state, *args)
        except BaseException:  # noqa: BLE001 - told to the main process, which does the task itself
            result = _Failure(traceback.format_exc())
        try:
            writer.put(result)
        except OSError:
            return


class Lane:
    """One worker process and the pipe to it; results come back in the order their tasks were sent."""

    def __init__(self, context: Any, inherited: tuple[Connection, ...] = ()) -> None:
        """A lane started by `context`; a fork closes its copies of `inherited`, the parent's pipes."""
        mine, theirs = context.Pipe()
        forked = context.get_start_method() == "fork"
        target, args = (_serve_forked, (theirs, (mine, *inherited))) if forked else (_serve, (theirs,))
        self.process = context.Process(target=target, args=args, name="readout-viewer lane", daemon=True)
        self.process.start()
        theirs.close()
        self.conn: Connection = mine
        self.writer = Writer(mine)
        self.alive = True
        self.sent: deque[Any] = deque()  # what each task sent and not answered yet stands for, in order

    def send(self, task: Callable[..., Any], *args: Any, tag: Any = None) -> None:
        """Queue `task(state, *args)` in the lane (task: a module-level function, sent by name)."""
        if not self.alive:
            raise LaneFailed("the lane has stopped")
        try:
            self.writer.put((task, args))
        except OSError as exc:
            self.alive = False
            raise LaneFailed(str(exc)) from exc
        self.sent.append(tag)

    def ready(self, timeout: float = 0.0) -> bool:
        """Whether the next answer has come (within `timeout` seconds); raises LaneFailed when the lane died."""
        if not self.alive:
            raise LaneFailed("the lane has stopped")
        if wait([self.conn], timeout):
            return True
        if not self.process.is_alive():
            self.alive = False
            raise LaneFailed("the lane ended")
        return False

    def receive(self) -> tuple[Any, Any]:
        """The next answer and the tag its task was sent with (call when ready())."""
        try:
            result = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.alive = False
            raise LaneFailed(str(exc) or "the lane ended") from exc
        if isinstance(result, _Failure):
            self.alive = False
            raise LaneFailed(result.text)
        return self.sent.popleft(), result

    def stop(self) -> None:
        self.alive = False
        self.writer.close()
        self.conn.close()
        self.process.terminate()
        self.process.join(STOP_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(STOP_SECONDS)


def started(count: int) -> list[Lane]:
    """`count` lanes, started as fresh interpreters; none when processes cannot be started here."""
    lanes: list[Lane] = []
    context = multiprocessing.get_context("spawn")
    try:
        with main_module_hidden():
            for _ in range(count):
                lanes.append(Lane(context))
    except OSError:  # no more processes, or none allowed: the main process does everything
        for lane in lanes:
            lane.stop()
        return []
    return lanes


def forked(inherited: tuple[Connection, ...] = ()) -> list[Lane]:
    """One lane forked from this process (its modules imported, its patterns compiled: nothing to do again), for a
    process with no other thread; closes its copies of `inherited`. None (an empty list) when no process can be
    started here."""
    try:
        return [Lane(multiprocessing.get_context("fork"), inherited)]
    except OSError:
        return []


def wait_any(lanes: list[Lane], timeout: float = POLL_SECONDS) -> None:
    """Wait until one of the lanes has an answer, at most `timeout` seconds."""
    wait([lane.conn for lane in lanes if lane.alive], timeout)


@contextmanager
def main_module_hidden() -> Iterator[None]:
    """A fresh interpreter started by multiprocessing runs the parent's main script again (as __mp_main__) unless
    it cannot tell which it is: a lane needs only this module, and a script that analyses a folder without an
    `if __name__ == "__main__":` guard would otherwise start the analysis again in every lane."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved: dict[str, Any] = {name: main.__dict__[name] for name in ("__spec__", "__file__") if name in main.__dict__}
    with _HIDING:
        main.__dict__["__spec__"] = None
        main.__dict__.pop("__file__", None)
        try:
            yield
        finally:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)


_HIDING = threading.Lock()
