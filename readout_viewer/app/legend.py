"""The legend: each mark's colour, line style and word, so that colour never has to be read alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from readout_viewer import palette
from readout_viewer.app.flowlayout import FlowLayout
from readout_viewer.app.painting import SPECKLED, fill, speckle
from readout_viewer.core.confidence import WEAK
from readout_viewer.core.labels import short_name
from readout_viewer.core.model import Analysis

# What the panes mark, in reading order: claim statuses (tinted), then quotes and attributions (lines only).
GROUPS = (("Claims", (("agree", True), ("diverge", True), ("omitted", True))),
          ("Quotes", (("exact", False), ("altered", False), ("not_found", False))),
          ("Sources", (("misattributed", False), ("unsupported", False))))
# What the ribbons' looks mean, in pieces that a narrow legend can put on separate lines (none ends with "·": a
# piece that wraps would leave it dangling at the line's end; on one line the layout's gap parts them).
RIBBONS = ("<b>Ribbons:</b> hatched = diverges · dotted = weak", "dashed = analyst's link · bold = confirmed")
# The legend's words for the marks, shorter than palette.LABEL (whose words the tooltips use).
WORDS = {"omitted": "left out", "not_found": "not found", "exact": "exact", "altered": "altered"}
# Swatch size in pixels: a word's height and a short word's width.
SWATCH = QSize(30, 16)
GROUP_GAP = 14  # pixels between the groups of a legend row
WAVE_STEP = 4.0  # half-period of the wave underline sample, pixels
# Pixels the legend's "against" line keeps free besides its words: the layout's margins and the label's frame.
AGAINST_SLACK = 24
# The "against" line's heading, and the shorter one of the compact legend (a short screen: fit.short_screen).
AGAINST_HEAD = "Colours against the other panes:"
COMPACT_HEAD = "Colours against:"


class Swatch(QWidget):
    """A small sample of a mark: tint (for claims) and the underline in its style and colour."""

    def __init__(self, kind: str, tinted: bool, parent=None) -> None:
        super().__init__(parent)
        self.kind, self.tinted = kind, tinted
        self.setFixedSize(SWATCH)
        self.setToolTip(palette.LABEL[kind])
        self.setAccessibleName(palette.LABEL[kind])

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(palette.COLOR[self.kind])
        if self.tinted:
            tint = QColor(colour)
            tint.setAlphaF(palette.HIGHLIGHT_ALPHA + 0.1)
            fill(p, QRectF(0, 1, self.width(), self.height() - 6), tint)
        if self.kind in SPECKLED:
            fill(p, QRectF(0, 1, self.width(), self.height() - 6), speckle(None, colour))
        pen = QPen(colour, 2.0)
        style = palette.STYLE[self.kind]
        y = self.height() - 3.0
        if style == "wave":
            path = QPainterPath(QPointF(0, y))
            x, up = 0.0, True
            while x < self.width():
                path.quadTo(QPointF(x + WAVE_STEP / 2, y + (-2.5 if up else 2.5)), QPointF(x + WAVE_STEP, y))
                x, up = x + WAVE_STEP, not up
            p.setPen(pen)
            p.drawPath(path)
        else:
            pen.setStyle({"dot": Qt.PenStyle.DotLine, "dash": Qt.PenStyle.DashLine}.get(style, Qt.PenStyle.SolidLine))
            p.setPen(pen)
            p.drawLine(QPointF(0, y), QPointF(self.width(), y))
        p.end()


def _group(heading: str, entries) -> QWidget:
    """One legend group on one line: its heading, then each mark's swatch and word."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    row.addWidget(QLabel(f"<b>{heading}:</b>"))
    for kind, tinted in entries:
        row.addWidget(Swatch(kind, tinted))
        row.addWidget(QLabel(WORDS.get(kind, palette.LABEL[kind])))
        row.addSpacing(4)
    return group


RIBBONS_TIP = (f"Ribbons join linked claims of neighbouring panes; a weak one (dotted, faint) scores under {WEAK:.2f}. "
               "Hover lights a pair, click selects it.")
# How the claim colours are computed, for the legend's tooltip: they change with the panes, and why.
AGAINST_TIP = ("A claim's colour compares it with the other panes shown: diverges if any of them diverges, agrees "
               "if any carries it alike, left out (∅) only when none of them carries it. Change the panes and the "
               "colours change. View → Compare two documents (Ctrl+M) sets two texts against each other alone.")


def fitted_names(names: list[str], width: int, metrics: QFontMetrics) -> list[str]:
    """The names, " · " between them, in `width` pixels: whole when they fit, else the longest cut in their middle
    to an equal share of what the shorter ones leave (at the Xi–Zelenskyy call's 1920 px the third name ran off the
    window's edge mid-word: "Yahoo News (US; the stored cop")."""
    room = width - metrics.horizontalAdvance(" · ") * max(0, len(names) - 1)
    if sum(metrics.horizontalAdvance(n) for n in names) <= room:
        return list(names)
    widths, order = {}, sorted(range(len(names)), key=lambda i: metrics.horizontalAdvance(names[i]))
    for rank, i in enumerate(order):
        widths[i] = min(metrics.horizontalAdvance(names[i]), max(0, room) // (len(names) - rank))
        room -= widths[i]
    return [metrics.elidedText(n, Qt.TextElideMode.ElideMiddle, widths[i]) for i, n in enumerate(names)]


def against_text(names: list[str], min_score: float, panes: int = 2, analysed: bool = True,
                 heading: str = AGAINST_HEAD) -> str:
    """The legend's first words: what the colours are computed against (and the confidence floor, if any)."""
    if not panes:
        words = "<b>Colours:</b> no document shown"
    elif not analysed:
        words = "<b>Colours:</b> once the analysis is done"
    elif not names:
        words = "<b>Colours:</b> one pane — nothing to compare with"
    else:
        words = f"<b>{heading}</b> " + " · ".join(names)
    return words + (f" (score ≥ {min_score:.2f})" if min_score > 0 else "")


class Legend(QWidget):
    """What the marks in the text mean (claims, quotes, sources), then what the ribbons mean; wraps when narrow."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        flow = FlowLayout(self, QSize(GROUP_GAP, 1))
        flow.setContentsMargins(8, 2, 8, 2)
        self.against = QLabel()
        self.against.setObjectName("legendAgainst")
        self.against.setToolTip(AGAINST_TIP)
        flow.addWidget(self.against)
        self.compact = False  # a short screen's legend: the marks only (set_compact)
        self.set_against([], 0.0, panes=0)
        for heading, entries in GROUPS:
            flow.addWidget(_group(heading, entries))
        self.ribbons: list[QLabel] = []
        for words in RIBBONS:  # separate pieces, so that a narrow legend wraps between them
            ribbons = QLabel(words)
            ribbons.setToolTip(RIBBONS_TIP)
            flow.addWidget(ribbons)
            self.ribbons.append(ribbons)
        # never let the legend dictate the window's width: on a narrow window it wraps onto more lines
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_against(self, names: list[str], min_score: float, panes: int = 2, analysed: bool = True) -> None:
        """Say what the panes' colours are computed against: the documents shown, above the confidence floor (the
        names cut to the legend's width, whole in the tooltip)."""
        self._against = (names, min_score, panes, analysed)
        bold = self.against.font()
        bold.setBold(True)
        title = COMPACT_HEAD if self.compact else AGAINST_HEAD
        heading = against_text([""], min_score, heading=title).replace("<b>", "").replace("</b>", "")
        head = QFontMetrics(bold).horizontalAdvance(heading)
        fitted = fitted_names(names, self.width() - head - AGAINST_SLACK, QFontMetrics(self.against.font()))
        self.against.setText(against_text(fitted, min_score, panes, analysed, heading=title))
        whole = "Against: " + " · ".join(names) + "\n\n" if fitted != names else ""
        ribbons = "\n\n" + " · ".join(RIBBONS).replace("<b>", "").replace("</b>", "") if self.compact else ""
        self.against.setToolTip(whole + AGAINST_TIP + ribbons)

    def set_compact(self, compact: bool) -> None:
        """The compact legend (fit.short_screen: a short screen) says the marks only, under a shorter heading: the
        ribbons' words move to the tooltip of its first line (at 819×460 the legend took four lines of the texts'
        room, two of them the ribbons')."""
        if compact == self.compact:
            return
        self.compact = compact
        for ribbons in self.ribbons:
            ribbons.setVisible(not compact)
        self.set_against(*self._against)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.set_against(*self._against)

    def show_for(self, analysis: Analysis | None, shown: list[str], min_score: float) -> None:
        """Say what the panes `shown` are compared against (the documents' names from two panes on); the texts alone
        are shown, no analysis yet, while they are read."""
        names = [short_name(analysis.document[d]) for d in shown] if analysis is not None and len(shown) > 1 else []
        self.set_against(names, min_score, len(shown), analysis is not None and bool(analysis.claims))
