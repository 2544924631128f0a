"""The decisions of a folder in memory, saved after every change: locked, merged, atomic, never lost.

Every save holds the operating system's lock on the file while it reads what is there, merges it with what
changed here (three ways, against the file as last read or written here, so an entry someone else added is never
taken for a deletion) and replaces it. Decisions saved under the configuration directory while the folder could
not be written are read with the folder's own, and merged back into it at the first save the folder takes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from readout_viewer.core.decisions import file as files
from readout_viewer.core.decisions.apply import apply_decisions
from readout_viewer.core.decisions.file import VERSION, FileContent, folder_path
from readout_viewer.core.decisions.merge import merge3, union
from readout_viewer.core.decisions.record import Decision
from readout_viewer.core.decisions.yaml_text import HEADER, dump
from readout_viewer.core.loading import guard
from readout_viewer.core.model import Analysis, Problem
from readout_viewer.core.system.atomic import replace_file

# What the fallback file becomes once merged back into the folder's own: kept, not deleted (nothing is lost).
MERGED_SUFFIX = ".merged"


class DecisionsReadOnly(RuntimeError):
    """Decisions cannot be changed: the file could not be read and is kept as it is."""


class DecisionStore:
    """The analyst decisions of one folder, saved after every change; open it with DecisionStore.open(folder)."""

    def __init__(self, folder: Path, path: Path, content: FileContent, messages: list[str],
                 seen: dict[Path, bytes | None] | None = None) -> None:
        self.folder = Path(folder)
        self.path = path  # where the decisions are saved
        self.read_only = content.fatal is not None
        self.messages = messages  # for the user: where decisions go, and what could not be read
        self._decisions = list(content.decisions)
        self._unreadable = list(content.unreadable)
        self._seen: dict[Path, bytes | None] = dict(seen or {})  # each file as last read or written here
        self._chunks: dict[int, tuple[Decision, str]] = {}  # id -> (decision, its entry as dumped), kept alive
        self._problems = tuple(Problem(str(path), m) for m in content.problems)

    @classmethod
    def open(cls, folder: Path) -> DecisionStore:
        """The decisions of `folder` (its own file and any saved in the fallback); never raises for a bad file
        (see .read_only and .messages), never writes."""
        folder = Path(folder)
        own, fallback = folder_path(folder), files.fallback_path(folder)
        messages: list[str] = []
        own_bytes, own_content = _read(own, folder)
        fb_bytes, fb_content = _read(fallback, fallback.parent)
        writable = files.folder_writable(folder)
        path = own if writable else fallback
        messages += [f"{own}: {p}; the entry is kept as it is but not applied." for p in own_content.problems]
        messages += [f"{fallback}: {p}; the entry is kept as it is but not applied." for p in fb_content.problems]
        if own_content.fatal or (path == fallback and fb_content.fatal):  # never overwritten: read-only
            bad, why = (own, own_content.fatal) if own_content.fatal else (fallback, fb_content.fatal)
            messages.append(_unusable(bad, folder, why or ""))
            store = cls(folder, path, FileContent(fatal=why), messages, {own: own_bytes, fallback: fb_bytes})
            store._problems = (Problem(str(bad), messages[-1]),)
            return store
        content = union(own_content, fb_content if not fb_content.fatal else FileContent())
        extra = len(content.decisions) - len(own_content.decisions)
        if fb_content.fatal:
            messages.append(f"The decisions saved in {fallback} cannot be read: {fb_content.fatal}; that file is left "
                            "as it is.")
        if not writable:
            messages.append(f"The folder {folder} cannot be written: decisions are saved in {fallback}.")
        elif extra:
            messages.append(f"{extra} decision(s) saved in {fallback} while the folder could not be written are "
                            f"read with the folder's and will be merged into {own} at the next save.")
        return cls(folder, path, content, messages, {own: own_bytes, fallback: fb_bytes})

    @property
    def decisions(self) -> tuple[Decision, ...]:
        return tuple(self._decisions)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What could not be read, as problems of the analysis."""
        return self._problems

    def add(self, decision: Decision) -> None:
        """Record a decision and save; raises DecisionsReadOnly, or OSError when saving failed (it is kept)."""
        self._check_writable()
        self._decisions.append(decision)
        try:
            self.save()
        except DecisionsReadOnly:
            self._decisions.remove(decision)
            raise

    def remove(self, decision: Decision) -> None:
        """Take a decision back (the last one equal to it) and save."""
        self._check_writable()
        for i in range(len(self._decisions) - 1, -1, -1):
            if self._decisions[i] == decision:
                del self._decisions[i]
                break
        self.save()

    def apply(self, analysis: Analysis) -> Analysis:
        """A new analysis with these decisions applied (idempotent: it starts from the engine's findings)."""
        return self.frozen()(analysis)

    def frozen(self) -> Callable[[Analysis], Analysis]:
        """apply() with the decisions as they are now, for a background thread while this store changes."""
        decisions, problems = tuple(self._decisions), self._problems
        unreadable = [{"entry": e, "problem": "the entry cannot be read"} for e in self._unreadable]
        return lambda analysis: apply_decisions(analysis, decisions, unreadable, problems)

    def _check_writable(self) -> None:
        if self.read_only:
            raise DecisionsReadOnly(self.messages[-1] if self.messages else "decisions are read-only")

    def to_text(self) -> str:
        """The file as saved: a header, the version, then every decision (unreadable entries kept at the end).

        Each entry is dumped on its own and remembered, so a save costs one entry's dump, not the whole file's.
        """
        header = HEADER.format(version=VERSION)
        if self.path != folder_path(self.folder):
            header += f"# Decisions about the folder {self.folder.resolve()}\n"
        if not self._decisions and not self._unreadable:
            return header + dump({"version": VERSION, "decisions": []})
        chunks = {id(d): self._chunks.get(id(d)) or (d, dump([d.to_dict()])) for d in self._decisions}
        self._chunks = chunks  # entries no longer in the list are forgotten
        entries = [chunks[id(d)][1] for d in self._decisions] + [dump([e]) for e in self._unreadable]
        return header + f"version: {VERSION}\ndecisions:\n" + "".join(entries)

    def save(self) -> None:
        """Save in the folder when it can be written (merging back what the fallback holds), else in the
        configuration directory; raises OSError when neither takes it (the decisions stay in memory)."""
        self._check_writable()
        own, fallback = folder_path(self.folder), files.fallback_path(self.folder)
        failure: OSError | None = None
        if files.folder_writable(self.folder):
            try:
                self._save_to(own, self.folder, merge_back=fallback)
            except OSError as exc:
                failure = exc
            else:
                if self.path != own:
                    self.messages.append(f"The folder can be written again: decisions are saved in {own}, with "
                                         f"those saved in {fallback} merged back.")
                self.path = own
                return
        self._save_to(fallback, fallback.parent)
        if self.path != fallback:
            why = f" ({failure.strerror or failure})" if failure is not None else ""
            self.messages.append(f"{self.path} could not be written{why}: decisions are now saved in {fallback}.")
        self.path = fallback

    def _save_to(self, path: Path, root: Path, merge_back: Path | None = None) -> None:
        """Under the file's lock: read it, merge what changed there (and what the fallback holds), replace it."""
        with files.locked(path):
            files.clean_stale(path)
            current = self._current(path, root)
            if current is not None and current != self._seen.get(path):
                self._merge(path, current)
            merged_back = None
            if merge_back is not None and merge_back != path and os.path.lexists(merge_back):
                with files.locked(merge_back):
                    merged_back = self._current(merge_back, merge_back.parent, tolerant=True)
                    if merged_back is not None and merged_back != self._seen.get(merge_back):
                        self._merge(merge_back, merged_back, quiet=True)
                    text = self._write(path, current)
                    if merged_back is not None:
                        with contextlib.suppress(OSError):  # kept as a copy: nothing is deleted
                            os.replace(merge_back, merge_back.with_name(merge_back.name + MERGED_SUFFIX))
                        self._seen[merge_back] = None
            else:
                text = self._write(path, current)
            self._seen[path] = text

    def _write(self, path: Path, current: bytes | None) -> bytes:
        data = self.to_text().encode("utf-8")
        if current is not None:
            files.keep_backup(path)
        replace_file(path, data)
        return data

    def _current(self, path: Path, root: Path, tolerant: bool = False) -> bytes | None:
        """The file's bytes now; a file that turned into a link, pipe or device makes decisions read-only
        (unless `tolerant`: a fallback that cannot be read is left alone and not merged)."""
        try:
            return files.read_bytes(path, root)
        except (guard.Unusable, OSError) as exc:
            if tolerant:
                return None
            if isinstance(exc, guard.Unusable):
                self.read_only = True
                self.messages.append(_unusable(path, self.folder, str(exc)))
                raise DecisionsReadOnly(self.messages[-1]) from None
            raise

    def _merge(self, path: Path, current: bytes, quiet: bool = False) -> None:
        """Keep what someone else did to the file since it was read here (three-way: theirs, ours, the last seen).

        An unusable file is never overwritten: decisions become read-only instead.
        """
        theirs = _content(current)
        if theirs.fatal:
            if quiet:
                return
            self.read_only = True
            self.messages.append(_unusable(path, self.folder, theirs.fatal))
            raise DecisionsReadOnly(self.messages[-1])
        seen_bytes = self._seen.get(path)
        seen = _content(seen_bytes) if seen_bytes is not None else FileContent()
        self._decisions = merge3(theirs.decisions, seen.decisions, self._decisions)
        self._unreadable = merge3(theirs.unreadable, seen.unreadable, self._unreadable)
        if not quiet:
            self.messages.append(f"{path} was changed elsewhere since it was read here; both sets of changes are "
                                 "kept.")


def _read(path: Path, root: Path) -> tuple[bytes | None, FileContent]:
    """A decisions file's bytes and content; a file that cannot be used has no bytes and a fatal reason."""
    try:
        data = files.read_bytes(path, root)
    except guard.Unusable as exc:
        return None, FileContent(fatal=str(exc))
    except OSError as exc:
        return None, FileContent(fatal=f"it cannot be read ({exc.strerror or exc})")
    return data, (_content(data) if data is not None else FileContent())


def _content(data: bytes) -> FileContent:
    try:
        return files.parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        return FileContent(fatal="it is not UTF-8 text")


def _unusable(path: Path, folder: Path, why: str) -> str:
    """Back up an unusable decisions file (a regular file inside the folder only) and say so."""
    copy = files.backup(path, folder)
    kept = f"a copy is in {copy}" if copy else "no copy was made"
    return (f"The decisions file {path} cannot be used: {why}. It is left as it is ({kept}); decisions are "
            "read-only until it is fixed or moved away.")
