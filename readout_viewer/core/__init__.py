"""Pure-Python analysis engine and model; never imports Qt (tests/core/test_no_qt.py enforces it)."""
