"""A statement cut from the middle of its sentence reads as a continuation in the findings list: "… agreed that …"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from readout_viewer.app.findings.table import HEADERS
from readout_viewer.core.analysis import analyze

EVENT = Path(__file__).resolve().parents[3] / "eval" / "events" / "2021-01-27-biden-suga-call"
PART = "agreed that it would be further promoted going forward."


def test_the_findings_list_shows_the_part_with_an_ellipsis(qtbot, make_window):
    window = make_window()
    window.show_analysis(analyze(EVENT))
    model = window.docks.findings.model
    column = HEADERS.index("Text")
    texts = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]
    assert f"… {PART}" in texts
    assert PART not in texts
