"""The inspector as a reader sees it: a window showing an analysis with one claim selected, and the page it shows."""

from __future__ import annotations

from readout_viewer.app.inspector.page import CLAIM_SCHEME

# The window size the inspector tests read the page at (a laptop screen).
SIZE = (1280, 800)


def inspector_page(make_window, analysis, claim_id: str):
    """The window showing `analysis` with `claim_id` selected, and the inspector's page as plain text."""
    window = make_window(size=SIZE)
    window.show_analysis(analysis)
    window.area.select_claim(claim_id)
    return window, window.inspector.browser.toPlainText()


def claim_href(claim_id: str) -> str:
    """The address a passage of the page links to (a click selects that claim)."""
    return CLAIM_SCHEME + claim_id.replace("/", "%2F").replace("#", "%23")
