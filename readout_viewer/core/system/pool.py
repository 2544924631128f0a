"""Worker processes for the analysis of a large folder, so that it uses every core.

A lane is one worker process that keeps what it was given (the documents it read) for the tasks that follow;
the analysis sends it tasks and reads their results in the order it sent them, so nothing depends on which
process did what and the result is the serial one byte for byte. Lanes are started as fresh interpreters (safe
beside the viewer's threads, and the way macOS and Windows start processes anyway) and stopped at once when the
analysis ends, is cancelled or fails. A lane that dies is no failure: its tasks are done in the main process.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from readout_viewer.core.system import lazy

if TYPE_CHECKING:
    from readout_viewer.core.system.lanes import Lane, Writer, main_module_hidden

__all__ = ["Lane", "Writer", "main_module_hidden"]

# The lanes' own names (core/system/lanes.py), imported when first asked for: they bring multiprocessing, its
# pipes and pickler (about a tenth of importing the engine), which an analysis that starts no lane never uses.
__getattr__ = lazy.exports("readout_viewer.core.system", dict.fromkeys(__all__, "lanes"))

T = TypeVar("T")

# Below this many files a lane costs more than it saves: it starts a Python and imports the engine (0.3-0.5 s of
# one core), and every document and result crosses a pipe. Measured on this 2-core machine (whole analysis in a
# fresh process, medians of 3 alternated runs, one lane against none): 100 articles 4 % slower, 150 8 % faster,
# 250 11 % faster, 500 20 % faster. Since linking and attributions run in the lanes too: 150 articles 4.69 s serially,
# 3.89 s with one lane (1.21x, load 0.4); below MIN_FILES no lane is started, so 100 was not measured with one.
MIN_FILES = 150
# READOUT_VIEWER_WORKERS=N: N lanes whatever the folder's size (0: none); unset, one per free core but one.
WORKERS_ENV = "READOUT_VIEWER_WORKERS"
# READOUT_VIEWER_BESIDE=1: a small folder's analysis forks its lane (stages.analyse's `beside`) whatever the load;
# 0: never; unset: when the load leaves a core free and READOUT_VIEWER_WORKERS is not 0.
BESIDE_ENV = "READOUT_VIEWER_BESIDE"
# The idle cores (cores less the 1-minute load) a lane beside a small folder's analysis needs: the viewer's own
# process works beside the child and its lane (its texts' settle, 0.16 s of CPU), so on 2 cores a load of 0.5 at most.
# With one other process busy (load 1-2) the cold start of corpus/ was no faster with the lane (medians of 7 and 9:
# 1.07 and 1.11 s against 1.06 s), in idle moments it was (the fastest of 9 runs 0.62 s against 0.82 s).
BESIDE_FREE = 1.5
# How long the main process waits for a lane's answer before it reports progress again (seconds): a cancel is
# seen within this.
POLL_SECONDS = 0.1
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
    return lanes_decided(files)[0]


def lanes_decided(files: int) -> tuple[int, str]:
    """How many lanes an analysis of `files` files should start, and why (for a benchmark or a log to tell)."""
    asked = os.environ.get(WORKERS_ENV, "").strip()
    if asked:
        try:
            return max(0, int(asked)), f"{WORKERS_ENV}={asked}"
        except ValueError:
            pass
    if files < MIN_FILES:
        return 0, f"{files} files, fewer than {MIN_FILES}"
    return _free_cores()


def beside_wanted() -> bool:
    """Whether a small folder's analysis should fork a lane beside it (stages.analyse): as BESIDE_ENV says, else
    when the load leaves BESIDE_FREE cores free, and never when no lanes are wanted (READOUT_VIEWER_WORKERS=0)."""
    asked = os.environ.get(BESIDE_ENV, "").strip()
    if asked in ("0", "1"):
        return asked == "1"
    if os.environ.get(WORKERS_ENV, "").strip() == "0":
        return False
    try:
        load = os.getloadavg()[0]
    except (OSError, AttributeError):  # no load average (Windows): as for lanes, the cores but one
        return (os.cpu_count() or 1) > 1
    return (os.cpu_count() or 1) - load >= BESIDE_FREE


def _free_cores() -> tuple[int, str]:
    """The cores but one (the main process's) that the machine's load leaves free, and why; all but one where the
    system keeps no load average (Windows)."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (OSError, AttributeError):
        return max(0, cores - 1), f"{cores} cores, no load average"
    free = max(0, min(cores - 1, int(cores - load + FREE_SHARE)))
    return free, (f"load average {load:.2f} on {cores} cores: {free} of the {cores - 1} beside the main process "
                  f"free (one is when the load leaves {FREE_SHARE:.0%} of it)")


class LaneFailed(Exception):
    """A lane died or its task raised; the caller does the task itself."""


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
            lanes_module().wait_any(working)
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
    """The answer to the task sent with `tag`, yielding progress() while it comes; None when the lane failed (the
    failure logged: the caller does the task itself)."""
    try:
        while not tag.done:
            while not lane.ready(POLL_SECONDS):
                yield progress()
            k, result = lane.receive()
            if isinstance(k, Answer):
                k.take(result)
    except LaneFailed as exc:
        import logging  # here: an analysis whose lanes never fail does not load the logging package (~120 M)
        logging.getLogger(__name__).warning("A lane failed; its work is done in the analysis's own process: %s", exc)
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


def start(count: int) -> list[Lane]:
    """`count` lanes, started as fresh interpreters; none when processes cannot be started here."""
    return lanes_module().started(count) if count > 0 else []


def lanes_module() -> ModuleType:
    """core/system/lanes.py, imported on first use."""
    from readout_viewer.core.system import lanes
    return lanes


def stop(lanes: list[Lane]) -> None:
    for lane in lanes:
        lane.stop()
