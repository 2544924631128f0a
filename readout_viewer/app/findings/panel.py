"""The findings panel: every divergence, omission, altered or missing quote, misattribution and unreported statement
as one sortable, filterable list with counts per kind; a row shows both sides in the panes; steps with "n of N"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from readout_viewer.app.empty_note import NotedTable
from readout_viewer.app.findings.export import write_csv
from readout_viewer.app.findings.place import Identity, go_back, identity, taken
from readout_viewer.app.findings.table import (
    CITED,
    COUNTERPART,
    KIND_TIPS,
    KIND_WORDS,
    REASON,
    VERDICT,
    WIDTHS,
    FindingsFilter,
    FindingsModel,
    empty_note,
    fill,
    mark,
)
from readout_viewer.app.flowlayout import ActionsBar
from readout_viewer.core import findings
from readout_viewer.core.findings import Finding
from readout_viewer.core.model import Analysis

ROW_HEIGHT = 22  # one line of text: many findings per screen
# What the scope selector offers besides single documents.
EVENT_SCOPE = "Every document of"
ALL_SCOPE = "Every document"


class FindingsPanel(QWidget):
    """The dock's widget. `finding_activated` when a row becomes current (click, keys, or step())."""

    finding_activated = Signal(object)  # Finding
    message = Signal(str)  # a short notice for the status bar (wrapped around, exported)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ask_path: Callable[[str], Path | None] = lambda _suggested: None  # the window sets a file dialog
        self._quiet = False  # a row selected again after a correction: the panes stay on the claim they show
        self._chosen: Identity | None = None  # the finding the reader last chose, which the undo may bring back
        self.chips: dict[str, QAction] = {}
        chip_row = ActionsBar(self)  # wraps on a narrow panel: every kind stays one click away
        for kind in findings.KINDS:
            chip = QAction(self)
            chip.setCheckable(True)
            chip.setChecked(True)
            chip.setToolTip(f"{KIND_WORDS[kind]}: {KIND_TIPS[kind]}. Click: only these (again: every kind); "
                            "Ctrl+click: add or remove them. The number counts those in the scope and words chosen.")
            chip.triggered.connect(lambda _checked=False, k=kind: self._chip_clicked(k))
            chip_row.addAction(chip)
            self.chips[kind] = chip
        self.scope = QComboBox()
        self.scope.setToolTip("Which findings: those of the event shown, of one document, or of every event")
        self.scope.setAccessibleName("Which findings")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(18)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.words = QLineEdit(placeholderText="Filter by words, document, source…")
        self.words.setClearButtonEnabled(True)
        self.words.setAccessibleName("Filter the findings by words")
        self.words.textChanged.connect(self._words_changed)
        self.previous = QToolButton(text="◀")
        self.previous.setToolTip("Previous finding (Shift+F9)")
        self.previous.setAccessibleName("Previous finding")  # not the arrow's name
        self.previous.clicked.connect(lambda: self.step(False))
        self.next = QToolButton(text="▶")
        self.next.setToolTip("Next finding (F9)")
        self.next.setAccessibleName("Next finding")
        self.next.clicked.connect(lambda: self.step(True))
        self.position = QLabel()
        self.position.setToolTip("The finding shown, of those listed")
        self.export = QPushButton("Export CSV…")
        self.export.setToolTip("Write the findings listed (with these filters, in this order) as CSV: the same "
                               "columns as 'readout-viewer findings FOLDER --csv'")
        self.export.clicked.connect(self.export_csv)
        self.table = self._table()
        self._layout(chip_row)
        self._update_counts()

    def _table(self) -> NotedTable:
        table = NotedTable()
        table.setModel(self.proxy)
        table.setAccessibleName("Findings")
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # core.findings' order until a header is clicked
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(WIDTHS):
            table.setColumnWidth(column, width)
        # On a laptop the list shows some 800 px: the reason (why it is a finding) right after the text, where the
        # sixth column left it off-screen; the verdict repeats the type's word (the CSV keeps both, in its order).
        header.moveSection(header.visualIndex(REASON), header.visualIndex(COUNTERPART))
        table.setColumnHidden(VERDICT, True)
        # a row shows its finding when the user selects it (click, arrow keys, F9): never because the list took the
        # focus (Qt then makes its first row current) or a filter moved the current row
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _layout(self, chip_row: QWidget) -> None:
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.scope, 2)
        controls.addWidget(self.words, 3)
        controls.addWidget(self.previous)
        controls.addWidget(self.position)
        controls.addWidget(self.next)
        controls.addWidget(self.export)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(2)
        box.addWidget(chip_row)
        box.addLayout(controls)
        box.addWidget(self.table, 1)

    # ---- content
    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show the findings of `analysis` (every event; the scope selector narrows them); another analysis of the
        folder shown (a correction, its undo) keeps the reader's place in the list (app/findings/place.py)."""
        old, keep = self.model.analysis, self.scope.currentData()
        row, chosen = self._selected_row(), self._chosen
        place = taken(self.table, old.root, self.visible(), row, chosen) if old is not None else None
        self.model.set_analysis(analysis)
        self._fill_scope(keep)
        self._update_counts()
        fill(self.table)
        if place is not None and analysis is not None and analysis.root == place.root:
            go_back(self.table, place, self.visible(), self._select_quietly)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        fill(self.table)

    def _fill_scope(self, keep=None) -> None:
        """Every event; each event; each document under its event."""
        analysis = self.model.analysis
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(ALL_SCOPE, "all:")
        for event in analysis.events if analysis is not None else ():
            if len(analysis.events) > 1:
                self.scope.addItem(f"{EVENT_SCOPE} {event}", f"event:{event}")
            for doc in analysis.documents_of(event):
                self.scope.addItem(f"   {self.model.name(doc.id)}", f"doc:{doc.id}")
                self.scope.setItemData(self.scope.count() - 1, doc.label, Qt.ItemDataRole.ToolTipRole)
        at = self.scope.findData(keep) if keep is not None else -1
        self.scope.setCurrentIndex(max(0, at))
        self.scope.blockSignals(False)
        self._scope_changed()

    def _scope_changed(self, *_args) -> None:
        kind, _, value = (self.scope.currentData() or "all:").partition(":")
        self.proxy.set_scope(value if kind == "event" else None, value if kind == "doc" else None)
        self._filtered()

    def scope_to(self, doc_id: str | None) -> None:
        """Show the findings of one document (None: of every document)."""
        at = self.scope.findData(f"doc:{doc_id}" if doc_id else "all:")
        if at >= 0:
            self.scope.setCurrentIndex(at)

    def _words_changed(self, words: str) -> None:
        self.proxy.set_words(words)
        self._filtered()

    def _kinds_changed(self, *_args) -> None:
        self.proxy.set_kinds({k for k, chip in self.chips.items() if chip.isChecked()})
        self._filtered()

    def _chip_clicked(self, kind: str) -> None:
        """A plain click shows only that kind (or, when it is the only one shown, every kind); Ctrl+click adds or
        removes it (the action has already toggled itself)."""
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            self._kinds_changed()
            return
        shown = {k for k, chip in self.chips.items() if chip.isChecked() or k == kind}
        self.only() if shown == {kind} and self.proxy.kinds == {kind} else self.only(kind)

    def only(self, *kinds: str) -> None:
        """Show only these kinds of finding (all of them when none is named)."""
        wanted = set(kinds) or set(findings.KINDS)
        for kind, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(kind in wanted)
            chip.blockSignals(False)
        self._kinds_changed()

    def _filtered(self) -> None:
        """Another list, from its top: nothing is selected in it (stepping starts afresh; a row the filter hid never
        lingers as the one shown)."""
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().clear()  # the current row too: the next arrow key selects the first one
        self.table.selectionModel().blockSignals(False)
        self.table.viewport().update()  # the view learns of selections through those signals: repaint it
        self.table.scrollToTop()  # its first finding in sight: a list read halfway down opened a kind on its third
        self.table.setColumnHidden(CITED, not any(f.cited for f in self.visible()))  # only attributions cite
        fill(self.table)
        self._update_counts()

    def _update_counts(self) -> None:
        counts = findings.counts([f for f in self.model.rows if self.proxy.in_scope(f, self.model)])
        for kind, chip in self.chips.items():
            chip.setText(f"{mark(kind)} {KIND_WORDS[kind]} {counts[kind]}")
        self._show_position()
        typed = self.words.text().strip() if self.proxy.words else ""
        self.table.set_empty_note(empty_note(self.proxy.kinds, typed) if self.model.analysis is not None else "")

    # ---- moving through the list
    def visible(self) -> list[Finding]:
        """The findings listed, in the order shown."""
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]

    def current(self) -> Finding | None:
        row = self._selected_row()
        if row < 0:
            return None
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def step(self, forward: bool) -> Finding | None:
        """Make the next (previous) listed finding current, wrapping around with a notice; None if none is listed."""
        count = self.proxy.rowCount()
        if count == 0:
            self.message.emit("No finding is listed: change the filters of the Findings panel.")
            return None
        row = self._selected_row()
        target = (row + 1 if forward else row - 1) if row >= 0 else (0 if forward else count - 1)
        wrapped = not 0 <= target < count and row >= 0
        target %= count
        self._select(target)
        if wrapped:
            notice = f"Wrapped around to the {'first' if forward else 'last'} finding."
            self.position.setText(f"{self.position.text()}  ↻")
            self.message.emit(notice)
        return self.current()

    def _select(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _select_quietly(self, row: int) -> None:
        """Select a row again (place.go_back), the panes left on the claim they show."""
        self._quiet = True
        try:
            self._select(row)
        finally:
            self._quiet = False

    def _selection_changed(self, *_args) -> None:
        self._show_position()
        found = self.current()
        if found is not None and not self._quiet:
            self._chosen = identity(found)
            self.finding_activated.emit(found)

    def _show_position(self) -> None:
        count, row = self.proxy.rowCount(), self._selected_row()
        self.position.setText(f"{row + 1} of {count}" if row >= 0 else f"– of {count}")

    # ---- export
    def export_csv(self) -> Path | None:
        """Write the listed findings as CSV where the user says (app/findings/export.py)."""
        return write_csv(self.model.analysis, self.visible(), self.ask_path, self.message.emit)
