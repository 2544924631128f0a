"""Where a folder's decisions file lives: beside the documents, or in the user's configuration when the folder
cannot be written; and whether one is there (asked on a start, without reading it)."""

from __future__ import annotations

import os
from pathlib import Path

from readout_viewer.core.system.digest import sha256
from readout_viewer.core.system.paths import APP_DIR, config_dir

FILE_NAME = "decisions.yaml"
# Hex digits of the folder path's hash naming its directory under the configuration directory: enough that two
# folders of one user never share it.
HASH_DIGITS = 16


def fallback_path(folder: Path) -> Path:
    """Where decisions about `folder` are saved when the folder itself cannot be written."""
    digest = sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:HASH_DIGITS]
    return config_dir() / "decisions" / digest / FILE_NAME


def folder_path(folder: Path) -> Path:
    return Path(folder) / APP_DIR / FILE_NAME


def saved(folder: Path) -> bool:
    """Whether anything is at either place (a file, a broken link, a folder): decisions may then change what
    the engine found. Nothing there: applying them changes nothing."""
    return any(os.path.lexists(path) for path in (folder_path(folder), fallback_path(folder)))
