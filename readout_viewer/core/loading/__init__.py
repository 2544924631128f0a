"""Loading a folder: its settings, each file's bytes, front matter and markup, as plain-text Documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readout_viewer.core.system import lazy

if TYPE_CHECKING:
    from readout_viewer.core.loading.reader import Kept, Loaded, Scan, load, load_file, scan

__all__ = ["Kept", "Loaded", "Scan", "load", "load_file", "scan"]


# The reader's names, imported when first asked for: the folder walk and the analysis cache's key need none of
# the readers (charset detection, HTML, PDF, Word), and a warm start reads nothing else.
__getattr__ = lazy.exports(__name__, dict.fromkeys(__all__, "reader"))
