"""Where things are: the bundled example corpus and the app's per-folder directory."""

from __future__ import annotations

import os
from pathlib import Path

# The folder, beside the documents, where analyst decisions are kept.
APP_DIR = ".readout-viewer"
# Set to a folder to use it as the bundled example instead of the one shipped with the source.
CORPUS_ENV = "READOUT_VIEWER_CORPUS"


def bundled_corpus() -> Path | None:
    """The example corpus shipped with readout-viewer, or None when it cannot be found."""
    env = os.environ.get(CORPUS_ENV)
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "corpus", here.parent.parent / "corpus", Path.cwd() / "corpus"]
    for c in candidates:
        if c.is_dir():
            return c
    return None
