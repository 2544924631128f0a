"""Seen by helper qa18, by keyboard alone at 1280×800 in the light theme: Tab from a text to its pane's document
button left no mark on the screen (Fusion's light look rings no tool button: a pane's document button, the findings'
arrows, the inspector's corrections). The light theme rings the box or button with the keyboard, as the dark does."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyleFactory,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionToolButton,
)

from readout_viewer import palette as colours
from readout_viewer.app import theme

FOCUSED = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Enabled
DRAWN = {
    QStyleOptionToolButton: lambda s, o, p: s.drawPrimitive(QStyle.PrimitiveElement.PE_PanelButtonTool, o, p),
    QStyleOptionFrame: lambda s, o, p: s.drawPrimitive(QStyle.PrimitiveElement.PE_FrameLineEdit, o, p),
    QStyleOptionComboBox: lambda s, o, p: s.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, o, p),
}


def _edge(style, option_type, state) -> set[str]:
    """The colours of the outermost pixels `style` draws for a 60×24 box in its own (light) palette."""
    window = style.standardPalette().window().color()
    image = QImage(60, 24, QImage.Format.Format_RGB32)
    image.fill(window)
    option = option_type()
    option.rect, option.palette, option.state = QRect(0, 0, 60, 24), style.standardPalette(), state
    painter = QPainter(image)
    DRAWN[option_type](style, option, painter)
    painter.end()
    edge = [(x, 0) for x in range(4, 56)] + [(x, 23) for x in range(4, 56)] + [(0, y) for y in range(4, 20)]
    return {image.pixelColor(x, y).name() for x, y in edge}


def test_the_light_theme_rings_the_focused_box_and_button(qapp, restore_look):
    fusion = QStyleFactory.create("Fusion")
    assert theme._FOCUS_RING_LIGHT not in _edge(fusion, QStyleOptionToolButton, FOCUSED)  # Fusion alone: none
    theme.apply(qapp, theme.LIGHT)
    style = QApplication.style()
    window = style.standardPalette().window().color().name()
    for kind in DRAWN:
        assert _edge(style, kind, FOCUSED) == {theme._FOCUS_RING_LIGHT}, kind.__name__
        assert theme._FOCUS_RING_LIGHT not in _edge(style, kind, QStyle.StateFlag.State_Enabled)  # only when focused
    assert colours.contrast(theme._FOCUS_RING_LIGHT, window) >= 3 and colours.contrast(theme._FOCUS_RING_LIGHT,
                                                                                        "#ffffff") >= 3
    assert QColor(window).lightness() > 200  # the light palette, unchanged
