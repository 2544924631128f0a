"""The documents sidebar: every document by event and role, with side, source and date; tick to show it as a pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from readout_viewer.core.labels import EXCERPT_TIP, excerpt_mark, statements_told
from readout_viewer.core.model import OFFICIAL, OUTLET, Analysis, Document
from readout_viewer.docnote import note_tip

if TYPE_CHECKING:  # made once a folder's docks are filled, after the first paint (the editor is hidden until then)
    from readout_viewer.app.metadata_editor import MetadataEditor

COLUMNS = ("Document",)
# Pixels of indentation per tree level: three levels (event, role, document) leave room for the names.
INDENT = 12
ID_ROLE = Qt.ItemDataRole.UserRole
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
# Pixels a document's line takes besides its words: the delegate's and the item's padding, the dock's frame.
NAME_PADDING = 24
# Tree levels left of a document's check box: the root decoration, the event, the role group.
DEPTH = 3


def two_lines(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """A document's lines fitted to `width` pixels: who and when cut at the end, the title in the middle."""
    head, _, title = text.partition("\n")
    return (metrics.elidedText(head, Qt.TextElideMode.ElideRight, width),
            metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, width))


class TwoLineDelegate(QStyledItemDelegate):
    """Draws a document's two lines: who and when cut at the end, the title cut in the middle (both ends tell)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = index.data() or ""  # the raw text: the style option's has its newline turned into a separator
        if "\n" not in text:
            super().paint(painter, option, index)
            return
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(2, 0, -2, 0)
        metrics = QFontMetrics(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        line = metrics.height()
        top = rect.top() + max(0, (rect.height() - 2 * line) // 2)
        for n, shown in enumerate(two_lines(text, metrics, rect.width())):
            painter.drawText(QRect(rect.left(), top + n * line, rect.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()


class DocumentsSidebar(QTreeWidget):
    """Ticked documents are shown as panes; double-click shows an event's or a document's default panes."""

    shown_requested = Signal(list)  # document ids to show, in sidebar order
    event_requested = Signal(str)  # show an event's default panes (double-click on the event)
    document_requested = Signal(str)  # show this document (double-click on it)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(COLUMNS)
        self.setAccessibleName("Documents")
        self.setHeaderHidden(True)  # one column, named by the dock's title: a header row would only take room
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)  # a document takes two lines (who and when, then its title)
        self.setIndentation(INDENT)
        self.setExpandsOnDoubleClick(False)  # a double-click shows an event's texts; it must not also fold it away
        self.setItemDelegate(TwoLineDelegate(self))
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # names are elided instead
        self._updating = False
        self._order: list[str] = []
        self._names_width: int | None = None  # names_width(), measured once per folder's names
        self.itemChanged.connect(self._ticked)
        self.itemDoubleClicked.connect(self._double_clicked)

    def set_analysis(self, analysis: Analysis) -> None:
        """One group per event, holding its official texts, then its outlets (the role groups)."""
        self._updating = True
        self.clear()
        self._order = []
        self._names_width = None
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
                        self._document(sub, doc, statements_told(analysis, [doc.id], why=False))
        self.expandAll()
        self._updating = False

    @staticmethod
    def _group(parent, text: str, tip: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(parent, [text])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setToolTip(0, tip)
        return group

    def _document(self, parent: QTreeWidgetItem, doc: Document, statements: str) -> None:
        who = " · ".join(x for x in (doc.side, doc.source or doc.path, doc.kind, doc.date) if x)
        # an excerpt says so at its title's end, which the middle cut keeps (the head line is cut at its end)
        item = QTreeWidgetItem(parent, [f"{who}\n{doc.title}" + excerpt_mark(doc)])
        item.setData(0, ID_ROLE, doc.id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        tip = (f"{doc.label}\n{doc.role}{' · ' + doc.side if doc.side else ''}"
               f"{' · ' + doc.kind if doc.kind else ''}{' · ' + doc.date if doc.date else ''}\n{doc.path}\n"
               f"{statements}" + (f"\nby {doc.author}" if doc.author else "")
               + (f"\n{EXCERPT_TIP}." if doc.excerpt else "") + inferred_tip(doc) + note_tip(doc)
               + "\nTick to show it as a pane; double-click to show it in the last pane; correct it below.")
        item.setToolTip(0, tip)
        self._order.append(doc.id)

    def names_width(self) -> int:
        """Pixels the documents' lines want whole (in bold, as when shown): the widest line, its indentation and
        check box, the padding and the scroll bar; measured once per folder (the docks ask at each widening)."""
        if self._names_width is None:
            self._names_width = self._measure_names()
        return self._names_width

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._names_width = None  # the names take another width in another font

    def _measure_names(self) -> int:
        """names_width() measured: every document's lines in bold."""
        font = self.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(line) for item in self._items() for line in item.text(0).split("\n")),
                     default=0)
        if not widest:
            return 0
        check = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        return widest + DEPTH * INDENT + check + NAME_PADDING + self.verticalScrollBar().sizeHint().width()

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

    def select(self, doc_id: str) -> None:
        """Make a document the current item (its metadata shows below)."""
        for item in self._items():
            if item.data(0, ID_ROLE) == doc_id:
                self.setCurrentItem(item)
                return

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
        elif item.data(0, ID_ROLE) is not None:
            self.document_requested.emit(item.data(0, ID_ROLE))


def inferred_tip(doc: Document) -> str:
    """The document's inferred values and why, as tooltip lines ("" when nothing was inferred)."""
    if not doc.inferred:
        return ""
    return "\n\nInferred from the text:\n" + "\n".join(f"{key}: {why}" for key, why in doc.inferred.items())


# A Documents dock this many times wider than tall (the drawer below the panes) puts the editor beside the list.
SIDE_BY_SIDE_RATIO = 1.6


class DocumentsPanel(QSplitter):
    """The documents tree above the selected document's metadata (the Documents dock's widget). The metadata
    editor, hidden until a document is selected, is made when first asked for: once a folder's docks are filled,
    after the first paint, which it is not part of (its seven fields, about 13 M instructions of a warm start)."""

    corrections_requested = Signal(str, dict)  # the editor's: the document's path, {key: new value or None}

    def __init__(self, tree: DocumentsSidebar, parent=None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.addWidget(tree)
        # The editor scrolls rather than set a minimum height: in the drawer below the panes its seven fields
        # would hold every tab there at 364 px (at 1280×800 the panes kept 288 px, a third of the window).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName("Selected document's metadata")
        self.addWidget(scroll)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setCollapsible(0, False)  # the editor may be dragged away; the documents stay
        # Hidden until a document is selected: empty, its greyed fields took a quarter of the dock from the names.
        scroll.hide()
        self.tree, self.scroll = tree, scroll
        self._editor: MetadataEditor | None = None
        self._analysis: Analysis | None = None
        tree.currentItemChanged.connect(self._current)

    @property
    def editor(self) -> MetadataEditor:
        """The selected document's metadata editor, made in the scroll area the first time it is asked for."""
        if self._editor is None:
            from readout_viewer.app.metadata_editor import MetadataEditor
            self._editor = editor = MetadataEditor()
            editor.corrections_requested.connect(self.corrections_requested)
            self.scroll.setWidget(editor)
        return self._editor

    def resizeEvent(self, event) -> None:
        """Above each other in a tall dock (beside the panes), side by side in a wide one (the drawer below)."""
        super().resizeEvent(event)
        wide = event.size().width() > SIDE_BY_SIDE_RATIO * event.size().height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.orientation():
            self.setOrientation(orientation)

    def set_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self.editor.set_choices(analysis)
        current = self.editor.doc.id if self.editor.doc else None
        self.editor.show_document(analysis.document.get(current) if current else None)
        self.scroll.setVisible(current in analysis.document)
        if current in analysis.document:
            self.tree.select(current)

    def _current(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        doc_id = item.data(0, ID_ROLE) if item is not None else None
        if self._analysis is not None and doc_id is not None:
            self.editor.show_document(self._analysis.document.get(doc_id))
            self.scroll.show()

