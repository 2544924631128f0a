"""The documents sidebar: every document grouped by event and role, with side, source and date; tick to show."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from readout_viewer.core.model import OFFICIAL, OUTLET, Analysis, Document

COLUMNS = ("Document", "Date")
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
        """One group per event, holding its official texts, then its outlets (the role groups)."""
        self._updating = True
        self.clear()
        self._order = []
        for event in analysis.events:
            docs = analysis.documents_of(event)
            group = self._group(self, event or "(no event)", f"{len(docs)} documents; double-click to compare "
                                "its main texts")
            group.setData(0, EVENT_ROLE, event)
            for role, label in ((OFFICIAL, "official texts"), (OUTLET, "outlets")):
                members = [d for d in docs if (d.role == OFFICIAL) == (role == OFFICIAL)]
                if members:
                    sub = self._group(group, f"{label} ({len(members)})", f"{label} of {event}")
                    for doc in members:
                        self._document(sub, doc, len(analysis.claims_of.get(doc.id, ())))
        self.expandAll()
        self._updating = False

    @staticmethod
    def _group(parent, text: str, tip: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(parent, [text, ""])
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setToolTip(0, tip)
        return group

    def _document(self, parent: QTreeWidgetItem, doc: Document, claims: int) -> None:
        side = f"{doc.side} · " if doc.side else ""
        item = QTreeWidgetItem(parent, [f"{side}{doc.source or '?'}: {doc.title}", doc.date or ""])
        item.setData(0, ID_ROLE, doc.id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setToolTip(0, f"{doc.label}\n{doc.role}{' · ' + doc.side if doc.side else ''}"
                        f"{' · ' + doc.kind if doc.kind else ''}\n{doc.path}\n{claims} claims"
                        + (f"\nby {doc.author}" if doc.author else "") + ("\n(excerpt)" if doc.excerpt else ""))
        self._order.append(doc.id)

    def _items(self):
        """The document items, in sidebar order."""
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())][::-1]
        while stack:
            item = stack.pop()
            if item.data(0, ID_ROLE) is not None:
                yield item
            stack.extend(item.child(j) for j in range(item.childCount() - 1, -1, -1))

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
