"""Python string offsets to Qt (UTF-16) positions, for the viewer and the PDF alike: characters beyond the BMP (an
emoji) count twice in a Qt text (a QTextDocument in the viewer, a QTextLayout in the PDF)."""

from __future__ import annotations

from bisect import bisect_left


class Utf16Index:
    """Converts offsets into one text; cheap when the text has no astral characters (the usual case)."""

    def __init__(self, text: str) -> None:
        # Whether any character takes two UTF-16 units, told by the codec (a long text, scanned character by
        # character in Python, cost the first paint about a millisecond per 15,000 characters).
        astral = len(text.encode("utf-16-le", "surrogatepass")) // 2 > len(text)
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if astral else []

    def to_qt(self, offset: int) -> int:
        """The QTextDocument position of Python offset `offset`."""
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """The Python offset of a QTextDocument position (the inverse of to_qt)."""
        lo, hi = 0, len(self._astral)
        while lo < hi:  # count astral characters that sit before the position, each taking two units
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        return position - lo
