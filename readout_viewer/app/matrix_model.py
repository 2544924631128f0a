"""The coverage matrix's model: official claims × documents of an event, each cell's status, and the filter over them
(app/matrix.py is its view)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from readout_viewer import palette
from readout_viewer.app.refilter import RefilteringProxy
from readout_viewer.core import labels, status
from readout_viewer.core.model import Analysis, Document
from readout_viewer.core.model.vocabulary import KIND_WORDS, OMISSION

SYMBOL = palette.MARK
# Sort order of a document column: the most telling cells first.
RANK = {status.DIVERGE: 0, status.OMITTED: 1, status.AGREE: 2, status.SOURCE: 3, status.ABSENT: 4}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Row filters: (label, predicate on the row's cells).
ROW_FILTERS = (
    ("All official claims", lambda cells: True),
    ("Diverged somewhere", lambda cells: status.DIVERGE in cells),
    (f"{KIND_WORDS[OMISSION]} somewhere", lambda cells: status.OMITTED in cells),
    ("Carried by no other", lambda cells: not ({status.AGREE, status.DIVERGE} & set(cells))),
)
# Characters of a document's source and kind in a column header (the full name is in the tooltip).
HEADER_CHARS = 18
# ... and before a claim in its row: enough to tell the official texts apart, little enough to leave the claim most
# of its column ("President of Ukraine (Office of the President) readout:" left four words of the claim at 1280 px).
ROW_CHARS = 24


def column_names(docs: Sequence[Document], limit: int | None = HEADER_CHARS) -> dict[str, str]:
    """Column headers that tell the documents of an event apart: source and kind (each cut at a word with an ellipsis
    past `limit` characters; None keeps them whole), then, for documents that would read the same, "(excerpt)" when
    that is the difference, else the words of the title the others lack, else the date, else a number."""
    def cut(text: str) -> str:
        return labels.short_title(text, limit) if limit else text
    names = {d.id: f"{cut(d.source or d.id)}\n{cut(d.kind or d.role)}" for d in docs}
    for group in _alike(docs, names):
        if sum(d.excerpt for d in group) == 1:
            for d in group:
                names[d.id] += labels.excerpt_mark(d)
            continue
        for d in group:
            names[d.id] += "\n" + (labels.distinguishing(d, group) or d.date or "")
    for group in _alike(docs, names):
        for n, d in enumerate(group, 1):
            names[d.id] += f" #{n}"
    return names


def excerpts_marked(docs: Sequence[Document], names: dict[str, str]) -> dict[str, str]:
    """The column headers with " (excerpt)" after the kind of every partial text: its ∅ may stand in the part not
    stored (helper ux12: Downing Street's assembled readout of the Sunak–Modi call read "Prime Minister's… readout",
    its ∅ for the call's opening sentence, which stands behind its "[…]", read as Downing Street's silence)."""
    marked = dict(names)
    for d in docs:
        if d.excerpt and labels.EXCERPT_MARK not in names[d.id]:
            lines = names[d.id].split("\n")
            lines[min(1, len(lines) - 1)] += labels.EXCERPT_MARK  # the kind's line: "readout (excerpt)"
            marked[d.id] = "\n".join(lines)
    return marked


def _alike(docs: Sequence[Document], names: dict[str, str]) -> list[list[Document]]:
    groups: dict[str, list[Document]] = {}
    for d in docs:
        groups.setdefault(names[d.id], []).append(d)
    return [g for g in groups.values() if len(g) > 1]


def one_line(name: str) -> str:
    """A column header on one line: "Capital readout (Premier)"."""
    lines = name.split("\n")
    return " ".join(lines[:2]) + "".join(f" ({line})" for line in lines[2:])


class CoverageModel(QAbstractTableModel):
    """Rows: official claims of one event; column 0 the claim, then one column per document of the event."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.claims: list[str] = []
        self.docs: list[str] = []
        self.cells: list[dict[str, str]] = []
        self.names: dict[str, str] = {}  # document id -> its column header (unique in the event)
        self.full: dict[str, str] = {}  # document id -> the same name uncut (the source list, the filter)
        self.rows: dict[str, str] = {}  # document id -> the name before its claims in the rows (ROW_CHARS)

    def set_event(self, analysis: Analysis, event: str) -> None:
        self.beginResetModel()
        self.analysis = analysis
        officials = status.official_order(analysis, event)
        outlets = [d for d in analysis.documents_of(event) if d not in officials]
        self.docs = [d.id for d in officials + outlets]
        self.names = excerpts_marked(officials + outlets, column_names(officials + outlets))
        self.full = column_names(officials + outlets, limit=None)
        self.rows = column_names(officials + outlets, limit=ROW_CHARS)
        self.claims = [c.id for d in officials for c in analysis.claims_of.get(d.id, ()) if c.is_statement]
        self.cells = [status.coverage_row(analysis, cid) for cid in self.claims]
        self.endResetModel()

    def clear(self) -> None:
        """No event: no rows, no columns (another folder is shown, or one without documents)."""
        self.beginResetModel()
        self.analysis, self.claims, self.docs, self.cells = None, [], [], []
        self.names, self.full, self.rows = {}, {}, {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() or self.analysis is None else len(self.docs) + 1

    def doc_of(self, row: int) -> str:
        """The document of the claim in `row`."""
        return self.analysis.claim[self.claims[row]].doc if self.analysis is not None else ""

    def claim_text(self, row: int) -> str:
        """The words of the claim in `row`, on one line."""
        if self.analysis is None:
            return ""
        return " ".join(labels.claim_shown(self.analysis, self.analysis.claim[self.claims[row]]).split())

    def cell(self, row: int, column: int) -> str:
        return self.cells[row].get(self.docs[column - 1], status.ABSENT) if column > 0 else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row, col = index.row(), index.column()
        if col == 0:
            claim = self.analysis.claim[self.claims[row]]
            if role == Qt.ItemDataRole.DisplayRole:  # the view cuts it to the column with an ellipsis
                return f"{one_line(self.rows.get(claim.doc, claim.doc))}: {self.claim_text(row)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self.analysis.document[claim.doc].label}\n\n{labels.claim_shown(self.analysis, claim)}"
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
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):  # a screen reader: words,
            return self._cell_tip(row, col, value)  # not the mark's name ("not equal to")
        if role == SORT_ROLE:
            return RANK[value]
        return None

    def _cell_tip(self, row: int, col: int, value: str) -> str:
        """The document, what it does with the claim, and how sure the engine is of the links that say so."""
        doc = self.analysis.document[self.docs[col - 1]]
        words = "the claim's own document" if value == status.SOURCE else palette.LABEL.get(value, "not covered")
        claim_id = self.claims[row]
        scores = [lk.score for lk in self.analysis.links_of.get(claim_id, ())
                  if self.analysis.claim[lk.other(claim_id)].doc == doc.id]
        sure = f" (score {max(scores):.2f})" if scores and value in (status.AGREE, status.DIVERGE) else ""
        return f"{doc.label}: {words}{sure}"

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.analysis is None:
            return None
        if section == 0:
            return "Official claim" if role == Qt.ItemDataRole.DisplayRole else None
        doc = self.analysis.document[self.docs[section - 1]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.names[doc.id]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{doc.label}\n{doc.role}{' · ' + doc.kind if doc.kind else ''}"
                    f"{' · ' + doc.date if doc.date else ''}"
                    + (f"\n{labels.EXCERPT_TIP}, so a blank or ∅ in its column may stand in the rest." if doc.excerpt
                       else "") + "\nDouble-click to show it in the last pane.")
        return None


class CoverageFilter(RefilteringProxy):
    """Filters rows by words (of the claim, or of its document's name and source), by the claim's document and by a
    row filter; sorts by SORT_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.row_filter = 0
        self.document: str | None = None  # only the claims of this official text (None: of every one)

    def set_row_filter(self, index: int) -> None:
        self.refilter(lambda: setattr(self, "row_filter", index))

    def set_document(self, doc_id: str | None) -> None:
        self.refilter(lambda: setattr(self, "document", doc_id))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        """A claim's words after its document's name on the first row of that document's run only: the name before
        every row took some 170 of a laptop's 360 px of claim (the ● column says whose it is)."""
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole and index.row() > 0:
            model: CoverageModel = self.sourceModel()
            row, above = (self.mapToSource(self.index(r, 0)).row() for r in (index.row(), index.row() - 1))
            if model.doc_of(row) == model.doc_of(above):
                return model.claim_text(row)
        return super().data(index, role)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model: CoverageModel = self.sourceModel()
        words = self.filterRegularExpression().pattern().lower()
        claim = model.analysis.claim[model.claims[row]]
        if self.document is not None and claim.doc != self.document:
            return False
        if words:
            doc = model.analysis.document[claim.doc]
            hay = " ".join((claim.text, doc.label, doc.kind or "", one_line(model.full.get(doc.id, "")))).lower()
            if words not in hay:
                return False
        if self.row_filter == 0:  # every row: no need to read hundreds of cells
            return True
        cells = [model.cell(row, c) for c in range(1, model.columnCount())]
        return ROW_FILTERS[self.row_filter][1](cells)


def partner_in(analysis: Analysis | None, claim_id: str, doc_id: str) -> str | None:
    """The claim of document `doc_id` that a matrix cell's ✓ or ≠ stands for (the strongest linked statement), so
    that Confirm, Reject or a re-label act on the pair the cell shows, not on the link to the neighbouring pane."""
    if analysis is None or claim_id not in analysis.claim:
        return None
    others = [(lk, analysis.claim[lk.other(claim_id)]) for lk in analysis.links_of.get(claim_id, ())]
    there = [lk for lk, other in others if other.doc == doc_id and other.is_statement]
    return max(there, key=lambda lk: lk.score).other(claim_id) if there else None
