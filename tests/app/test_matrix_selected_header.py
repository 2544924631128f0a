"""The coverage matrix's selected column: its header is drawn in bold (the style's highlighted section), so its name
must be cut by the bold font's width. Cut by the plain font's, "Devdiscourse, a…" ran past the section's edges at
1920 px, its first letter on the cell's border (helper qa5 left it; helper qa8)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QTableView

from readout_viewer.app.matrix_header import ElidingHeader

NAME = "Devdiscourse, an online news platform of the VisionRI Connexions Services group\nnews"


def test_the_selected_column_s_bold_name_is_cut_to_its_section(qtbot):
    model = QStandardItemModel(3, 3)
    for column in range(3):
        model.setHorizontalHeaderItem(column, QStandardItem(NAME))
    view = QTableView()
    qtbot.addWidget(view)
    header = ElidingHeader(view)
    view.setHorizontalHeader(header)
    view.setModel(model)
    for column in range(3):
        header.resizeSection(column, 118)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentIndex(model.index(1, 1))
    qtbot.waitUntil(lambda: view.selectionModel().isColumnSelected(1) or view.selectionModel().isSelected(
        model.index(1, 1)))
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(3):
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, column)
        bold = bool(option.state & QStyle.StateFlag.State_On)
        assert bold == (column == 1)  # the selected cell's column is the highlighted one
        font = QFont(header.font())
        font.setBold(bold)
        metrics = QFontMetrics(font)
        room = header.sectionSize(column) - 2 * margin
        lines = option.text.split("\n")
        assert lines[0].endswith("…") and lines[1] == "news"
        assert all(metrics.horizontalAdvance(line) <= room for line in lines), (column, lines)
