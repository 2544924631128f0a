"""The decisions file of a folder: where it lives, reading it safely, and saving it atomically after each change."""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

from readout_viewer.core.atomic import write_bytes_atomic, write_text_atomic
from readout_viewer.core.decision_apply import apply_decisions
from readout_viewer.core.decision_record import Decision, DecisionError, from_dict
from readout_viewer.core.model import Analysis, Problem
from readout_viewer.core.paths import APP_DIR

VERSION = 1
FILE_NAME = "decisions.yaml"
# Hex digits of the folder path's hash naming its directory under the configuration directory: enough that two
# folders of one user never share it.
HASH_DIGITS = 16
# Line width of the saved file: long claim texts wrap so the file reads well in an editor.
WIDTH = 100
_HEADER = ("# readout-viewer analyst decisions (version {version}). Hand-editable: each claim is named by its\n"
           "# document id and its text (the whole text of the claim, or a unique part of it).\n")


class DecisionsReadOnly(RuntimeError):
    """Decisions cannot be changed: the file could not be read and is kept as it is."""


def config_dir() -> Path:
    """The user's configuration directory: %APPDATA% on Windows, else $XDG_CONFIG_HOME or ~/.config."""
    if sys.platform.startswith("win") and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"])
    xdg = os.environ.get("XDG_CONFIG_HOME")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".config"


def fallback_path(folder: Path) -> Path:
    """Where decisions about `folder` are saved when the folder itself cannot be written."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:HASH_DIGITS]
    return config_dir() / "readout-viewer" / "decisions" / digest / FILE_NAME


def folder_path(folder: Path) -> Path:
    return Path(folder) / APP_DIR / FILE_NAME


def folder_writable(folder: Path) -> bool:
    """Whether the decisions file beside the documents can be created or replaced."""
    app_dir = Path(folder) / APP_DIR
    if app_dir.is_dir():
        return os.access(app_dir, os.W_OK | os.X_OK)
    return os.access(folder, os.W_OK | os.X_OK)


@dataclass
class _Read:
    """What a decisions file held."""

    decisions: list[Decision] = field(default_factory=list)
    unreadable: list[Any] = field(default_factory=list)  # entries kept as they are, written back on save
    problems: list[str] = field(default_factory=list)  # entry by entry, for a person
    fatal: str | None = None  # why the whole file cannot be used


def _parse(text: str) -> _Read:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return _Read(fatal=f"it is not valid YAML ({str(exc).splitlines()[0]})")
    if data is None:
        return _Read()
    if not isinstance(data, Mapping) or "version" not in data:
        return _Read(fatal="it does not start with 'version: 1'")
    if data["version"] != VERSION:
        newer = isinstance(data["version"], int) and data["version"] > VERSION
        return _Read(fatal=f"it is version {data['version']!r}" + (", written by a newer readout-viewer"
                                                                    if newer else ", which is unknown"))
    entries = data.get("decisions") or []
    if not isinstance(entries, list):
        return _Read(fatal="'decisions' is not a list")
    out = _Read()
    for n, entry in enumerate(entries, 1):
        try:
            out.decisions.append(from_dict(entry))
        except DecisionError as exc:
            out.unreadable.append(entry)
            out.problems.append(f"entry {n}: {exc}")
    return out


def _read(path: Path) -> _Read:
    if not path.is_file():
        return _Read()
    try:
        return _parse(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        return _Read(fatal="it is not UTF-8 text")
    except OSError as exc:
        return _Read(fatal=f"it cannot be read ({exc.strerror or exc})")


def _backup(path: Path, folder: Path) -> Path | None:
    """Copy an unreadable file beside it (else to the configuration directory) once per distinct content."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    name = f"{path.name}.unreadable-{hashlib.sha256(data).hexdigest()[:8]}"
    for directory in (path.parent, fallback_path(folder).parent):
        target = directory / name
        try:
            if not target.exists():
                directory.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(target, data)
            return target
        except OSError:
            continue
    return None


class DecisionStore:
    """The analyst decisions of one folder, saved after every change; open it with DecisionStore.open(folder)."""

    def __init__(self, folder: Path, path: Path, read: _Read, read_only: bool, messages: list[str]) -> None:
        self.folder = Path(folder)
        self.path = path  # where the decisions are saved
        self.read_only = read_only
        self.messages = messages  # for the user: where decisions go, and what could not be read
        self._decisions = list(read.decisions)
        self._unreadable = list(read.unreadable)
        self._problems = tuple(Problem(str(path), m) for m in read.problems)
        if read.fatal:
            self._problems += (Problem(str(path), messages[-1]),)

    @classmethod
    def open(cls, folder: Path) -> "DecisionStore":
        """The decisions of `folder`; never raises for a bad file (see .read_only and .messages)."""
        folder = Path(folder)
        own, fallback = folder_path(folder), fallback_path(folder)
        messages: list[str] = []
        if folder_writable(folder):
            path = source = own
            if not own.exists() and fallback.is_file():
                source = fallback
                messages.append(f"Decisions saved earlier in {fallback} (the folder could not be written then) "
                                f"are read from there and will now be saved in {own}.")
        else:
            path, source = fallback, fallback if fallback.is_file() else own
            messages.append(f"The folder {folder} cannot be written: decisions are saved in {fallback}.")
        read = _read(source)
        messages += [f"{source}: {p}; the entry is kept as it is but not applied." for p in read.problems]
        if read.fatal:
            backup = _backup(source, folder)
            kept = f"a copy is in {backup}" if backup else "no copy could be made"
            messages.append(f"The decisions file {source} cannot be used: {read.fatal}. It is left as it is "
                            f"({kept}); decisions are read-only until it is fixed or moved away.")
        return cls(folder, path, read, read.fatal is not None, messages)

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
        self.save()

    def remove(self, decision: Decision) -> None:
        """Take a decision back (the last one equal to it) and save."""
        self._check_writable()
        for i in range(len(self._decisions) - 1, -1, -1):
            if self._decisions[i] is decision or self._decisions[i] == decision:
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
        """The file as saved: a header, the version, then every decision (unreadable entries kept at the end)."""
        data = {"version": VERSION,
                "decisions": [d.to_dict() for d in self._decisions] + list(self._unreadable)}
        header = _HEADER.format(version=VERSION)
        if self.path != folder_path(self.folder):
            header += f"# Decisions about the folder {self.folder.resolve()}\n"
        return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=WIDTH,
                                       default_flow_style=None)

    def save(self) -> None:
        """Write the file atomically; if the folder refuses it, save in the configuration directory instead."""
        self._check_writable()
        try:
            self._write(self.path)
        except OSError:
            fallback = fallback_path(self.folder)
            if self.path == fallback:
                raise
            previous, self.path = self.path, fallback
            try:
                self._write(fallback)
            except OSError:
                self.path = previous
                raise
            self.messages.append(f"{previous} could not be written: decisions are now saved in {fallback}.")

    def _write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, self.to_text())
