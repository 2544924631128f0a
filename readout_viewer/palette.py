"""Colours and marks shared by the viewer and the exporters: Okabe-Ito, safe for colour-blind readers.

Colour never stands alone: every status also has a line style (see STYLE) and a word (see LABEL).
Plain hex strings, so that the core-free exporters and the Qt views read the same table.
"""

from __future__ import annotations

# Okabe & Ito (2008), "Color Universal Design": eight hues that stay distinct for all common colour-vision types.
AGREE = "#009E73"  # bluish green
DIVERGE = "#D55E00"  # vermillion
OMITTED = "#56B4E9"  # sky blue
QUOTE_EXACT = "#0072B2"  # blue
QUOTE_ALTERED = "#CC79A7"  # reddish purple
QUOTE_NOT_FOUND = "#E69F00"  # orange
ATTRIBUTION = "#F0E442"  # yellow: misattributed / unsupported statements
MANUAL = "#000000"  # outline of links an analyst made
NEUTRAL = "#999999"  # grey: unlinked commentary

COLOR = {
    "agree": AGREE, "diverge": DIVERGE, "omitted": OMITTED,
    "exact": QUOTE_EXACT, "altered": QUOTE_ALTERED, "not_found": QUOTE_NOT_FOUND,
    "misattributed": ATTRIBUTION, "unsupported": ATTRIBUTION, "manual": MANUAL, "unlinked": NEUTRAL,
}

# The line that marks each status besides its colour (Qt's QTextCharFormat underline styles have the same names).
STYLE = {
    "agree": "single", "diverge": "wave", "omitted": "dot", "exact": "single", "altered": "dash",
    "not_found": "dot", "misattributed": "wave", "unsupported": "wave", "manual": "single", "unlinked": "none",
}

LABEL = {
    "agree": "agrees", "diverge": "diverges", "omitted": "left out by the others", "exact": "exact quote",
    "altered": "altered quote", "not_found": "quote not found", "misattributed": "misattributed",
    "unsupported": "unsupported", "manual": "linked by an analyst", "unlinked": "commentary (not linked)",
}

# A mark beside every colour, so that status never rests on colour alone (also in black-and-white print); the
# viewer's counts, coverage matrix and legend and the PDF's notes and tables all use these.
MARK = {
    "agree": "✓", "diverge": "≠", "omitted": "∅", "unlinked": "·", "source": "●", "exact": "✓", "altered": "≈",
    "not_found": "?", "misattributed": "!", "unsupported": "!",
}

# Opacity of a highlight behind text: strong enough to read the colour, light enough to read the words.
HIGHLIGHT_ALPHA = 0.28
HIGHLIGHT_ALPHA_DARK = 0.45  # dark themes need more to show on a dark background


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'#RRGGBB' as a tuple of 0..255 ints."""
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def rgb_float(hex_colour: str) -> tuple[float, float, float]:
    """'#RRGGBB' as a tuple of 0..1 floats (PDF colour space)."""
    r, g, b = rgb(hex_colour)
    return r / 255, g / 255, b / 255


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG) of '#RRGGBB', 0 (black) .. 1 (white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb_float(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours '#RRGGBB' (1 .. 21; text needs 4.5)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mixed(colour: str, base: str, alpha: float) -> str:
    """'#RRGGBB' of `colour` laid at `alpha` over `base`: what a tint looks like on its background."""
    return "#" + "".join(f"{round(alpha * c + (1 - alpha) * b):02x}" for c, b in zip(rgb(colour), rgb(base)))


def ink_on(background: str, text: str = "#000000") -> str:
    """`text`, or the opposite of black and white, whichever contrasts more with `background`."""
    other = "#ffffff" if luminance(text) < 0.5 else "#000000"
    return text if contrast(background, text) >= contrast(background, other) else other
