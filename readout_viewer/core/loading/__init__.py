"""Loading a folder: its settings, each file's bytes, front matter and markup, as plain-text Documents."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readout_viewer.core.loading.reader import Kept, Loaded, Scan, load, load_file, scan

__all__ = ["Kept", "Loaded", "Scan", "load", "load_file", "scan"]


def __getattr__(name: str) -> Any:
    """The reader's names, imported when first asked for: the folder walk and the analysis cache's key need none
    of the readers (charset detection, HTML, PDF, Word), and a warm start reads nothing else (PEP 562)."""
    if name in __all__:
        return getattr(importlib.import_module("readout_viewer.core.loading.reader"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
