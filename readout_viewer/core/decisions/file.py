"""The decisions file on disk: where it lives (beside the documents or in the user's configuration), reading it."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from readout_viewer.core.atomic import write_bytes_atomic
from readout_viewer.core.decisions.record import Decision, DecisionError, from_dict
from readout_viewer.core.paths import APP_DIR, config_dir

VERSION = 1
FILE_NAME = "decisions.yaml"
# Hex digits of the folder path's hash naming its directory under the configuration directory: enough that two
# folders of one user never share it.
HASH_DIGITS = 16


def fallback_path(folder: Path) -> Path:
    """Where decisions about `folder` are saved when the folder itself cannot be written."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:HASH_DIGITS]
    return config_dir() / "decisions" / digest / FILE_NAME


def folder_path(folder: Path) -> Path:
    return Path(folder) / APP_DIR / FILE_NAME


def folder_writable(folder: Path) -> bool:
    """Whether the decisions file beside the documents can be created or replaced."""
    app_dir = Path(folder) / APP_DIR
    if app_dir.is_dir():
        return os.access(app_dir, os.W_OK | os.X_OK)
    return os.access(folder, os.W_OK | os.X_OK)


@dataclass
class FileContent:
    """What a decisions file held."""

    decisions: list[Decision] = field(default_factory=list)
    unreadable: list[Any] = field(default_factory=list)  # entries kept as they are, written back on save
    problems: list[str] = field(default_factory=list)  # entry by entry, for a person
    fatal: str | None = None  # why the whole file cannot be used


def parse(text: str) -> FileContent:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return FileContent(fatal=f"it is not valid YAML ({str(exc).splitlines()[0]})")
    if data is None:
        return FileContent()
    if not isinstance(data, Mapping) or "version" not in data:
        return FileContent(fatal="it does not start with 'version: 1'")
    if data["version"] != VERSION:
        newer = isinstance(data["version"], int) and data["version"] > VERSION
        return FileContent(fatal=f"it is version {data['version']!r}" + (", written by a newer readout-viewer"
                                                                    if newer else ", which is unknown"))
    entries = data.get("decisions") or []
    if not isinstance(entries, list):
        return FileContent(fatal="'decisions' is not a list")
    out = FileContent()
    for n, entry in enumerate(entries, 1):
        try:
            out.decisions.append(from_dict(entry))
        except DecisionError as exc:
            out.unreadable.append(entry)
            out.problems.append(f"entry {n}: {exc}")
    return out


def read(path: Path) -> FileContent:
    if not path.is_file():
        return FileContent()
    try:
        return parse(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        return FileContent(fatal="it is not UTF-8 text")
    except OSError as exc:
        return FileContent(fatal=f"it cannot be read ({exc.strerror or exc})")


def backup(path: Path, folder: Path) -> Path | None:
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
