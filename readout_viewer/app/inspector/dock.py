"""The claim inspector dock: an actions bar for corrections above the selected claim's links, diffs and verdicts."""

from __future__ import annotations

import html
from urllib.parse import unquote

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from readout_viewer import palette
from readout_viewer.app import fit
from readout_viewer.app.flowlayout import ActionsBar
from readout_viewer.app.inspector.page import CLAIM_SCHEME, LINK_SCHEME, SOURCE_CHARS, claim_html, score_words
from readout_viewer.app.panes.claimtext import is_dark
from readout_viewer.core.labels import clip
from readout_viewer.core.model import Analysis, Link

# Links on a dark background: Okabe-Ito sky blue reads well there (the default blue does not).
DARK_LINK = palette.OMITTED


class Inspector(QWidget):
    """Shows one claim; `actions_bar` is where the corrections (confirm, reject, relabel, link, note) go."""

    claim_activated = Signal(str)  # the user followed a link to a claim
    link_activated = Signal(object, str)  # the user chose a counterpart: (the Link, the inspected claim)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.claim_id: str | None = None
        self.analysis: Analysis | None = None
        self.target = QLabel()  # which link the corrections act on: the one whose ribbon is drawn selected
        self.target.setObjectName("inspectorTarget")
        self.target.setWordWrap(True)
        self.target.setTextFormat(Qt.TextFormat.RichText)
        self.actions_bar = ActionsBar(self)  # wraps: every correction stays one click away in a narrow dock
        self.actions_bar.setObjectName("inspectorActions")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.actions_bar.tab_after = self.browser  # Tab: the buttons, then the text below them
        self.browser.setAccessibleName("Claim inspector")
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setHtml(claim_html(Analysis(root=""), ""))
        # the page gives way before the corrections do: it scrolls, a button cut in half cannot be read
        self.browser.setMinimumHeight(fit.page_min_height(self.browser.fontMetrics().lineSpacing()))
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(2)
        box.addWidget(self.actions_bar)
        box.addWidget(self.target)
        box.addWidget(self.browser, 1)

    def show_claim(self, analysis: Analysis, claim_id: str | None, shown: tuple[str, ...] = ()) -> None:
        """Inspect a claim (None: none); `shown` are the documents in the panes (the page says which it changes)."""
        self.claim_id = claim_id
        self.analysis = analysis
        dark = is_dark(self.browser)
        link = DARK_LINK if dark else self.browser.palette().link().color().name()
        self.browser.document().setDefaultStyleSheet(f"a {{ color: {link}; }}")
        self.browser.setHtml(claim_html(analysis, claim_id or "", dark=dark, shown=shown))
        if claim_id is None:
            self.set_target(None)

    def set_target(self, link: Link | None) -> None:
        """Say which link Confirm, Reject, Agree and Diverge act on (the selected pair), or that none is selected."""
        analysis = self.analysis
        if link is None or analysis is None or link.a not in analysis.claim or link.b not in analysis.claim:
            self.target.setText("<small>Corrections act on a selected pair: click a ribbon, or a claim that has "
                                "a counterpart in a neighbouring pane.</small>")
            return
        a, b = (analysis.document[analysis.claim[c].doc] for c in (link.a, link.b))
        words = palette.LABEL[link.relation]
        # the "Acts on:" line cuts a name as the page does (two 180-letter sources made it five lines; helper qa8)
        name_a, name_b = (html.escape(clip(d.source or d.title, SOURCE_CHARS)) for d in (a, b))
        self.target.setText(f"<small>Acts on: <b>{name_a}</b> ↔ <b>{name_b}</b> "
                            f"({words}, {score_words(link.score)})</small>")
        self.target.setToolTip(f"{a.label}\n↔ {b.label}")

    def html(self) -> str:
        return self.browser.toHtml()

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(CLAIM_SCHEME):
            self.claim_activated.emit(unquote(text[len(CLAIM_SCHEME):]))
        elif text.startswith(LINK_SCHEME) and self.analysis is not None:
            claim_id, other = (unquote(part) for part in text[len(LINK_SCHEME):].split(",", 1))
            link = next((lk for lk in self.analysis.links_of.get(claim_id, ()) if lk.other(claim_id) == other), None)
            if link is not None:
                self.link_activated.emit(link, claim_id)
