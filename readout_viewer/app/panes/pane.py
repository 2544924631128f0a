"""One document pane: a header (source, title, date, role badge, document selector) above the claim text."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import QAbstractSlider, QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QVBoxLayout

from readout_viewer import palette
from readout_viewer.app.elided import ElidedLabel
from readout_viewer.app.painting import fill
from readout_viewer.app.panes.claimtext import ClaimText, is_dark
from readout_viewer.app.panes.marks import Mark, marks_of, spoken
from readout_viewer.app.panes.overview import OverviewStrip
from readout_viewer.core.labels import excerpt_mark
from readout_viewer.core.model import Analysis, Document
from readout_viewer.core.status import ClaimStatus
from readout_viewer.docnote import note_tip

# The keys that go to a text's start and end (Ctrl+Home / Ctrl+End; Cmd+Up / Cmd+Down on macOS) and where they go.
TEXT_ENDS = ((QKeySequence.StandardKey.MoveToStartOfDocument, QAbstractSlider.SliderAction.SliderToMinimum),
             (QKeySequence.StandardKey.MoveToEndOfDocument, QAbstractSlider.SliderAction.SliderToMaximum))

# Lines of the title shown in a pane header (the whole title is in its tooltip).
TITLE_LINES = 2
# Share of those lines' width that wrapped words fill on average (the rest is lost at line ends): the title is
# cut with an ellipsis to this, so that a person sees it goes on.
TITLE_FILL = 0.85
# The narrowest a pane gets (pixels): about 45 characters a line, so that prose still reads as prose. Below it
# the side docks move out of the way (app/fit.py), then the panes scroll sideways.
PANE_MIN_WIDTH = 320
# The widest a line of the pane's document selector gets, as a share of the screen's width; a source takes at most
# half of it, the title the rest, each cut with an ellipsis (the whole line is in the item's tooltip). A 200-letter
# source's line ran off a 1280 px screen mid-word, its title and "(pane 3: swaps)" lost (helper qa8).
CHOICE_SCREEN_SHARE = 0.6
# Badge colours by role: dark blue for official texts, dark grey for outlets; white text reads on both.
_BADGE = {"official": "#0b4f8a", "outlet": "#555555"}


def choice_text(metrics: QFontMetrics, doc: Document, where: str, room: int) -> str:
    """A selector line, "source — title" and where the document is shown, no wider than `room` pixels: the source
    cut to half of it at most, the title to what is left; `where` is never cut."""
    name, mid = doc.source or doc.id, " — "
    left = room - metrics.horizontalAdvance(mid + where)
    name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(left // 2, left - metrics.horizontalAdvance(
        doc.title)))
    title = metrics.elidedText(doc.title, Qt.TextElideMode.ElideRight, max(left - metrics.horizontalAdvance(name), 1))
    return f"{name}{mid}{title}{where}"


def badge_text(doc: Document) -> str:
    """The role badge, short enough for one header line: an official text's side on dark blue (OFFICIAL without
    one), an outlet's kind on grey (OUTLET without one); its tooltip says it in words."""
    if doc.is_official:
        return doc.side.upper() if doc.side else "OFFICIAL"
    return doc.kind.upper() if doc.kind else "OUTLET"


def badge_tip(doc: Document) -> str:
    """What the role badge means, in words."""
    if doc.is_official:
        return f"An official text{' of side ' + doc.side if doc.side else ''}{': ' + doc.kind if doc.kind else ''}"
    return f"An outlet's text{': ' + doc.kind if doc.kind else ''}, compared with the official ones"


def count_text(statuses: dict[str, ClaimStatus]) -> str:
    """'✓ 12  ≠ 3  ∅ 5': how many claims agree, diverge, are omitted by the other panes."""
    found = Counter(st.status for st in statuses.values())
    return "  ".join(f"{palette.MARK[k]} {found[k]}" for k in ("agree", "diverge", "omitted") if found[k])


def counts_tip(against: tuple[str, ...]) -> str:
    """What the header's counts and the text's colours are computed against."""
    if not against:
        return "No other pane: nothing to compare this text with (its claims are not coloured)."
    names = "".join(f"\n• {name}" for name in against)
    return ("Claims of this text that agree (✓), diverge (≠) or are left out (∅), computed against the other "
            f"panes:{names}\nA claim any of them carries counts as carried. Compare (Ctrl+M) sets two texts "
            "against each other alone.")


# The pane whose text has the keyboard says so by a bar along its top (in the header's top margin): nothing did, and
# in the dark theme no other focus showed either (qa10, by keyboard). Its colour stands 3:1 off the window at least.
FOCUS_BAR = 3
FOCUS_CONTRAST = 3.0


def focus_colour(widget) -> QColor:
    """The theme's highlight, lighter (dark) or darker (light) while it stands less than 3:1 off the window."""
    colour = widget.palette().highlight().color()
    window = widget.palette().window().color().name()
    for _ in range(4):
        if palette.contrast(colour.name(), window) >= FOCUS_CONTRAST:
            break
        colour = colour.lighter(130) if is_dark(widget) else colour.darker(130)
    return colour


class Pane(QFrame):
    """A document pane; `doc_id` is what it shows, `text` the ClaimText widget."""

    document_chosen = Signal(str)  # the user picked another document in the selector

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.doc_id: str | None = None
        self._title = ""
        # an excerpt's mark (core.labels.excerpt_mark): the title is cut before it, never it, for a reader must see
        # that what the text seems to leave out may stand in the part not stored
        self._mark = ""
        self.statuses: dict[str, ClaimStatus] = {}
        self._analysis: Analysis | None = None
        self._marks: list[Mark] = []
        self._described: str | None = None  # the claim a screen reader was last told of (describe)
        self.badge = QLabel()
        self.badge.setObjectName("roleBadge")
        self.source = ElidedLabel()
        self.source.setObjectName("paneSource")
        self.setMinimumWidth(PANE_MIN_WIDTH)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("paneTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.selector = QToolButton()
        self.selector.setText("▾")  # a narrow pane keeps its header's width for the source's name
        self.selector.setToolTip("Show another document in this pane")
        self.selector.setAccessibleName("Document")
        self.selector.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.selector.setMenu(QMenu(self.selector))
        self.selector.menu().triggered.connect(lambda action: self.choose(action.data()))
        self.selector.menu().aboutToShow.connect(self._fit_choices)  # lines cut to the screen when it opens
        self._choices: dict[str, tuple[Document, str]] = {}  # each line's document and where it is shown
        self.text = ClaimText(self)
        self.overview = OverviewStrip(self.text, self)
        self.counts = QLabel()
        self.counts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.counts.setMinimumWidth(0)
        self._layout()
        self.text.installEventFilter(self)  # its focus in and out repaint the bar

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.text and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update(0, 0, self.width(), FOCUS_BAR + 1)
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            # Ctrl+Home / Ctrl+End go to the text's ends, as in any reader (a text browser without a keyboard
            # cursor ignored them: helper qa12); the panes locked to it follow
            for keys, action in TEXT_ENDS:
                if event.matches(keys):
                    self.text.verticalScrollBar().triggerAction(action)
                    return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.text.hasFocus():
            painter = QPainter(self)
            fill(painter, QRect(0, 0, self.width(), FOCUS_BAR), focus_colour(self))  # no QGradient enum types
            painter.end()

    def _layout(self) -> None:
        # one line of who, when and how many, then the title: a laptop's screen keeps its height for the text
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.badge)
        top.addWidget(self.source, 1)  # the source; its date leads the title's line
        top.addWidget(self.counts)
        top.addWidget(self.selector)
        header = QVBoxLayout()
        header.setContentsMargins(8, 4, 8, 2)
        header.setSpacing(2)
        header.addLayout(top)
        header.addWidget(self.title)
        # every header the same height, so that the texts of all panes start on one line
        self.title.setFixedHeight(TITLE_LINES * self.title.fontMetrics().lineSpacing() + 2)
        self.title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(header)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.text, 1)
        body.addWidget(self.overview)
        box.addLayout(body, 1)
        bold = self.source.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.source.setFont(bold)

    def _fit_title(self) -> None:
        """The title, cut with an ellipsis when it would run past the header's lines; an excerpt's mark after it
        is never cut."""
        metrics = self.title.fontMetrics()
        room = int(max(self.title.width(), 1) * TITLE_LINES * TITLE_FILL) - metrics.horizontalAdvance(self._mark)
        self.title.setText(metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, max(room, 1)) + self._mark)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def set_choices(self, documents: tuple[Document, ...], shown: tuple[str, ...] = ()) -> None:
        """The documents the selector offers (usually those of the shown event); `shown`: in the panes now."""
        menu = self.selector.menu()
        menu.clear()
        menu.setToolTipsVisible(True)
        self._choices = {}
        for doc in documents:
            where = f"   (pane {shown.index(doc.id) + 1}: swaps)" if doc.id in shown and doc.id != self.doc_id else ""
            whole = f"{doc.source or doc.id} — {doc.title}{where}"
            action = menu.addAction(whole)
            action.setToolTip(whole)
            action.setData(doc.id)
            action.setCheckable(True)
            action.setChecked(doc.id == self.doc_id)
            self._choices[doc.id] = (doc, where)

    def _fit_choices(self) -> None:
        """Cut each line of the selector to CHOICE_SCREEN_SHARE of the screen, as the menu opens: measured at every
        display of a folder, three panes' lines cost the warm start's first paint (helper qa8's cut, moved here)."""
        menu = self.selector.menu()
        room = int(self.screen().availableGeometry().width() * CHOICE_SCREEN_SHARE)
        for action in menu.actions():
            doc, where = self._choices[action.data()]
            action.setText(choice_text(menu.fontMetrics(), doc, where, room))

    def choose(self, doc_id: str | None) -> None:
        """Ask for `doc_id` to be shown in this pane (as picking it in the selector does)."""
        if doc_id and doc_id != self.doc_id:
            self.document_chosen.emit(doc_id)

    def describe(self, claim_id: str | None) -> None:
        """Tell a screen reader what the claim selected here is and says (cleared when none is)."""
        if claim_id == self._described or self._analysis is None:
            return
        self._described = claim_id
        if claim_id not in self._analysis.claim:  # none, or one of an analysis no longer shown
            self.text.setAccessibleDescription("")
            return
        status = self.statuses.get(claim_id)
        self.text.setAccessibleDescription(spoken(claim_id, self._analysis, self._marks,
                                                  status.status if status else "unlinked"))

    def show_document(self, analysis: Analysis, doc: Document, statuses: dict[str, ClaimStatus],
                      wanted: str = "all", against: tuple[str, ...] = ()) -> None:
        """Show `doc` with its claims highlighted by `statuses`, computed against the documents named `against`."""
        self.doc_id = doc.id
        self.statuses = statuses
        colour = _BADGE.get(doc.role, _BADGE["outlet"])
        self.badge.setText(badge_text(doc))
        self.badge.setStyleSheet(f"background: {colour}; color: white; border-radius: 3px; padding: 1px 6px;"
                                 "font-weight: bold;")
        # the date leads the title's line, whose end is cut first: beside the source, a long source ("The White
        # House") lost its date at 1280 px where a short one ("Kremlin") kept it, one side dated and not the other
        self.source.setText(doc.source or doc.id)
        self._title = (f"{doc.date} · " if doc.date else "") + doc.title
        self._mark = excerpt_mark(doc)
        self._fit_title()
        part = "\nThe folder holds only an excerpt of this text: what it seems to leave out may stand in the rest." \
            if doc.excerpt else ""
        self.title.setToolTip(f"{doc.label}\n{doc.path}" + (f"\n{doc.url}" if doc.url else "") + part + note_tip(doc))
        dated = f"\nDated {doc.date}" if doc.date else ""
        self.source.set_tip(f"{self.source.text()}\n{self.title.toolTip()}{dated}")
        self.badge.setToolTip(badge_tip(doc))
        self._analysis, self._marks, self._described = analysis, marks_of(doc.id, analysis, statuses, wanted), None
        self.text.show_document(doc, analysis, self._marks)
        self.text.setAccessibleName(f"Text of {doc.label}")  # what a screen reader says on entering the pane
        self.text.setAccessibleDescription("")
        self.selector.setAccessibleName(f"Document shown: {doc.label}")
        flags = {claim: att.verdict for att in analysis.attributions_in(doc.id) if att.verdict == "misattributed"
                 for claim in [self.text.claim_at_offset(att.start)] if claim}
        self.overview.set_statuses(statuses, flags)
        self.counts.setText(count_text(statuses))
        self.counts.setToolTip(counts_tip(against))
