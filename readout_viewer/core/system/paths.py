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


# Linux's user folders, as the XDG base directory rules (and platformdirs, which follows them) place them: the
# variable's value when it is an absolute path, else the default under the home folder. Worked out here rather than
# by importing platformdirs, whose import is some 11 M instructions of every start before its first paint.
_XDG_DEFAULTS = {"XDG_CONFIG_HOME": "~/.config", "XDG_CACHE_HOME": "~/.cache", "XDG_STATE_HOME": "~/.local/state"}


def config_dir() -> Path:
    """The user's configuration directory for readout-viewer: ~/.config/readout-viewer ($XDG_CONFIG_HOME) on
    Linux, ~/Library/Application Support/readout-viewer on macOS, %APPDATA%\\readout-viewer on Windows."""
    found = _xdg("XDG_CONFIG_HOME")
    return found if found else Path(_platformdirs().user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache directory for readout-viewer (analyses that can be rebuilt at any time)."""
    found = _xdg("XDG_CACHE_HOME")
    return found if found else Path(_platformdirs().user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The user's log directory for readout-viewer (on Linux "log" in its state directory, as platformdirs has it)."""
    found = _xdg("XDG_STATE_HOME")
    return found / "log" if found else Path(_platformdirs().user_log_dir(APP_NAME, appauthor=False))


def _xdg(variable: str) -> Path | None:
    """readout-viewer's folder under the XDG base directory `variable` on Linux; None elsewhere, and where the home
    folder is not an absolute $HOME (platformdirs then looks it up in the password database, or gives up)."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or "ANDROID_DATA" in os.environ:
        return None
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):
        if not os.path.isabs(os.environ.get("HOME", "")):
            return None
        base = os.path.expanduser(_XDG_DEFAULTS[variable])
    return Path(os.path.join(base, APP_NAME))


@functools.cache
def _platformdirs() -> ModuleType:
    """platformdirs, imported when a user directory is first asked for off Linux: an analysis that writes no cache,
    and a lane, never ask. Kept after the first ask: an import statement run again once PySide6 is loaded makes
    PySide6's import hook read the module's source (its check for `from __feature__ import`), though the module is
    already loaded."""
    import platformdirs
    return platformdirs
