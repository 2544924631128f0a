"""The documents sidebar: every document grouped by event, with role, side, source and date; tick to show."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from readout_viewer.core.model import Analysis

COLUMNS = ("Document", "Role", "Date")
ID_ROLE = Qt.ItemDataRole.UserRole
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentsSidebar(QTreeWidget):
    """Ticked documents are shown as panes; double-click shows an event's or a document's default panes."""

    shown_requested = Signal(list)  # document ids to show, in sidebar order
    event_requested = Signal(str)  # show an event's default panes (double-click on the event)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(COLUMNS)
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._updating = False
        self._order: list[str] = []
        self.itemChanged.connect(self._ticked)
        self.itemDoubleClicked.connect(self._double_clicked)

    def set_analysis(self, analysis: Analysis) -> None:
        self._updating = True
        self.clear()
        self._order = []
        for event in analysis.events:
            docs = analysis.documents_of(event)
            group = QTreeWidgetItem(self, [event or "(no event)", "", ""])
            group.setFirstColumnSpanned(True)
            group.setData(0, EVENT_ROLE, event)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setToolTip(0, f"{len(docs)} documents; double-click to compare its main texts")
            for doc in docs:
                claims = len(analysis.claims_of.get(doc.id, ()))
                role = f"{doc.role} {doc.side}" if doc.side else doc.role
                item = QTreeWidgetItem(group, [f"{doc.source or '?'}: {doc.title}", role, doc.date or ""])
                item.setData(0, ID_ROLE, doc.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setToolTip(0, f"{doc.label}\n{doc.path}\n{claims} claims"
                                + (f"\nby {doc.author}" if doc.author else "") + (" (excerpt)" if doc.excerpt else ""))
                self._order.append(doc.id)
            group.setExpanded(True)
        self._updating = False

    def _items(self):
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            for j in range(group.childCount()):
                yield group.child(j)

    def set_shown(self, doc_ids: list[str]) -> None:
        """Tick the shown documents (without asking to show them again)."""
        self._updating = True
        wanted = set(doc_ids)
        for item in self._items():
            shown = item.data(0, ID_ROLE) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            font = item.font(0)
            font.setBold(shown)
            item.setFont(0, font)
        self._updating = False

    def ticked(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self._items() if item.checkState(0) == Qt.CheckState.Checked]

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0 or item.data(0, ID_ROLE) is None:
            return
        self.shown_requested.emit(self.ticked())

    def _double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        event = item.data(0, EVENT_ROLE)
        if event is not None:
            self.event_requested.emit(event)
