"""Seen by helper qa13 on a laptop display scaled to 200 % (QT_SCALE_FACTOR=2, and 150 %): the ribbons' outlines are
cosmetic pens whose widths count device pixels, so every outline drew half as heavy as at 100 % (the legend's "bold =
confirmed" 0.9 px, the selected frame 1.2 px, the "dotted = weak" edge a row of specks half as far apart), and the
divergence hatching, a pattern Qt lays on device pixels, drew twice as dense and half as thin. Both now follow the
display's scale; a hairline stays one device pixel (Qt's fast stroker), its dots stretched."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from readout_viewer.app.panes import ribbons
from readout_viewer.core.model import DIVERGE

SIDE = 64  # logical pixels of the hatched square sampled


def _image(width: int, height: int, ratio: float) -> QImage:
    image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    return image


def _hatch_lines(ratio: float) -> int:
    """How many hatch lines cross the middle row of a diverging square SIDE logical pixels wide, drawn at `ratio`."""
    image = _image(SIDE, SIDE, ratio)
    painter = QPainter(image)
    path = QPainterPath()
    path.addRect(QRectF(0, 0, SIDE, SIDE))
    ribbons._draw(painter, path, DIVERGE, QPen(Qt.PenStyle.NoPen), ribbons.RIBBON_ALPHA)
    painter.end()
    row = int(SIDE * ratio / 2)
    dark = [image.pixelColor(x, row).lightness() < 160 for x in range(image.width())]
    return sum(1 for x, on in enumerate(dark) if on and (x == 0 or not dark[x - 1]))


def test_the_divergence_hatching_is_as_dense_at_200_and_150_percent_as_at_100(qapp):
    at_one = _hatch_lines(1.0)
    assert at_one >= 4
    assert abs(_hatch_lines(2.0) - at_one) <= 1  # was twice as many
    assert abs(_hatch_lines(1.5) - at_one) <= 1  # was half as many again


def _pen_widths(handle, ratio: float, monkeypatch) -> dict[str, float]:
    """The outline width of each relation's ribbons when the gutter is drawn at `ratio` device pixels a pixel."""
    widths: dict[str, float] = {}
    draw = ribbons._draw

    def spy(painter, path, relation, pen, alpha):
        widths[relation] = max(widths.get(relation, 0.0), pen.widthF())
        draw(painter, path, relation, pen, alpha)

    monkeypatch.setattr(ribbons, "_draw", spy)
    handle.render(_image(handle.width(), handle.height(), ratio))
    monkeypatch.setattr(ribbons, "_draw", draw)
    return widths


def test_ribbon_outlines_are_as_heavy_at_200_percent_as_at_100(qtbot, make_window, tiny, monkeypatch):
    window = make_window()
    window.show_analysis(tiny)
    handle = window.area.splitter.handle(1)
    qtbot.waitUntil(lambda: len(handle.compute()) == 2)
    window.area.splitter.selected = next(r.link for r in handle.compute() if r.link.relation == DIVERGE)
    at_one, at_two = _pen_widths(handle, 1.0, monkeypatch), _pen_widths(handle, 2.0, monkeypatch)
    assert at_one == {DIVERGE: ribbons.SELECTED_PEN, "agree": ribbons.AUTO_PEN}
    assert at_two[DIVERGE] == 2 * ribbons.SELECTED_PEN  # cosmetic pens count device pixels: twice as many (was 2.4)
    confirmed = ribbons.ribbon_pen(replace(handle.compute()[0].link, confirmed=True), QColor("#009E73"), ratio=2.0)
    assert at_two[DIVERGE] > confirmed.widthF() == 2 * ribbons.CONFIRMED_PEN  # the selected frame the heaviest
    assert at_two["agree"] == ribbons.HAIRLINE_MAX  # a hairline: one device pixel, Qt's fast stroker


def test_a_ribbon_pen_counts_the_display_scale(qapp, tiny):
    green = QColor("#009E73")
    for link in (replace(tiny.links[0], confirmed=True), replace(tiny.links[0], origin="manual")):
        plain, scaled = ribbons.ribbon_pen(link, green), ribbons.ribbon_pen(link, green, ratio=1.5)
        assert scaled.isCosmetic() and scaled.widthF() == 1.5 * plain.widthF()
        assert scaled.style() == plain.style()


def _dots(ratio: float, pen: QPen) -> int:
    """How many dots `pen` draws along a line 120 logical pixels long at `ratio` device pixels a pixel."""
    image = _image(120, 10, ratio)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.drawLine(QPointF(0, 5), QPointF(120, 5))
    painter.end()
    counts = []
    for row in (int(5 * ratio) - 1, int(5 * ratio)):
        dark = [image.pixelColor(x, row).lightness() < 200 for x in range(image.width())]
        counts.append(sum(1 for x, on in enumerate(dark) if on and (x == 0 or not dark[x - 1])))
    return max(counts)


def test_a_weak_links_dots_keep_their_spacing_at_200_and_150_percent(qapp, tiny):
    weak = replace(tiny.links[0], score=0.1, confirmed=False)
    assert ribbons.weak(weak)
    at_one = _dots(1.0, ribbons.ribbon_pen(weak, QColor("black")))
    assert at_one >= 20
    for ratio in (1.5, 2.0):
        pen = ribbons.ribbon_pen(weak, QColor("black"), ratio=ratio)
        assert pen.widthF() <= ribbons.HAIRLINE_MAX
        assert abs(_dots(ratio, pen) - at_one) <= 2  # was twice as many at 200 %: specks
