"""Moving through the panes: next / previous divergence or omission, and find across panes."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from readout_viewer.app.panes import scrollsync
from readout_viewer.app.panes.area import PaneArea
from readout_viewer.core import status


class Step(NamedTuple):
    """Where a step landed: the claim, its place among the claims stepped through (from 1), and whether the step
    wrapped around an end."""

    claim: str
    number: int
    total: int
    wrapped: bool


def step_status(area: PaneArea, wanted: str, forward: bool) -> Step | None:
    """Select the next (previous) claim with status `wanted`, left to right across panes, wrapping around."""
    if area.analysis is None or not area.panes:
        return None
    shown = area.shown()
    found: list[tuple[int, int, str]] = []  # (pane, position in its text, claim id)
    for index, pane in enumerate(area.panes):
        order = {c.id: n for n, c in enumerate(area.analysis.claims_of.get(pane.doc_id, ()))}
        found += [(index, order[cid], cid) for cid in status.ordered_claims(area.analysis, pane.doc_id, wanted, shown)]
    if not found:
        return None
    selected = area.selected.get(area.current)
    order = {c.id: n for n, c in enumerate(area.analysis.claims_of.get(area.panes[area.current].doc_id, ()))}
    started = selected is not None
    here = (area.current, order.get(selected, -1 if forward else len(order)))
    after = [f for f in found if (f[:2] > here if forward else f[:2] < here)]
    target = (after[0] if after else found[0]) if forward else (after[-1] if after else found[-1])
    pane, _, claim_id = target
    area.select_claim(claim_id, pane=pane, scroll=True)
    return Step(claim_id, found.index(target) + 1, len(found), started and not after)


def step_claim(area: PaneArea, forward: bool) -> str | None:
    """Select the next (previous) claim of the current pane, whatever its status: claim by claim, by keyboard."""
    if area.analysis is None or not area.panes:
        return None
    claims = [c.id for c in area.analysis.claims_of.get(area.panes[area.current].doc_id, ())]
    if not claims:
        return None
    selected = area.selected.get(area.current)
    at = claims.index(selected) if selected in claims else (-1 if forward else len(claims))
    claim_id = claims[min(max(at + (1 if forward else -1), 0), len(claims) - 1)]
    area.select_claim(claim_id, pane=area.current, scroll=True)
    _keyboard_to(area, area.current)
    return claim_id


def _keyboard_to(area: PaneArea, index: int) -> None:
    """Give the keyboard to pane `index`'s text, the claim moved to: it stayed wherever it was (the score box, whose
    digits then hid links), and nothing showed which pane Page Down would read on (qa10)."""
    area.panes[index].text.setFocus(Qt.FocusReason.ShortcutFocusReason)


def step_pane(area: PaneArea, forward: bool) -> str | None:
    """Move to the next (previous) pane: its selected counterpart, else the claim nearest its anchor line."""
    if area.analysis is None or len(area.panes) < 2:
        return None
    index = (area.current + (1 if forward else -1)) % len(area.panes)
    claim_id = area.selected.get(index) or _claim_in_view(area, index)
    if claim_id is None:
        return None
    area.select_claim(claim_id, pane=index)
    _keyboard_to(area, index)
    return claim_id


def _claim_in_view(area: PaneArea, index: int) -> str | None:
    """The claim of pane `index` under the middle of its viewport, else its first claim."""
    text = area.panes[index].text
    claims = area.analysis.claims_of.get(area.panes[index].doc_id, ())
    middle = text.verticalScrollBar().value() + text.viewport().height() / 2
    for claim in claims:
        span = text.claim_span(claim.id)
        if span is not None and span[1] >= middle:
            return claim.id
    return claims[0].id if claims else None


def find_text(area: PaneArea, words: str, forward: bool = True) -> bool:
    """Find `words` after the cursor of the current pane, then in the following panes, wrapping around."""
    if not words or not area.panes:
        return False
    flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
    count = len(area.panes)
    for k in range(count + 1):
        index = (area.current + (k if forward else -k)) % count
        text = area.panes[index].text
        start = text.textCursor()
        if k > 0:  # entering another pane: search it from its start (or end)
            start = QTextCursor(text.document())
            start.movePosition(QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End)
        found = text.document().find(words, start, flags)
        if not found.isNull():
            text.setTextCursor(found)
            area.current = index
            _to_anchor_line(area, index)
            return True
    return False


def _to_anchor_line(area: PaneArea, index: int) -> None:
    """Scroll pane `index` so its cursor sits on the line the panes are lined up on (not at an edge)."""
    text = area.panes[index].text
    bar = text.verticalScrollBar()
    y = text.cursorRect().center().y() + bar.value()
    view = scrollsync.View(bar.maximum(), text.viewport().height())
    bar.setValue(round(scrollsync.scroll_for(view, y)))
    text.ensureCursorVisible()


def count_text(area: PaneArea, words: str) -> int:
    """How many times `words` occur in the shown panes (case-insensitive, as find looks for them)."""
    needle = words.lower()
    return sum(p.text.document().toPlainText().lower().count(needle) for p in area.panes) if needle else 0
