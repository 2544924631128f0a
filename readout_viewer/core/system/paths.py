"""Where things are: the bundled example corpus, the per-folder directory, the user's config, cache and log."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from types import ModuleType

# The name of the per-user directories (configuration, cache, logs); no vendor level (appauthor=False).
APP_NAME = "readout-viewer"
# The folder, beside the documents, where analyst decisions are kept.
APP_DIR = ".readout-viewer"
# Set to a folder to use it as the bundled example instead of the one shipped with the source.
CORPUS_ENV = "READOUT_VIEWER_CORPUS"
# Where a regular (non-editable) install puts the corpus, fonts and launcher files (pyproject data-files).
INSTALLED_SHARE = Path(sys.prefix) / "share" / "readout-viewer"


def data_dir(name: str) -> Path | None:
    """A data folder shipped with readout-viewer ("resources", "fonts", "corpus"): source tree first, then install."""
    source_tree = Path(__file__).resolve().parents[3]
    for candidate in (source_tree / name, source_tree / "resources" / name, INSTALLED_SHARE / name):
        if candidate.is_dir():
            return candidate
    return None


def bundled_corpus() -> Path | None:
    """The example corpus shipped with readout-viewer, or None when it cannot be found."""
    env = os.environ.get(CORPUS_ENV)
    candidates = [Path(env)] if env else []
    shipped = data_dir("corpus")
    candidates += [shipped] if shipped else []
    for c in candidates:
        if c.is_dir():
            return c
    return None


def config_dir() -> Path:
    """The user's configuration directory for readout-viewer: ~/.config/readout-viewer ($XDG_CONFIG_HOME) on
    Linux, ~/Library/Application Support/readout-viewer on macOS, %APPDATA%\\readout-viewer on Windows."""
    return Path(_platformdirs().user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache directory for readout-viewer (analyses that can be rebuilt at any time)."""
    return Path(_platformdirs().user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The user's log directory for readout-viewer."""
    return Path(_platformdirs().user_log_dir(APP_NAME, appauthor=False))


@functools.cache
def _platformdirs() -> ModuleType:
    """platformdirs, imported when a user directory is first asked for: an analysis that writes no cache, and a
    lane, never ask (importing it reads the platform's modules: a few ms of each start). Kept after the first ask:
    an import statement run again once PySide6 is loaded makes PySide6's import hook read the module's source
    (its check for `from __feature__ import`), though the module is already loaded."""
    import platformdirs
    return platformdirs
