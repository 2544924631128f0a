"""The compare panel: two documents chosen here, whatever the panes show; what each says that the other leaves out,
with counts; a claim of either list is shown beside the other document in the panes."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from readout_viewer import palette
from readout_viewer.app.compare_rows import PressRowDelegate
from readout_viewer.app.elided_combo import ElidedCombo
from readout_viewer.app.empty_note import NotedList
from readout_viewer.app.matrix_model import column_names, one_line
from readout_viewer.core import closest, compare
from readout_viewer.core.labels import capital, claim_shown, short_name, statement_counts
from readout_viewer.core.model import Analysis, Document
from readout_viewer.core.status import parties

CLAIM_ROLE = Qt.ItemDataRole.UserRole
# A list's heading takes this many lines at most: two sources' long names ("Office of the President of Ukraine
# (press release, as reproduced by Ukrinform) readout (excerpt)") made it four lines of a laptop's 150-px list. Each
# name is cut to its share of them by the width the list has (ux8's 40 characters cut names at 1920 px too).
HEAD_LINES = 2
# Of those lines, the share the words may fill: a wrapped line ends short of its width at a word's end.
HEAD_FILL = 0.8
# A name is never cut shorter than this many characters' width (a narrow list: its tooltip names it in full).
HEAD_MIN_CHARS = 12
# Outlets named under a left-out statement: a laptop's list shows two or three statements, each line counts
# (its tooltip names them all).
LIST_NAMES = 2
# A statement's tooltip quotes the closest wording of the document that leaves it out this long at most.
NEAR_CHARS = 200


class ComparePanel(QWidget):
    """Pick A and B; two lists: in A and not in B, in B and not in A. `claim_activated(claim, other document)`."""

    claim_activated = Signal(str, str)  # a claim of one list, and the document it is missing from
    show_both = Signal(str, str)  # show A and B alone in the panes

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.result: compare.Comparison | None = None
        self._heads: list[tuple[QLabel, str, str, str]] = []  # each list's heading: its lead, who says, who lacks
        self.a, self.b = ElidedCombo(), ElidedCombo()  # a long name cut with "…", not clipped mid-letter
        for combo, side in ((self.a, "A"), (self.b, "B")):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setToolTip(f"Document {side}")
            combo.setAccessibleName(f"Document {side}")
            combo.currentIndexChanged.connect(self._recompute)
        self.swap = QToolButton(text="⇄")
        self.swap.setToolTip("Swap A and B")
        self.swap.setAccessibleName("Swap A and B")  # a screen reader would say the arrow's name
        self.swap.clicked.connect(self.swap_sides)
        self.show_button = QPushButton("Show A | B")
        self.show_button.setToolTip("Show the two documents alone, side by side: their colours then compare them "
                                    "with each other only")
        self.show_button.clicked.connect(lambda: self.show_both.emit(*self.pair()) if all(self.pair()) else None)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.only_a, self.only_b = NotedList(), NotedList()
        self.head_a, self.head_b = QLabel(), QLabel()
        self.rows = PressRowDelegate(self)  # the "Reported by" line muted under its statement
        for lst, lead in ((self.only_a, "In A, not in B"), (self.only_b, "In B, not in A")):
            lst.setAccessibleName(lead)
            lst.setItemDelegate(self.rows)
            lst.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-measured as the list's width changes
            lst.setWordWrap(True)
            lst.setAlternatingRowColors(True)
            lst.currentItemChanged.connect(self._current)
            lst.itemClicked.connect(lambda item: self._current(item, None))
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel("A:"))
        top.addWidget(self.a, 1)
        top.addWidget(self.swap)
        top.addWidget(QLabel("B:"))
        top.addWidget(self.b, 1)
        top.addWidget(self.show_button)
        lists = QSplitter(Qt.Orientation.Horizontal)
        for head, lst in ((self.head_a, self.only_a), (self.head_b, self.only_b)):
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            head.setWordWrap(True)
            head.installEventFilter(self)
            box.addWidget(head)
            box.addWidget(lst, 1)
            lists.addWidget(column)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(2)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(lists, 1)

    # ---- content
    def set_analysis(self, analysis: Analysis | None, a: str | None = None, b: str | None = None) -> None:
        """Offer the documents of `analysis`; compare `a` with `b` (kept when still there, else these)."""
        keep = self.pair()
        self.analysis = analysis
        for combo in (self.a, self.b):
            combo.blockSignals(True)
            combo.clear()
            for event in analysis.events if analysis is not None else ():
                docs = analysis.documents_of(event)
                names = column_names(docs, limit=None)  # told apart within the event, as the matrix's columns are
                if len(analysis.events) > 1:  # a heading that cannot be chosen
                    combo.addItem(event or "(no event)")
                    combo.model().item(combo.count() - 1).setEnabled(False)
                for doc in docs:
                    combo.addItem(one_line(names[doc.id]), doc.id)
                    combo.setItemData(combo.count() - 1, f"{doc.label}\n{doc.event}", Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        wanted = keep if analysis is not None and all(d in analysis.document for d in keep if d) and all(keep) \
            else (a, b)
        self.choose(*wanted)

    def pair(self) -> tuple[str | None, str | None]:
        return self.a.currentData(), self.b.currentData()

    def choose(self, a: str | None, b: str | None) -> None:
        """Compare document a with document b."""
        for combo, doc_id in ((self.a, a), (self.b, b)):
            combo.blockSignals(True)
            at = combo.findData(doc_id) if doc_id else -1
            first = next((i for i in range(combo.count()) if combo.itemData(i)), -1)  # not a heading
            combo.setCurrentIndex(at if at >= 0 else first)
            combo.blockSignals(False)
        self._recompute()

    def swap_sides(self) -> None:
        a, b = self.pair()
        self.choose(b, a)

    def _recompute(self, *_args) -> None:
        a, b = self.pair()
        analysis = self.analysis
        for lst in (self.only_a, self.only_b):
            # quietly: clearing a list moves its current item to another row first, whose claim was then shown;
            # the panes' change refilled the lists inside this clear, which deleted their items twice (a crash:
            # a Compare claim clicked, then a Findings row of the other call; helper qa16)
            with QSignalBlocker(lst):
                lst.clear()
            lst.set_empty_note("")
        if analysis is None or not a or not b or a == b:
            self.result = None
            self._heads = []
            self.head_a.setText("")
            self.head_b.setText("")
            self.summary.setText("Choose two different documents." if analysis is not None else "")
            return
        self.result = found = compare.compare(analysis, a, b)
        name_a, name_b = analysis.document[a].label, analysis.document[b].label
        self._heads = []
        for head, only, says, lacks in ((self.head_a, found.only_a, a, b), (self.head_b, found.only_b, b, a)):
            lead = f"In {'A' if says == a else 'B'}, not in {'B' if says == a else 'A'}: {len(only)}"
            self._heads.append((head, lead, short_name(analysis.document[says]),
                                short_name(analysis.document[lacks])))
            order = ", those the most outlets report first" if analysis.document[says].is_official else ""
            head.setToolTip(f"The statements of {analysis.document[says].label} that nothing in "
                            f"{analysis.document[lacks].label} is linked to{order}")
            listed = self.only_a if head is self.head_a else self.only_b
            listed.setAccessibleName(lead)  # the heading is a label beside it, not its buddy
            listed.setAccessibleDescription(head.toolTip())
        self._name_heads()
        self.summary.setText(_both(analysis, found) + _partial(analysis.document[a], analysis.document[b])
                             + one_side_only(analysis, analysis.document[a].event))
        self.summary.setToolTip(f"A: {name_a}\nB: {name_b}\nDiverges: carried, but told differently")
        self._fill(self.only_a, found.only_a, b)
        self._fill(self.only_b, found.only_b, a)
        self.only_a.set_empty_note("Nothing left out: B carries every statement of A.")
        self.only_b.set_empty_note("Nothing left out: A carries every statement of B.")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched in (self.head_a, self.head_b):
            self._name_heads()  # the names take the room the lists now have (a window, a splitter resized)
        return super().eventFilter(watched, event)

    def _name_heads(self) -> None:
        """Each list's heading, the two sides named as long as HEAD_LINES lines of the list's width allow."""
        for head, lead, says, lacks in self._heads:
            plain, bold = head.fontMetrics(), QFont(head.font())
            bold.setBold(True)
            fixed = QFontMetrics(bold).horizontalAdvance(lead) + plain.horizontalAdvance(" —  says,  leaves out")
            room = max(plain.horizontalAdvance("n" * HEAD_MIN_CHARS),
                       int((HEAD_LINES * head.width() * HEAD_FILL - fixed) / 2))
            # cut in the middle: two dispatches of one agency ("Xinhua News Agency (as republished by People's
            # Daily …)" and "(… by Shanghai Daily …)") differ at their ends, where an excerpt's mark stands too
            cut = [html.escape(plain.elidedText(name, Qt.TextElideMode.ElideMiddle, room), quote=False)
                   for name in (says, lacks)]
            text = f"<b>{lead}</b> — {cut[0]} says, {cut[1]} leaves out"
            if head.text() != text:
                head.setText(text)

    def _fill(self, lst: QListWidget, claim_ids: tuple[str, ...], other: str) -> None:
        analysis = self.analysis
        for claim_id in compare.most_reported_first(analysis, claim_ids):  # what the press reports first
            claim = analysis.claim[claim_id]
            reach = compare.reach_words(analysis, claim_id, LIST_NAMES)  # where the outlets stand, under each
            item = QListWidgetItem(f"{palette.MARK['omitted']} {' '.join(claim_shown(analysis, claim).split())}"
                                   + (f"\n      {capital(reach)}" if reach else ""))
            item.setData(CLAIM_ROLE, (claim_id, other))
            near = closest.passage_in(analysis, claim_id, other)
            there = f"\nClosest wording there, too little to link: {closest.quoted(analysis, near, NEAR_CHARS)}" \
                if near else ""
            every = compare.reach_words(analysis, claim_id, names=len(analysis.documents))
            item.setToolTip(f"{analysis.document[claim.doc].label}, claim {claim_id.rsplit('#', 1)[-1]}\n"
                            f"Not carried by {analysis.document[other].label}{there}"
                            + (f"\n{capital(every)}" if every else ""))
            lst.addItem(item)

    def _current(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None:
            claim_id, other = item.data(CLAIM_ROLE)
            self.claim_activated.emit(claim_id, other)


def _partial(doc_a: Document, doc_b: Document) -> str:
    """The plain word a list's "leaves out" needs when the folder holds only part of a document (an excerpt, or an
    official text assembled from outlets' quotations): the headings cut its "(excerpt)" away on a laptop."""
    cut = [side for side, doc in (("A", doc_a), ("B", doc_b)) if doc.excerpt]
    if not cut:
        return ""
    which = "A and B are" if len(cut) == 2 else f"{cut[0]} is"
    return f" {which} only {'excerpts' if len(cut) == 2 else 'an excerpt'} in the folder: what " \
           f"{'either' if len(cut) == 2 else cut[0]} seems to leave out may stand in the part not stored."


def one_side_only(analysis: Analysis, event: str) -> str:
    """The plain words a comparison needs when the event's official texts are all one side's: on the Macron–Xi
    meeting (the Chinese readout alone, cut short) Compare set it against an outlet, and nothing in the viewer said
    that no French text was there to say what either side left out (the PDF's page 2 does; helper qa8)."""
    found = parties(analysis, event)
    if len(found) != 1:
        return ""
    first = found[0][0]
    who = f"side {first.side}" if first.side else short_name(first)
    return (f" The folder holds one side's official texts only ({who}): no text of the other side says what "
            "either left out.")


def _both(analysis: Analysis, found: compare.Comparison) -> str:
    """What the two carry alike, in words ("Both: 0 of A's statements (0 ≠)" read as a formula), out of each one's
    statements as every count of them is made (core.labels.statement_counts)."""
    if not found.shared_a and not found.shared_b:
        return "The two share no statement: all either says, the other leaves out (these two alone, whatever the " \
               "panes show)."

    def side(shared: tuple, diverging: int, doc: str, whose: str, noun: str) -> str:
        told = f" ({diverging} told differently)" if diverging else ""
        return f"{len(shared)} of {whose} {statement_counts(analysis, [doc])[0]:,}{noun}{told}"
    a = side(found.shared_a, found.diverging("a"), found.a, "A's", " statements")
    b = side(found.shared_b, found.diverging("b"), found.b, "B's", "")
    return f"Both carry {a} and {b}, between these two alone, whatever the panes show."

