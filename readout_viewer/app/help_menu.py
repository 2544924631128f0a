"""The Help menu's boxes: what the colours mean, the list of keyboard shortcuts (read from the menus) and About."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from readout_viewer.app.protocols import ViewerWindow

# What a newcomer asks first (helper qa6: the Help menu said nothing of it): the marks of the panes, as README's
# "Read the highlights" says them; in the shortcuts box too.
COLOURS_HTML = ("<p><b>Colours</b> compare each claim with the <b>other panes shown</b> (the strip under the panes "
                "names them and is the legend): <b>agrees</b> green, solid underline; <b>diverges</b> vermillion, "
                "wavy (same topic, different substance or framing); <b>left out</b> sky blue, dotted (no other pane "
                "carries it). Quotations are underlined by verdict: exact solid, altered dashed, not found dotted "
                "over orange speckles (a left-out claim's line is dotted too, on a flat tint). A statement pinned "
                "on the wrong source is a yellow highlight with a dark wavy line (<b>misattributed</b>). Hover a "
                "claim for the reason and the score; click it for the Claim inspector. Questions, procedure, "
                "captions and page furniture stay plain text.</p>")

# Width of the shortcuts list, in average characters: two columns of menu, action and keys on one line each.
SHORTCUTS_CHARS = 96


def shortcuts(window: ViewerWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) of every menu action that has a shortcut, in menu order."""
    out = []
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for act in top.menu().actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
            if keys:
                out.append((top.text().replace("&", ""), act.text().replace("&", ""), keys))
    return out


def shortcuts_html(rows: list[tuple[str, str, str]]) -> str:
    """The shortcuts as a table of two side-by-side halves (a single column ran off a laptop's screen)."""
    cells = [f"<td>{menu}</td><td>{name}</td><td><b>{keys}</b></td>" for menu, name, keys in rows]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:] + ["<td></td><td></td><td></td>"] * (half - len(cells[half:]))
    body = "".join(f"<tr>{a}<td width='24'></td>{b}</tr>" for a, b in zip(left, right))
    return (f"<table cellspacing='4'>{body}</table><p>Click a claim to inspect it; hover a ribbon to light a "
            f"pair, click it to select the pair.</p>{COLOURS_HTML}")


def colours(window: ViewerWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "What the colours mean", COLOURS_HTML,
                      QMessageBox.StandardButton.Ok, window)
    box.exec()


def show_shortcuts(window: ViewerWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts", shortcuts_html(shortcuts(window)),
                      QMessageBox.StandardButton.Ok, window)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:  # the box would squeeze the table and wrap every name in two
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * SHORTCUTS_CHARS)
    box.exec()


def about(window: ViewerWindow) -> None:
    QMessageBox.about(window, "readout-viewer", "<b>readout-viewer</b><p>Compare official readouts of a diplomatic "
                      "event with the articles written about them, claim by claim.</p>")
