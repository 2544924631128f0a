"""The settings file's place, and the last folder opened read from it without Qt (a start knows it before Qt loads)."""

from __future__ import annotations

import re
from pathlib import Path

from readout_viewer.core.system.lazyre import LazyPattern
from readout_viewer.core.system.paths import config_dir

ORGANIZATION = "readout-viewer"
APPLICATION = "readout-viewer"
# QSettings' INI escapes in a string value (Qt 6 writes other characters as UTF-8): anything else is not guessed.
# Compiled when a value is first read: a start given its folder reads none.
_ESCAPES = {"\\": "\\", '"': '"', "t": "\t", "n": "\n", "r": "\r", "0": "\0", "a": "\a", "b": "\b", "f": "\f",
            "v": "\v", "'": "'", "?": "?"}
_ESCAPE = LazyPattern(r"\\(x[0-9a-fA-F]{1,4}|.)")


def default_path() -> Path:
    """readout-viewer.ini in the user's configuration directory (found at call time: tests redirect it)."""
    return config_dir() / f"{APPLICATION}.ini"


def last_folder(path: Path | None = None) -> Path | None:
    """The `folders/last` value of the INI file QSettings writes (app/settings.py), read as text: None when it is
    missing or written in a way this reading does not know (the start then waits for Qt's own reading)."""
    try:
        text = (path or default_path()).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "folders" and line.startswith("last="):
            value = _string(line[len("last="):])
            return Path(value) if value else None
    return None


def _string(raw: str) -> str | None:
    """A QSettings INI string value, unquoted and unescaped; None for a list, a variant or an unknown escape."""
    if len(raw) >= 2 and raw.startswith('"') and raw.endswith('"'):
        raw = raw[1:-1]
        if re.search(r'(?<!\\)(\\\\)*"', raw):  # quotes inside: a list of strings
            return None
    elif "," in raw:  # an unquoted comma separates a list's items
        return None
    if raw.startswith("@"):
        if not raw.startswith("@@"):
            return None  # a variant (@Variant, @ByteArray…)
        raw = raw[1:]
    known = True

    def one(match: re.Match[str]) -> str:
        nonlocal known
        code = match.group(1)
        if code.startswith("x") and len(code) > 1:
            return chr(int(code[1:], 16))
        known = known and code in _ESCAPES
        return _ESCAPES.get(code, "")
    value = _ESCAPE.sub(one, raw)
    return value if known else None
