"""Pure-Python analysis engine and model; never imports Qt (tests/core/test_no_qt.py enforces it)."""

from readout_viewer.core.system.charsets import share

# Before any of the engine's modules compiles its patterns: re builds each set past Latin-1 once a process
# (system/charsets.py).
share()
