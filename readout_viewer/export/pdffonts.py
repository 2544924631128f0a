"""The fonts Qt embeds, made right for the tools that read PDFs: spaces extract as spaces, subsets are named so.

Qt builds each font's ToUnicode map from the font's own character map read backwards, and DejaVu Sans maps the
tab character to the space glyph: the space then reads back as U+0009, so pypdf, pdfminer and everything built
on them see "White\\tHouse" and a search for "White House" fails (viewers that guess spaces from positions hide
it). The map is corrected here, where it is written, not in any reader.
"""

from __future__ import annotations

import re

from pypdf.generic import DictionaryObject, NameObject

# A destination of the map that is a control character (U+0001 to U+001F): no glyph means one, and the only
# glyph Qt gives one is the space (a tab, line feed or carriage return shares the space glyph in most fonts).
# U+0000 is left alone: Qt maps the .notdef glyph to it, which is right.
_CONTROL = re.compile(rb"<00(?:0[1-9A-Fa-f]|1[0-9A-Fa-f])>")
_SPACE = b"<0020>"
_SECTION = re.compile(rb"(begin(bfchar|bfrange)\n)(.*?)(\nend\2)", re.S)
_HEX = re.compile(rb"<[0-9A-Fa-f]+>")
# The six capital letters and a plus that name a font subset (ISO 32000-1, 9.6.4): how tools know it is one.
_SUBSET_TAG = re.compile(r"^/?[A-Z]{6}\+")


def _fix_line(line: bytes, sources: int) -> bytes:
    """One mapping line with its destinations (after `sources` source codes) that are controls made spaces."""
    codes = list(_HEX.finditer(line))
    if len(codes) <= sources:
        return line
    cut = codes[sources - 1].end()
    return line[:cut] + _CONTROL.sub(_SPACE, line[cut:])


def fix_to_unicode(cmap: bytes) -> bytes:
    """The ToUnicode CMap with every control character destination mapped to U+0020 (sources untouched)."""
    def section(m: re.Match) -> bytes:
        sources = 1 if m.group(2) == b"bfchar" else 2
        body = b"\n".join(_fix_line(line, sources) for line in m.group(3).split(b"\n"))
        return m.group(1) + body + m.group(4)
    return _SECTION.sub(section, cmap)


def tag_subset(font: DictionaryObject) -> None:
    """Give a Type 0 font and its descendant the subset-tagged name that Qt gives only the font descriptor."""
    descendant = font["/DescendantFonts"][0].get_object()
    descriptor = descendant["/FontDescriptor"].get_object()
    tagged = str(descriptor["/FontName"])
    if not _SUBSET_TAG.match(tagged):
        return
    for f in (font, descendant):
        f[NameObject("/BaseFont")] = NameObject(tagged)
