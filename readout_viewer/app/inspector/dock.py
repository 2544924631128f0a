"""The claim inspector dock: an actions bar for corrections above the selected claim's links, diffs and verdicts."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from readout_viewer import palette
from readout_viewer.app.flowlayout import ActionsBar
from readout_viewer.app.inspector.page import CLAIM_SCHEME, claim_html
from readout_viewer.app.panes.claimtext import is_dark
from readout_viewer.core.model import Analysis

# Links on a dark background: Okabe-Ito sky blue reads well there (the default blue does not).
DARK_LINK = palette.OMITTED


class Inspector(QWidget):
    """Shows one claim; `actions_bar` is where the corrections (confirm, reject, relabel, link, note) go."""

    claim_activated = Signal(str)  # the user followed a link to a counterpart claim

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.claim_id: str | None = None
        self.actions_bar = ActionsBar(self)  # wraps: every correction stays one click away in a narrow dock
        self.actions_bar.setObjectName("inspectorActions")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setHtml(claim_html(Analysis(root=""), ""))
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(2)
        box.addWidget(self.actions_bar)
        box.addWidget(self.browser, 1)

    def show_claim(self, analysis: Analysis, claim_id: str | None) -> None:
        self.claim_id = claim_id
        dark = is_dark(self.browser)
        link = DARK_LINK if dark else self.browser.palette().link().color().name()
        self.browser.document().setDefaultStyleSheet(f"a {{ color: {link}; }}")
        self.browser.setHtml(claim_html(analysis, claim_id or "", dark=dark))

    def html(self) -> str:
        return self.browser.toHtml()

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(CLAIM_SCHEME):
            self.claim_activated.emit(unquote(text[len(CLAIM_SCHEME):]))
