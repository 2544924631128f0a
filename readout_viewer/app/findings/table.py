"""The findings list's table model and filter: one row per core.findings.Finding, sortable, filterable by kind,
document, event and words."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from readout_viewer import palette
from readout_viewer.app.refilter import RefilteringProxy
from readout_viewer.core import compare, confidence, findings, labels
from readout_viewer.core.findings import Finding
from readout_viewer.core.model import Analysis

# The columns, in the order core.findings.COLUMNS names them (the CSV has the texts in full, and offsets).
HEADERS = ("Type", "Document", "Text", "Counterpart", "Cited as", "Verdict", "Reason", "Score")
TYPE, DOCUMENT, TEXT, COUNTERPART, CITED, VERDICT, REASON, SCORE = range(len(HEADERS))
# Column widths in pixels: the text and the reason get the room; the rest are read at a glance.
WIDTHS = (120, 190, 330, 170, 110, 90, 300, 78)
# Narrowest the text and the reason get when the list is narrow (pixels): some thirty characters of each.
NARROW_WIDTH = 200
# Characters of a document's title in its name in the list (the whole name is in the tooltip).
NAME_CHARS = 24
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# An unsupported statement's counterpart is the text it is pinned on, which does not carry it (a misattribution's is
# the text that does): said before the name, or "The White House — Readout…" beside "no official account of the
# call carries it" read as the statement's source (helper ux12, the Biden–Ruto call).
PINNED_ON = "not in "
# The palette key whose colour and mark stand for each kind of finding.
KIND_LOOK = {findings.DIVERGENCE: "diverge", findings.OMISSION: "omitted", findings.ALTERED_QUOTE: "altered",
             findings.QUOTE_NOT_FOUND: "not_found", findings.MISATTRIBUTION: "misattributed",
             findings.UNSUPPORTED_STATEMENT: "unsupported", findings.NOT_IN_READOUT: "unlinked"}
# The kinds' words (core's, one list): short enough for seven count buttons on one line of a laptop's drawer.
KIND_WORDS = findings.KIND_WORDS
# What each kind is, in a sentence for the count button's tooltip.
KIND_TIPS = {findings.DIVERGENCE: "claims that report the same thing differently (negation, number, hedge…)",
             findings.OMISSION: "official statements that documents of the event leave out",
             findings.ALTERED_QUOTE: "quotations whose words differ from the official text",
             findings.QUOTE_NOT_FOUND: "quotations no official text of the folder holds",
             findings.MISATTRIBUTION: "statements pinned on a source that does not carry them (another does)",
             findings.UNSUPPORTED_STATEMENT: "statements pinned on a source that no text of the folder carries",
             findings.NOT_IN_READOUT: "an outlet's reports of the call that no official text carries"}


def empty_note(kinds: set[str], typed: str) -> str:
    """Why the findings listed are none, in words (a blank table said nothing): the words typed, the one kind chosen,
    or the filters together."""
    if typed:
        return f"No finding listed holds “{typed}”: clear the words to see the others."
    if not kinds:
        return "No kind of finding is chosen: click one of the buttons above."
    if len(kinds) == 1:
        return f"Nothing here: no {KIND_TIPS[next(iter(kinds))]}."
    return "Nothing here: no finding of the kinds chosen, in the documents chosen."


def fill(table: QTableView) -> None:
    """The text and the reason share the width the other columns leave (a wide window shows more of them, not an
    empty band on the right). Too narrow for all (a laptop's drawer, some 800 px), they share what the columns
    before them leave, the reason whole on screen and the columns after it scrolled to; never narrower than
    NARROW_WIDTH (then the table scrolls sideways)."""
    shown = [c for c in range(len(WIDTHS)) if c not in (TEXT, REASON) and not table.isColumnHidden(c)]
    room = table.viewport().width() - sum(table.columnWidth(c) for c in shown)
    if room < WIDTHS[TEXT] + WIDTHS[REASON]:  # at 1280 px the reason showed 160 px beside a 330 px text
        header = table.horizontalHeader()
        before = [c for c in shown if header.visualIndex(c) < header.visualIndex(TEXT)]
        room = max(room, table.viewport().width() - sum(table.columnWidth(c) for c in before))
    text = max(NARROW_WIDTH, room * WIDTHS[TEXT] // (WIDTHS[TEXT] + WIDTHS[REASON]))
    table.setColumnWidth(TEXT, text)
    table.setColumnWidth(REASON, max(NARROW_WIDTH, room - text))


def mark(kind: str) -> str:
    return palette.MARK.get(KIND_LOOK[kind], "·")


def verdict_word(f: Finding) -> str:
    """The verdict as read: an omission's is its kind's word ("left out", not "omitted" beside it)."""
    return KIND_WORDS[f.kind].lower() if f.kind == findings.OMISSION else f.verdict.replace("_", " ")


def one_line(text: str) -> str:
    return " ".join(text.split())


class FindingsModel(QAbstractTableModel):
    """The findings of an analysis, one a row (core.findings order, each document's left-out statements the most
    reported first, until sorted)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.rows: list[Finding] = []
        self.names: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        self.analysis = analysis
        # left-out statements the most reported first, as in Compare and the PDF (the CSV writes this order too)
        self.rows = compare.press_first(analysis, findings.findings(analysis)) if analysis is not None else []
        self.names = labels.document_labels(analysis.documents, NAME_CHARS) if analysis is not None else {}
        self.order = {d.id: n for n, d in enumerate(analysis.documents)} if analysis is not None else {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def name(self, doc_id: str | None) -> str:
        return self.names.get(doc_id or "", doc_id or "")

    def _display(self, f: Finding, column: int) -> str:
        score = "" if f.score is None else f"{f.score:.2f}" + (" weak" if f.score < confidence.WEAK else "")
        return (f"{mark(f.kind)} {KIND_WORDS[f.kind]}", self.name(f.doc), one_line(f.text),
                self._counterpart(f),
                f.cited, verdict_word(f), f.reason, score)[column]

    def _counterpart(self, f: Finding) -> str:
        if f.kind == findings.OMISSION:
            return one_line(f.other_text)
        return (PINNED_ON if f.kind == findings.UNSUPPORTED_STATEMENT else "") + self.name(f.other_doc)

    def _tooltip(self, f: Finding, column: int) -> str:
        doc = self.analysis.document.get(f.doc) if self.analysis is not None else None
        if column == COUNTERPART and f.kind == findings.UNSUPPORTED_STATEMENT:
            where = self.analysis.document.get(f.other_doc or "") if self.analysis is not None else None
            return (f"Pinned on {where.label if where else f.cited}, which does not carry these words; "
                    "no text of the folder does.")
        if column == COUNTERPART and f.other_text:
            where = self.analysis.document.get(f.other_doc or "") if self.analysis is not None else None
            return f"{where.label if where else ''}\n\n{f.other_text}".strip() if f.kind != findings.OMISSION \
                else f"Left out by: {f.other_text}"
        if column == SCORE:
            return ("Not scored" if f.score is None else f"How sure the engine is: {f.score:.2f}"
                    + (f" (weak: below {confidence.WEAK:.2f})" if f.score < confidence.WEAK else ""))
        if column == DOCUMENT and doc is not None:
            return f"{doc.label}\n{doc.path}"
        return {TEXT: f.text, REASON: f.reason, CITED: f.cited}.get(column, "")

    def _sort_key(self, f: Finding, column: int):
        if column == TYPE:
            return findings.KINDS.index(f.kind)
        if column in (DOCUMENT, COUNTERPART):
            doc = f.doc if column == DOCUMENT else f.other_doc
            return self.order.get(doc or "", len(self.order)) * 1_000_000 + f.start
        if column == SCORE:
            return -1.0 if f.score is None else f.score
        return self._display(f, column).lower()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(f, column) or None
        if role == SORT_ROLE:
            return self._sort_key(f, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TYPE:  # the word, not the mark's name ("not
            return KIND_WORDS[f.kind]  # equal to Diverge")
        if role == Qt.ItemDataRole.BackgroundRole and column == TYPE:
            colour = QColor(palette.COLOR[KIND_LOOK[f.kind]])
            colour.setAlphaF(palette.HIGHLIGHT_ALPHA + 0.1)
            return colour
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class FindingsFilter(RefilteringProxy):
    """Rows of the chosen kinds, in the chosen event and document, holding the chosen words; sorts by SORT_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.kinds: set[str] = set(findings.KINDS)
        self.event: str | None = None  # None: every event
        self.document: str | None = None  # None: every document (of the event)
        self.words = ""

    def set_kinds(self, kinds: set[str]) -> None:
        self.refilter(lambda: setattr(self, "kinds", set(kinds)))

    def set_scope(self, event: str | None, document: str | None) -> None:
        self.refilter(lambda: (setattr(self, "event", event), setattr(self, "document", document)))

    def set_words(self, words: str) -> None:
        self.refilter(lambda: setattr(self, "words", words.strip().lower()))

    def in_scope(self, f: Finding, model: FindingsModel) -> bool:
        """Whether a finding passes every filter but the kinds (what the count buttons count)."""
        if self.document is not None and f.doc != self.document:
            return False
        if self.event is not None and model.analysis is not None and model.analysis.document[f.doc].event != self.event:
            return False
        if self.words:
            hay = " ".join((f.text, f.other_text, model.name(f.doc), model.name(f.other_doc), f.cited, f.reason,
                            f.kind, KIND_WORDS[f.kind], f.verdict)).lower()
            return self.words in hay
        return True

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model: FindingsModel = self.sourceModel()
        f = model.rows[row]
        return f.kind in self.kinds and self.in_scope(f, model)
