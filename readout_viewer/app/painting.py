"""Filling a rectangle as QPainter.fillRect does, without that call: PySide6 picks among fillRect's overloads by
making QGradient's enum types (its Preset alone has 169 members), about 12 M instructions of a warm start's path to
its first paint, which the panes' overview strips, the ribbons' gutters and the legend all paint."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter


def fill(painter: QPainter, rect: QRect | QRectF, brush: QBrush | QColor) -> None:
    """Fill `rect` with `brush`, drawn without an outline (the painter's own pen and brush are kept)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawRect(rect)
    painter.restore()
