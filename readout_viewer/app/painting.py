"""Filling a rectangle as QPainter.fillRect does, without that call: PySide6 picks among fillRect's overloads by
making QGradient's enum types (its Preset alone has 169 members), about 12 M instructions of a warm start's path to
its first paint, which the panes' overview strips, the ribbons' gutters and the legend all paint; and the speckle
that marks a quotation not found, in the panes and the legend alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from readout_viewer import palette


def fill(painter: QPainter, rect: QRect | QRectF, brush: QBrush | QColor) -> None:
    """Fill `rect` with `brush`, drawn without an outline (the painter's own pen and brush are kept)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawRect(rect)
    painter.restore()


# A quotation not found is speckled: dots of its orange over the ground it lies on, besides its dotted line. Its
# line alone was a left-out statement's dotted line, and in grey its orange is the sky blue's twin (helper qa19):
# speckled against flat, the two differ in shape, in colour and in grey. Pixels: a dot's side, and the tile that
# holds two dots on a diagonal (a dot every SPECKLE_TILE / 2 along and across).
SPECKLE_DOT = 2
SPECKLE_TILE = 8
SPECKLED = ("not_found",)  # the palette keys so marked
SPECKLE_ALPHA = 0.8  # the dots' opacity: seen at a glance, the words over them still read first
SPECKLE_BRUSHES = 64  # brushes kept: a ground per claim status, light and dark, and the legend's


def speckle(ground: QColor | None, dot: QColor) -> QBrush:
    """A brush of `dot`-coloured dots over `ground` (transparent when None): a quotation not found's ground, in the
    panes over the tint of the claim beneath (which still shows between the dots) and in the legend's sample."""
    return _speckle(ground.rgba() if ground is not None else None, dot.rgba())


@lru_cache(maxsize=SPECKLE_BRUSHES)
def _speckle(ground: int | None, dot: int) -> QBrush:
    """speckle's brush for two colours as QRgb values, made once: a pane's quotations share a few grounds."""
    from PySide6.QtGui import QPixmap  # made only when a pane or the legend draws a quotation not found
    tile = QPixmap(SPECKLE_TILE, SPECKLE_TILE)
    tile.fill(QColor.fromRgba(ground) if ground is not None else QColor(0, 0, 0, 0))
    painter = QPainter(tile)
    half = SPECKLE_TILE // 2
    ink = QColor.fromRgba(dot)
    ink.setAlphaF(SPECKLE_ALPHA)
    for x, y in ((0, 0), (half, half)):
        fill(painter, QRect(x, y, SPECKLE_DOT, SPECKLE_DOT), ink)
    painter.end()
    return QBrush(tile)


def speckled(cursor, marks: Sequence, to_qt: Callable[[int], int], format_of: Callable) -> None:
    """Speckle the marks of a SPECKLED kind through `cursor` (their start and end Python offsets, `to_qt` giving Qt's
    positions), after every mark is merged: over each stretch, the ground the last mark merged there left
    (`format_of(mark)`: its character format, or a false value for none), so a claim's tint shows between the dots.
    The grounds are read from the marks, not from the text: a pane of a long text holds many quotations."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor  # the panes' text types, loaded with the panes already
    for mark in marks:
        if mark.kind not in SPECKLED:
            continue
        under = [(m.start, m.end, brush) for m in marks if m is not mark and m.start < mark.end and mark.start < m.end
                 and (fmt := format_of(m)) and (brush := fmt.background()).style() != Qt.BrushStyle.NoBrush]
        cuts = sorted({mark.start, mark.end, *(x for s, e, _ in under for x in (s, e) if mark.start < x < mark.end)})
        dot = QColor(palette.COLOR[mark.kind])
        for first, last in zip(cuts, cuts[1:]):
            grounds = [brush.color() for s, e, brush in under if s <= first and last <= e]
            fmt = QTextCharFormat()
            fmt.setBackground(speckle(grounds[-1] if grounds else None, dot))
            cursor.setPosition(to_qt(first))
            cursor.setPosition(to_qt(last), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
