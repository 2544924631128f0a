"""Characters the PDF's font cannot draw (emoji, mostly) printed as a readable stand-in: "[telephone receiver]".

The PDF embeds DejaVu Sans only, which has no emoji: Qt printed each as an empty box, and the ToUnicode map it
writes for a character past the BMP reads back as a control code (U+0001…), so a reader saw "□" and a search or a
copy got nothing. A bracketed name prints and extracts the same on every machine. Letters of other scripts are
left to Qt's font fallback, which draws them and maps them back right.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from PySide6.QtGui import QFont, QRawFont

# The two regional indicator letters of a flag (🇷🇴 is U+1F1F7 U+1F1F4, "R" "O"): read as one "[flag: RO]".
REGIONAL_A, REGIONAL_Z = 0x1F1E6, 0x1F1FF
# Characters that only shape the emoji around them — the emoji variation selector, the joiner of 👨‍👩‍👧, skin tones,
# the tag letters of 🏴 subdivision flags: dropped after a stand-in, and anywhere the font lacks them.
SHAPING = frozenset({0xFE0E, 0xFE0F, 0x200D, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)})
# General categories of the characters given a stand-in when the font lacks them: symbols (emoji, dingbats),
# private use and unassigned. Letters, marks and digits of scripts DejaVu lacks are left to Qt's fallback fonts.
STAND_IN_CATEGORIES = frozenset({"So", "Sk", "Sm", "Sc", "Co", "Cn"})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=16)
def _raw(family: str, bold: bool, italic: bool) -> QRawFont:
    f = QFont(family)
    f.setBold(bold)
    f.setItalic(italic)
    return QRawFont.fromFont(f)


def lacks(font: QFont, ch: str) -> bool:
    """Whether `font` (the embedded family, as Qt resolved it) has no glyph for the character."""
    return not _raw(font.family(), font.bold(), font.italic()).supportsCharacter(ord(ch))


def _replaced(font: QFont, ch: str) -> bool:
    """Whether the character is printed as a stand-in (or dropped, when it only shapes an emoji)."""
    code = ord(ch)
    if code > 0xFFFF or code in SHAPING:  # past the BMP, Qt's ToUnicode map reads it back as a control code
        return lacks(font, ch)
    return unicodedata.category(ch) in STAND_IN_CATEGORIES and lacks(font, ch)


def stand_in(ch: str) -> str:
    """The readable name of one character: "[telephone receiver]", "[U+E000]" for one with no name."""
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(ch):04X}]"


class Readable:
    """A text with the characters a font lacks replaced by stand-ins, and the offsets of the one in the other."""

    def __init__(self, text: str, font: QFont) -> None:
        self.original = text
        self._old: list[int] = []  # where each replaced stretch ends in the original …
        self._shift: list[int] = []  # … and how much longer the text is from there on
        parts: list[str] = []
        done, shift = 0, 0
        for m in _NON_ASCII.finditer(text):  # the font has every ASCII character: only the others are looked at
            i = m.start()
            after_stand_in = i == done and bool(self._old) and ord(text[i]) in SHAPING  # 👍🏽 + U+FE0F: all one
            if i < done or not (after_stand_in or _replaced(font, text[i])):
                continue
            size, new = _replacement(text, i)
            parts += [text[done:i], new]
            shift += len(new) - size
            done = i + size
            self._old.append(done)
            self._shift.append(shift)
        self.text = "".join(parts) + text[done:] if self._old else text

    def to_new(self, offset: int) -> int:
        """The offset in the readable text of `offset` in the original (a stand-in counts from its start)."""
        k = bisect_right(self._old, offset)
        return offset + (self._shift[k - 1] if k else 0)


def _replacement(text: str, i: int) -> tuple[int, str]:
    """How many characters from `i` one stand-in takes the place of, and the stand-in."""
    code = ord(text[i])
    if code in SHAPING:
        return 1, ""
    nxt = ord(text[i + 1]) if i + 1 < len(text) else 0
    if REGIONAL_A <= code <= REGIONAL_Z and REGIONAL_A <= nxt <= REGIONAL_Z:
        return 2, f"[flag: {chr(ord('A') + code - REGIONAL_A)}{chr(ord('A') + nxt - REGIONAL_A)}]"
    return 1, stand_in(text[i])


def readable(text: str, font: QFont) -> str:
    """The text as the PDF prints it in `font`, for a line drawn whole (a running header, a contents entry)."""
    return Readable(text, font).text
