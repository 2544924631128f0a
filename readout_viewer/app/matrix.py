"""The coverage matrix dock: official claims × documents of an event, each cell agree / diverge / omitted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
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

from readout_viewer import palette
from readout_viewer.core import labels, status
from readout_viewer.core.model import Analysis

SYMBOL = palette.MARK
# Sort order of a document column: the most telling cells first.
RANK = {status.DIVERGE: 0, status.OMITTED: 1, status.AGREE: 2, status.SOURCE: 3, status.ABSENT: 4}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Row filters: (label, predicate on the row's cells).
ROW_FILTERS = (
    ("All official claims", lambda cells: True),
    ("Diverged somewhere", lambda cells: status.DIVERGE in cells),
    ("Omitted somewhere", lambda cells: status.OMITTED in cells),
    ("Carried by no other", lambda cells: not ({status.AGREE, status.DIVERGE} & set(cells))),
)
# Characters of a document's source and kind in a column header (the full name is in the tooltip).
HEADER_CHARS = 16
# Column widths (pixels): a document's two-line header fits; the claim column shows most of a sentence.
DOC_COLUMN_WIDTH = 124
CLAIM_COLUMN_WIDTH = 420
ROW_HEIGHT = 22  # one line of text: many claims per screen
# What the cell symbols mean (the window's legend explains the panes, not this table).
KEY = (f"{SYMBOL[status.AGREE]} carries it alike · {SYMBOL[status.DIVERGE]} diverges · "
       f"{SYMBOL[status.OMITTED]} omits it · {SYMBOL[status.SOURCE]} its own text · blank: not covered")
KEY_MIN_WIDTH = 120  # pixels: on a narrow window the key is cut (its tooltip and the cells' tooltips remain)
# Characters of a claim shown in the first column (the whole claim is in the tooltip).
CLAIM_CHARS = 90


class CoverageModel(QAbstractTableModel):
    """Rows: official claims of one event; column 0 the claim, then one column per document of the event."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.claims: list[str] = []
        self.docs: list[str] = []
        self.cells: list[dict[str, str]] = []
        self.names: dict[str, str] = {}  # document id -> words telling it from a same-source, same-kind namesake

    def set_event(self, analysis: Analysis, event: str) -> None:
        self.beginResetModel()
        self.analysis = analysis
        officials = status.official_order(analysis, event)
        outlets = [d for d in analysis.documents_of(event) if d not in officials]
        self.docs = [d.id for d in officials + outlets]
        self.names = dict(labels.short_names(officials + outlets))
        self.claims = [c.id for d in officials for c in analysis.claims_of.get(d.id, ())]
        self.cells = [status.coverage_row(analysis, cid) for cid in self.claims]
        self.endResetModel()

    def clear(self) -> None:
        """No event: no rows, no columns (another folder is shown, or one without documents)."""
        self.beginResetModel()
        self.analysis, self.claims, self.docs, self.cells, self.names = None, [], [], [], {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() or self.analysis is None else len(self.docs) + 1

    def cell(self, row: int, column: int) -> str:
        return self.cells[row].get(self.docs[column - 1], status.ABSENT) if column > 0 else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row, col = index.row(), index.column()
        if col == 0:
            claim = self.analysis.claim[self.claims[row]]
            if role == Qt.ItemDataRole.DisplayRole:
                source = self.analysis.document[claim.doc].source or claim.doc
                if self.names.get(claim.doc):  # which of two same-source texts
                    source += f" ({self.names[claim.doc]})"
                return f"{source}: {labels.clip(claim.text, CLAIM_CHARS)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self.analysis.document[claim.doc].label}\n\n{claim.text}"
            if role == SORT_ROLE:
                return row
            return None
        value = self.cell(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOL.get(value, "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and value in palette.COLOR:
            colour = QColor(palette.COLOR[value])
            colour.setAlphaF(palette.HIGHLIGHT_ALPHA + 0.15)
            return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            doc = self.analysis.document[self.docs[col - 1]]
            words = "the claim's own document" if value == status.SOURCE else palette.LABEL.get(value, "not covered")
            return f"{doc.label}: {words}"
        if role == SORT_ROLE:
            return RANK[value]
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.analysis is None:
            return None
        if section == 0:
            return "Official claim" if role == Qt.ItemDataRole.DisplayRole else None
        doc = self.analysis.document[self.docs[section - 1]]
        if role == Qt.ItemDataRole.DisplayRole:
            when = f" {doc.date[5:]}" if doc.date and len(doc.date) >= 7 else ""  # month-day tells apart
            name = f"\n{self.names[doc.id]}" if self.names.get(doc.id) else ""
            return f"{(doc.source or doc.id)[:HEADER_CHARS]}\n{(doc.kind or doc.role)[:HEADER_CHARS]}{when}{name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{doc.label}\n{doc.role}{' · ' + doc.kind if doc.kind else ''}"
                    f"{' · ' + doc.date if doc.date else ''}\nDouble-click to show it in the last pane.")
        return None


class CoverageFilter(QSortFilterProxyModel):
    """Filters rows by the claim's words and by a row filter; sorts by SORT_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.row_filter = 0

    def set_row_filter(self, index: int) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self.row_filter = index
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.row_filter = index
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model: CoverageModel = self.sourceModel()
        words = self.filterRegularExpression().pattern()
        claim = model.analysis.claim[model.claims[row]]
        if words and words.lower() not in claim.text.lower():
            return False
        cells = [model.cell(row, c) for c in range(1, model.columnCount())]
        return ROW_FILTERS[self.row_filter][1](cells)


class CoverageMatrix(QWidget):
    """The dock's widget: filter row above a sortable table; activating a cell asks to show that claim there."""

    cell_activated = Signal(str, str)  # claim id, document id
    document_activated = Signal(str)  # a document column's header was double-clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        self.proxy = CoverageFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(placeholderText="Filter claims by words…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.rows = QComboBox()
        self.rows.addItems([label for label, _ in ROW_FILTERS])
        self.rows.currentIndexChanged.connect(self.proxy.set_row_filter)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        # fixed widths: measuring hundreds of document columns on every reset would stall the window
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(DOC_COLUMN_WIDTH)
        self.table.setWordWrap(False)
        self.table.clicked.connect(self._clicked)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._header)
        self.table.activated.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.rows, 1)
        self.key = QLabel(KEY)
        self.key.setToolTip("Each row is a claim of an official text; each column a document of the same event. "
                            "Click a cell to show the claim there; double-click a column's header to show that "
                            "document; click a header to sort by it.")
        self.key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # cut, never widen
        self.key.setMinimumWidth(KEY_MIN_WIDTH)
        top.addWidget(self.key, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addWidget(self.table, 1)

    def set_event(self, analysis: Analysis, event: str) -> None:
        self.model.set_event(analysis, event)
        self.table.setColumnWidth(0, CLAIM_COLUMN_WIDTH)

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
