"""Light or dark colours for the whole application: the system's, or a chosen Fusion palette (View → Theme)."""

from __future__ import annotations

import os
from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

from readout_viewer.core.system import collector

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)
# An environment variable that overrides the saved choice (e.g. READOUT_VIEWER_THEME=dark for one run).
ENV = "READOUT_VIEWER_THEME"

# The dark palette: greys far enough apart for panes, docks and headers to read as separate surfaces, text at a
# contrast above 12:1 on the base, and a sky-blue highlight (Okabe-Ito) that the claim tints do not use.
_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Link: "#56b4e9",
    QPalette.ColorRole.LinkVisited: "#cc79a7",
    QPalette.ColorRole.Highlight: "#2f6f9f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3e3e3e",
    QPalette.ColorRole.Mid: "#303030",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
}
# Disabled text: dimmer, still legible (the empty-area hint and greyed actions use it).
_DARK_DISABLED = "#8a8a8a"


# Fusion outlines check boxes a shade darker than the window: on a dark base that is invisible, so the dark
# theme draws this lighter outline over them.
_CHECK_OUTLINE = "#a0a0a0"
_CHECKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)
# Fusion rings the widget with the keyboard in a shade of the Highlight (#2f6f9f, 2.6:1 on the dark window: seen by
# helper qa10 on the Export dialog's boxes and the tool buttons); a lighter Highlight would fail white selected text.
# The dark theme draws its own ring in the Link colour, sky blue at 6.4:1 on the window, two pixels wide (WCAG's
# focus indicator: 3:1 at least, two pixels).
_FOCUS_RING = "#56b4e9"
_FOCUS_WIDTH = 2
# The light theme (Fusion's light palette) drew no ring at all round a tool button with the keyboard (a pane's
# document button, the findings' arrows, the inspector's corrections: seen by helper qa18, by keyboard at 1280×800).
# It rings the same boxes and buttons in Okabe-Ito's blue, 4.5:1 on the light window (#efefef), 5.2:1 on white.
_FOCUS_RING_LIGHT = "#0072b2"
_FOCUSED_PANELS = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_PanelButtonTool,
                   QStyle.PrimitiveElement.PE_PanelButtonCommand)
_FOCUSED_CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)


def _outline(painter, rect, colour: str, width: int = 1) -> None:
    """A rectangle's outline inside `rect`, `width` pixels wide, nothing filled."""
    painter.save()
    painter.setPen(QPen(QColor(colour)))
    painter.setBrush(QColor(0, 0, 0, 0))
    for inset in range(width):
        painter.drawRect(rect.adjusted(inset, inset, -1 - inset, -1 - inset))
    painter.restore()


def _has_focus(option) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus) and bool(option.state & QStyle.StateFlag.State_Enabled)


class LightStyle(QProxyStyle):
    """Fusion with a focus ring that can be seen: `ring`, two pixels, round the box or button with the keyboard."""

    ring = _FOCUS_RING_LIGHT

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _FOCUSED_PANELS and _has_focus(option):
            _outline(painter, option.rect, self.ring, _FOCUS_WIDTH)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FOCUSED_CONTROLS and _has_focus(option):
            _outline(painter, option.rect, self.ring, _FOCUS_WIDTH)


class DarkStyle(LightStyle):
    """The ringed Fusion with check boxes that stay visible on a dark base, its ring in a colour seen on it."""

    ring = _FOCUS_RING

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _CHECKS:
            _outline(painter, option.rect, _CHECK_OUTLINE)
        elif element == QStyle.PrimitiveElement.PE_FrameFocusRect:  # a list's current row, a check box's words
            _outline(painter, option.rect, _FOCUS_RING)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED))
    return palette


def chosen(saved: str | None) -> str:
    """The theme to use: the environment's, else the saved one, else the system's."""
    name = (os.environ.get(ENV) or saved or SYSTEM).strip().lower()
    return name if name in THEMES else SYSTEM


class Original(NamedTuple):
    """The style and palette the application started with, to go back to the system's look."""

    style: str
    palette: QPalette


def original(app) -> Original:
    return Original(app.style().name(), QPalette(app.palette()))


# The style Qt falls back to where the platform names none (a Linux desktop without a Qt theme, Xvfb, offscreen): the
# system theme there is Fusion, which rings no tool button with the keyboard (helper qa18), so it is ringed as the
# light and dark themes are, in the system's own palette (helper qa19).
FUSION = "fusion"
# Below this lightness (0-255) of its window colour a system palette is dark, and takes the dark theme's ring.
DARK_LIGHTNESS = 128
ARMED = "_readout_viewer_ring_armed"  # on the application: the system look a ring waits for the keyboard to give


def ringed(system: Original) -> bool:
    """Whether the system's look is Fusion, which the viewer rings (see FUSION)."""
    return system.style.lower() == FUSION


def apply(app, name: str, system: Original | None = None) -> None:
    """Use theme `name`; `system` is what the application started with (to go back to it). No automatic collection
    runs meanwhile: setStyle and setPalette take a list of all widgets, then run Python handlers (the ribbons' and
    sidebars' changeEvent); a collection inside one freed widgets nobody held any more (a closed window in a
    reference cycle) that were still on Qt's list, and Qt used them after (tests/app/test_theme_collector.py)."""
    with collector.held():
        if name == SYSTEM:
            if system is not None:
                app.setStyle(system.style)
                app.setPalette(system.palette)
                if ringed(system):
                    ring_on_keyboard(app, system)
            return
        # Fusion: the one built-in style that draws every widget from the palette
        _set_style(app, DarkStyle() if name == DARK else LightStyle())
        app.setPalette(dark_palette() if name == DARK else app.style().standardPalette())


def start(app, name: str, system: Original) -> None:
    """A window's first theme: a chosen one now; the system's as it is, its ring on Fusion armed (ring_on_keyboard)."""
    if name != SYSTEM:
        apply(app, name, system)
    elif ringed(system):
        ring_on_keyboard(app, system)


def ring_on_keyboard(app, system: Original) -> None:
    """Ring the system's Fusion (LightStyle, or DarkStyle on a dark palette) when the keyboard first lands on a button,
    not before: the ringed style's Python hooks on every primitive drawn cost a warm start 32 M instructions of 1,354 M
    to its first paint (helper qa19, callgrind), and a reader who never uses the keyboard needs no ring. Armed once."""
    armed = ARMED in app.__dict__
    app.__dict__[ARMED] = system  # the latest system look asked for is the one ringed
    if armed:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton

    def landed(_old, new) -> None:
        if isinstance(new, QAbstractButton):
            app.focusChanged.disconnect(landed)
            QTimer.singleShot(0, lambda: _ring(app, app.__dict__.pop(ARMED)))  # after the move, not inside it
    app.focusChanged.connect(landed)


def _ring(app, system: Original) -> None:
    """The system's Fusion ringed, in its own palette, unless a theme was chosen meanwhile."""
    if isinstance(app.style(), LightStyle) or app.style().name().lower() != FUSION:
        return
    with collector.held():
        _set_style(app, DarkStyle() if system.palette.window().color().lightness() < DARK_LIGHTNESS else LightStyle())
        app.setPalette(system.palette)


def _set_style(app, style: QProxyStyle) -> None:
    app.setStyle(style)
    app._readout_viewer_style = style  # the application uses it: Python must not collect it first
