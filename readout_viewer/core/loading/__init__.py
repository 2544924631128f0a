"""Loading a folder: its settings, each file's bytes, front matter and markup, as plain-text Documents."""

from readout_viewer.core.loading.reader import Kept, Loaded, Scan, load, load_file, scan

__all__ = ["Kept", "Loaded", "Scan", "load", "load_file", "scan"]
