"""The decisions of a folder in memory, saved atomically after every change, merged with edits made meanwhile."""

from __future__ import annotations

from pathlib import Path

import yaml

from readout_viewer.core.atomic import write_text_atomic
from readout_viewer.core.decisions import file as files
from readout_viewer.core.decisions.apply import apply_decisions
from readout_viewer.core.decisions.file import VERSION, FileContent, folder_path
from readout_viewer.core.decisions.record import Decision
from readout_viewer.core.model import Analysis, Problem

# Line width of the saved file: long claim texts wrap so the file reads well in an editor.
WIDTH = 100
_HEADER = ("# readout-viewer analyst decisions (version {version}). Hand-editable: each claim is named by its\n"
           "# document id and its text (the whole text of the claim, or a unique part of it).\n")


class DecisionsReadOnly(RuntimeError):
    """Decisions cannot be changed: the file could not be read and is kept as it is."""


class DecisionStore:
    """The analyst decisions of one folder, saved after every change; open it with DecisionStore.open(folder)."""

    def __init__(self, folder: Path, path: Path, content: FileContent, messages: list[str]) -> None:
        self.folder = Path(folder)
        self.path = path  # where the decisions are saved
        self.read_only = content.fatal is not None
        self.messages = messages  # for the user: where decisions go, and what could not be read
        self._decisions = list(content.decisions)
        self._unreadable = list(content.unreadable)
        self._seen = _bytes(path)  # the file as last read or written here, to notice edits made meanwhile
        self._chunks: dict[int, tuple[Decision, str]] = {}  # id -> (decision, its entry as dumped), kept alive
        self._problems = tuple(Problem(str(path), m) for m in content.problems)
        if content.fatal:
            self._problems += (Problem(str(path), messages[-1]),)

    @classmethod
    def open(cls, folder: Path) -> DecisionStore:
        """The decisions of `folder`; never raises for a bad file (see .read_only and .messages)."""
        folder = Path(folder)
        own, fallback = folder_path(folder), files.fallback_path(folder)
        messages: list[str] = []
        if files.folder_writable(folder):
            path = source = own
            if not own.exists() and fallback.is_file():
                source = fallback
                messages.append(f"Decisions saved earlier in {fallback} (the folder could not be written then) "
                                f"are read from there and will now be saved in {own}.")
        else:
            path, source = fallback, fallback if fallback.is_file() else own
            messages.append(f"The folder {folder} cannot be written: decisions are saved in {fallback}.")
        content = files.read(source)
        messages += [f"{source}: {p}; the entry is kept as it is but not applied." for p in content.problems]
        if content.fatal:
            messages.append(_unusable(source, folder, content.fatal))
        return cls(folder, path, content, messages)

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
        unreadable = [{"entry": e, "problem": "the entry cannot be read"} for e in self._unreadable]
        return apply_decisions(analysis, self._decisions, unreadable, self._problems)

    def _check_writable(self) -> None:
        if self.read_only:
            raise DecisionsReadOnly(self.messages[-1] if self.messages else "decisions are read-only")

    def to_text(self) -> str:
        """The file as saved: a header, the version, then every decision (unreadable entries kept at the end).

        Each entry is dumped on its own and remembered, so a save costs one entry's dump, not the whole file's.
        """
        header = _HEADER.format(version=VERSION)
        if self.path != folder_path(self.folder):
            header += f"# Decisions about the folder {self.folder.resolve()}\n"
        if not self._decisions and not self._unreadable:
            return header + _dump({"version": VERSION, "decisions": []})
        chunks = {id(d): self._chunks.get(id(d)) or (d, _dump([d.to_dict()])) for d in self._decisions}
        self._chunks = chunks  # entries no longer in the list are forgotten
        entries = [chunks[id(d)][1] for d in self._decisions] + [_dump([e]) for e in self._unreadable]
        return header + f"version: {VERSION}\ndecisions:\n" + "".join(entries)

    def save(self) -> None:
        """Write the file atomically; if the folder refuses it, save in the configuration directory instead."""
        self._check_writable()
        try:
            self._save_to(self.path)
        except OSError:
            fallback = files.fallback_path(self.folder)
            if self.path == fallback:
                raise
            previous, self.path, self._seen = self.path, fallback, None
            try:
                self._save_to(fallback)
            except OSError:
                self.path = previous
                raise
            self.messages.append(f"{previous} could not be written: decisions are now saved in {fallback}.")

    def _save_to(self, path: Path) -> None:
        current = _bytes(path)
        if current is not None and current != self._seen:
            self._merge(path, current)
        text = self.to_text()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
        self._seen = text.encode("utf-8")

    def _merge(self, path: Path, current: bytes) -> None:
        """Keep what someone else did to the file since it was read here (three-way: theirs, ours, the last seen).

        An unusable file is never overwritten: decisions become read-only instead.
        """
        theirs = _content(current)
        if theirs.fatal:
            self.read_only = True
            self.messages.append(_unusable(path, self.folder, theirs.fatal))
            raise DecisionsReadOnly(self.messages[-1])
        seen = _content(self._seen).decisions if self._seen is not None else []
        ours = self._decisions
        kept = [d for d in theirs.decisions if d in ours or d not in seen]  # unless taken back here
        added = [d for d in ours if d not in seen and d not in kept]
        self._decisions = kept + added
        self._unreadable += [e for e in theirs.unreadable if e not in self._unreadable]
        self.messages.append(f"{path} was changed elsewhere since it was read here; both sets of changes are kept.")


class _Dumper(yaml.SafeDumper):
    """yaml.safe_dump's dumper, except that text holding a Unicode line separator is written double-quoted.

    (PyYAML writes such text single-quoted, where reading folds the separator into a space.)
    """


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = '"' if any(ch in text for ch in _SEPARATORS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


# Line separators that YAML folds when they stand unescaped in a quoted scalar.
_SEPARATORS = "\x85\u2028\u2029"
_Dumper.add_representer(str, _represent_text)


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=WIDTH,
                     default_flow_style=None)


def _content(data: bytes) -> FileContent:
    try:
        return files.parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        return FileContent(fatal="it is not UTF-8 text")


def _bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _unusable(path: Path, folder: Path, why: str) -> str:
    """Back up an unusable decisions file and say so."""
    copy = files.backup(path, folder)
    kept = f"a copy is in {copy}" if copy else "no copy could be made"
    return (f"The decisions file {path} cannot be used: {why}. It is left as it is ({kept}); decisions are "
            "read-only until it is fixed or moved away.")
