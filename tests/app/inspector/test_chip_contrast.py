"""Seen by helper ux8: the inspector's chips wrote white on the vermillion (diverges, 3.9:1), green (agrees, 3.4:1),
pink (altered, 3.1:1) and grey (unreported, 2.9:1) — under the 4.5:1 text needs, in light and dark alike (a chip
keeps its colour in both). Each chip's word now has the ink that contrasts more."""

from __future__ import annotations

import re

from readout_viewer import palette
from readout_viewer.app.inspector.page import chip
from readout_viewer.palette import contrast

# WCAG AA for normal text (a chip's bold word is small).
TEXT_CONTRAST = 4.5


def test_every_chip_s_word_reads_on_its_colour():
    for kind in palette.COLOR:
        html = chip(kind)
        background = re.search(r"background-color: (#[0-9A-Fa-f]{6})", html).group(1)
        ink = re.search(r"; color: (\w+);", html).group(1)
        ratio = contrast(background, "#ffffff" if ink == "white" else "#000000")
        assert ratio >= TEXT_CONTRAST, (kind, background, ink, round(ratio, 2))


def test_the_chips_that_wrote_white_under_4_5_write_black():
    for kind in ("diverge", "agree", "altered", "unlinked"):
        assert "color: black" in chip(kind), kind
