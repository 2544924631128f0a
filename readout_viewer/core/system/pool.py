"""Worker processes for the analysis of a large folder, so that it uses every core.

A lane is one worker process that keeps what it was given (the documents it read) for the tasks that follow;
the analysis sends it tasks and reads their results in the order it sent them, so nothing depends on which
process did what and the result is the serial one byte for byte. Lanes are started as fresh interpreters (safe
beside the viewer's threads, and the way macOS and Windows start processes anyway) and stopped at once when the
analysis ends, is cancelled or fails. A lane that dies is no failure: its tasks are done in the main process.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, TypeVar

T = TypeVar("T")

# Below this many files a lane costs more than it saves: it starts a Python and imports the engine (0.3-0.5 s of
# one core), and every document and result crosses a pipe. Measured on this 2-core machine (whole analysis in a
# fresh process, medians of 3 alternated runs, one lane against none): 100 articles 4 % slower, 150 8 % faster,
# 250 11 % faster, 500 20 % faster. Since linking and attributions run in the lanes too: 150 articles 4.69 s serially,
# 3.89 s with one lane (1.21x, load 0.4); below MIN_FILES no lane is started, so 100 was not measured with one.
MIN_FILES = 150
# READOUT_VIEWER_WORKERS=N: N lanes whatever the folder's size (0: none); unset, one per free core but one.
WORKERS_ENV = "READOUT_VIEWER_WORKERS"
# How long the main process waits for a lane's answer before it reports progress again (seconds): a cancel is
# seen within this.
POLL_SECONDS = 0.1
# How long a stopped lane gets to end before it is killed (seconds).
STOP_SECONDS = 1.0
# A core is free for a lane when the load average (processes running or waiting, over the last minute) leaves at
# least this share of it: on a busy machine a lane competes with the main process for one core and the analysis
# gets slower, not faster (2,000 articles on this 2-core machine while a test suite ran, load 2.1-2.7: 99 s with a
# lane, 71 s without; quiet, load 0.2: 36 s with, 70 s without).
FREE_SHARE = 0.5
# Tasks kept queued in each lane, so that it never waits for the main process to send the next one.
IN_FLIGHT = 2
# Files or documents in one task sent to a lane: small enough that the lanes and the main process share the last
# ones evenly and progress moves, large enough that the pipe is not the cost.
CHUNK = 20


def lanes_for(files: int) -> int:
    """How many lanes an analysis of `files` files should start."""
    asked = os.environ.get(WORKERS_ENV, "").strip()
    if asked:
        try:
            return max(0, int(asked))
        except ValueError:
            pass
    return _free_cores() if files >= MIN_FILES else 0


def _free_cores() -> int:
    """The cores but one (the main process's) that the machine's load leaves free; all but one where the system
    keeps no load average (Windows)."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (OSError, AttributeError):
        return max(0, cores - 1)
    return max(0, min(cores - 1, int(cores - load + FREE_SHARE)))


class LaneFailed(Exception):
    """A lane died or its task raised; the caller does the task itself."""


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
        self.thread = threading.Thread(target=self._run, name="readout-viewer lane pipe", daemon=True)
        self.thread.start()

    def put(self, message: Any) -> None:
        """Queue the message (pickled here, as it is now); OSError when the pipe has broken."""
        if self.broken:
            raise OSError("the pipe is broken")
        self.queue.put(ForkingPickler.dumps(message))

    def close(self) -> None:
        self.queue.put(None)

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
    """A lane's loop: run each task sent with the lane's own state, send back its result (or the failure)."""
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

    def __init__(self, context: Any) -> None:
        mine, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs,), name="readout-viewer lane", daemon=True)
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
            raise LaneFailed(str(exc)) from exc
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


class Answer:
    """The tag of a task whose answer is wanted later: spread() keeps it here when it comes first."""

    def __init__(self) -> None:
        self.done = False
        self.value: Any = None

    def take(self, value: Any) -> None:
        self.done, self.value = True, value


def spread(chunks: list[list], local: Callable[[Any], Any], message: Callable[[list], tuple],
           lanes: list[Lane], progress: Callable[[int, Any], T]) -> Generator[T, None, list]:
    """`local(item)` for every item of the chunks, in order: chunks go to the lanes as they take them
    (`message(chunk)`: the task and its arguments, giving the chunk's results) while the main process does the
    next chunk itself; a lane that fails gives its chunks back. An answer to an earlier task tagged with an Answer
    is kept in it; other earlier answers are dropped."""
    results: list[list | None] = [None] * len(chunks)
    todo = deque(range(len(chunks)))
    working = [lane for lane in lanes if lane.alive]
    done = 0
    while todo or any(isinstance(tag, int) for lane in working for tag in lane.sent):
        for lane in list(working):
            try:
                while lane.sent and lane.ready():
                    k, result = lane.receive()
                    if isinstance(k, Answer):
                        k.take(result)
                    elif isinstance(k, int):
                        results[k] = result
                        done += len(chunks[k])
                while todo and len(lane.sent) < IN_FLIGHT:
                    lane.send(*message(chunks[todo[0]]), tag=todo[0])
                    todo.popleft()
            except LaneFailed:
                todo.extendleft(reversed([k for k in lane.sent if isinstance(k, int)]))  # done by the others
                lane.sent.clear()
                working.remove(lane)
        if todo:
            k, out = todo.popleft(), []
            for item in chunks[k]:
                yield progress(done, item)
                out.append(local(item))
                done += 1
            results[k] = out
        elif working:
            wait_any(working)
            yield progress(done, None)
    return [r for chunk in results for r in (chunk or ())]


def chunked(items: Sequence[T], size: int = CHUNK) -> list[list[T]]:
    """The items in order, cut into lists of `size` (the last may be shorter): the tasks spread() shares."""
    return [list(items[k:k + size]) for k in range(0, len(items), size)]


def spread_items(items: list, local: Callable[[Any], Any], task: Callable, args: tuple, lanes: list[Lane],
                 progress: Callable[[int, Any], T]) -> Generator[T, None, list]:
    """`local(item)` for every item, in the items' order, chunks of CHUNK done by the lanes (spread):
    `task(state, chunk, *args)` gives a chunk's results."""
    return (yield from spread(chunked(items), local, lambda chunk: (task, chunk, *args), lanes, progress))


def answer(lane: Lane, tag: Answer, progress: Callable[[], T]) -> Generator[T, None, Any | None]:
    """The answer to the task sent with `tag`, yielding progress() while it comes; None when the lane failed."""
    try:
        while not tag.done:
            while not lane.ready(POLL_SECONDS):
                yield progress()
            k, result = lane.receive()
            if isinstance(k, Answer):
                k.take(result)
    except LaneFailed:
        return None
    return tag.value


def ask(lanes: list[Lane], task: Callable[..., Any], *args: Any) -> Answer | None:
    """Send `task(state, *args)` to the first lane, its answer to be taken later with answer(); None when there is
    no lane or it has stopped (the caller does the work itself)."""
    tag = Answer()
    try:
        lanes[0].send(task, *args, tag=tag)
    except (IndexError, LaneFailed):
        return None
    return tag


def wait_any(lanes: list[Lane], timeout: float = POLL_SECONDS) -> None:
    """Wait until one of the lanes has an answer, at most `timeout` seconds."""
    wait([lane.conn for lane in lanes if lane.alive], timeout)


def start(count: int) -> list[Lane]:
    """`count` lanes, started as fresh interpreters; none when processes cannot be started here."""
    lanes: list[Lane] = []
    if count <= 0:
        return lanes
    context = multiprocessing.get_context("spawn")
    try:
        with main_module_hidden():
            for _ in range(count):
                lanes.append(Lane(context))
    except OSError:  # no more processes, or none allowed: the main process does everything
        stop(lanes)
        return []
    return lanes


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


def stop(lanes: list[Lane]) -> None:
    for lane in lanes:
        lane.stop()
