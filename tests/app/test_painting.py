"""app/painting.fill paints what QPainter.fillRect paints, pixel for pixel, on whole and fractional rectangles, with
and without antialiasing, and keeps the painter's pen and brush."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from readout_viewer.app.painting import fill

RECTS = [QRect(3, 4, 20, 9), QRectF(2.0, 7.37, 16.0, 2.5), QRectF(0.5, 1.25, 10.75, 0.4), QRectF(5.6, 3.3, 1.2, 30.9)]


def _painted(paint, antialiased: bool) -> QImage:
    image = QImage(40, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
    paint(painter)
    painter.end()
    return image


@pytest.mark.parametrize("antialiased", [False, True])
@pytest.mark.parametrize("rect", RECTS)
def test_fill_paints_as_fill_rect(qapp, rect, antialiased):
    tint = QColor("#2a7ab0")
    tint.setAlphaF(0.4)
    for brush in (QColor("#1b9e77"), tint, QBrush(QColor("#d95f02"))):
        expected = _painted(lambda p, b=brush: p.fillRect(rect, b), antialiased)
        assert _painted(lambda p, b=brush: fill(p, rect, b), antialiased) == expected


def test_fill_keeps_the_painters_pen_and_brush(qapp):
    image = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setPen(QPen(QColor("red"), 2))
    painter.setBrush(QColor("blue"))
    fill(painter, QRectF(1, 1, 3, 3), QColor("green"))
    assert painter.pen().color() == QColor("red") and painter.pen().width() == 2
    assert painter.brush().color() == QColor("blue") and painter.brush().style() == Qt.BrushStyle.SolidPattern
    painter.end()
