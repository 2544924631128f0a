"""The coverage matrix dock: official claims × documents of an event, each cell agree / diverge / omitted (its model
and filter: app/matrix_model.py)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readout_viewer.app.elided_combo import ElidedCombo
from readout_viewer.app.matrix_header import ElidingHeader
from readout_viewer.app.matrix_model import ROW_FILTERS, SYMBOL, CoverageFilter, CoverageModel, one_line
from readout_viewer.core import status
from readout_viewer.core.model import Analysis

# Column widths (pixels): a document's header fits; the claim column takes what the document columns leave, never
# less than CLAIM_COLUMN_WIDTH (then the table scrolls sideways).
DOC_COLUMN_WIDTH = 118
CLAIM_COLUMN_WIDTH = 360
ROW_HEIGHT = 20  # one line of text: many claims per screen
# What the cell symbols mean (the window's legend explains the panes, not this table).
KEY = (f"{SYMBOL[status.AGREE]} carries it alike · {SYMBOL[status.DIVERGE]} diverges · "
       f"{SYMBOL[status.OMITTED]} omits it · {SYMBOL[status.SOURCE]} its own text · blank: not covered")
KEY_MIN_WIDTH = 120  # pixels: on a narrow window the key wraps onto more lines beside the filters
EVERY_TEXT = "From every official text"  # the source chooser's first choice, always read whole


class CoverageMatrix(QWidget):
    """The dock's widget: filter row above a sortable table; activating a cell asks to show that claim there."""

    cell_activated = Signal(str, str)  # claim id, document id
    document_activated = Signal(str)  # a document column's header was double-clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        self.proxy = CoverageFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(placeholderText="Filter by words, document or source…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Filter the coverage matrix by words")
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.source = ElidedCombo()
        self.source.setToolTip("Only the claims of one official text")
        self.source.setAccessibleName("Official text")
        # wide enough for its first choice whole (on a laptop it read "From every official tex"); a longer
        # document name is cut with "…" (whole in its tooltip and in the list it opens)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(len(EVERY_TEXT))
        self.source.currentIndexChanged.connect(lambda _i: self.proxy.set_document(self.source.currentData()))
        self.rows = QComboBox()
        self.rows.addItems([label for label, _ in ROW_FILTERS])
        self.rows.setAccessibleName("Rows shown")
        self.rows.currentIndexChanged.connect(self.proxy.set_row_filter)
        self.table = self._make_table()
        self.key = QLabel(KEY)
        self.key.setToolTip("Each row is a statement of an official text; each column a document of the same event. "
                            "Click a cell to show the claim there; double-click a column's header to show that "
                            "document; click a header to sort by it.")
        self.key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widen
        self.key.setWordWrap(True)  # at 1280 px it was cut after "∅": the symbols past it went unexplained
        self.key.setMinimumWidth(KEY_MIN_WIDTH)
        self._layout()

    def _make_table(self) -> QTableView:
        """The matrix's table: sortable, fixed column widths; a cell clicked or activated shows its claim, a header
        double-clicked its document."""
        table = QTableView()
        table.setHorizontalHeader(ElidingHeader(table))
        table.setModel(self.proxy)
        table.setAccessibleName("Coverage matrix")
        table.setSortingEnabled(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move between cells (no keyboard trap)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.verticalHeader().hide()
        # fixed widths: measuring hundreds of document columns on every reset would stall the window
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setDefaultSectionSize(DOC_COLUMN_WIDTH)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.clicked.connect(self._clicked)
        table.horizontalHeader().sectionDoubleClicked.connect(self._header)
        table.activated.connect(self._clicked)
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.source, 2)
        top.addWidget(self.rows, 2)
        top.addWidget(self.key, 3)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addWidget(self.table, 1)

    def set_event(self, analysis: Analysis, event: str) -> None:
        self.table.selectionModel().clear()  # the previous event's current cell would keep a column header bold
        self.model.set_event(analysis, event)
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(EVERY_TEXT, None)
        for doc in status.official_order(analysis, event):
            self.source.addItem(f"From {one_line(self.model.full[doc.id])}", doc.id)
            self.source.setItemData(self.source.count() - 1, doc.label, Qt.ItemDataRole.ToolTipRole)
        self.source.blockSignals(False)
        self.proxy.set_document(None)
        self._fit_claim_column()

    def clear(self) -> None:
        """No event (another folder, or one without documents): no rows, no columns, no current cell."""
        self.table.selectionModel().clear()
        self.model.clear()
        self.source.clear()

    def _fit_claim_column(self) -> None:
        """The claim column takes the width the document columns leave (no empty third of the table)."""
        docs = sum(self.table.columnWidth(c) for c in range(1, self.model.columnCount()))
        room = self.table.viewport().width() - docs
        self.table.setColumnWidth(0, max(CLAIM_COLUMN_WIDTH, room))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.model.columnCount():
            self._fit_claim_column()

    def _header(self, section: int) -> None:
        if section > 0:
            self.document_activated.emit(self.model.docs[section - 1])

    def _clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return
        claim_id = self.model.claims[source.row()]
        column = source.column()
        doc_id = self.model.docs[column - 1] if column > 0 else self.model.analysis.claim[claim_id].doc
        self.cell_activated.emit(claim_id, doc_id)
