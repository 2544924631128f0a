"""An unsupported statement's Counterpart cell says the text it is pinned on does not carry it (helper ux12)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readout_viewer.app.findings.table import COUNTERPART, FindingsModel
from readout_viewer.core import findings
from readout_viewer.core.findings import Finding


def test_an_unsupported_statement_s_counterpart_says_not_in_the_text_it_is_pinned_on(qtbot, tiny):
    """Seen on the Biden–Ruto call: "In a telephone conversation released by the White House …, Mr Biden said …"
    (unsupported: "no official account of the call carries it") showed "The White House — Readout…" under
    Counterpart, the column where a misattribution names the text that does carry the words: it read as the
    statement's source. A misattribution's counterpart is unchanged."""
    model = FindingsModel()
    model.set_analysis(tiny)
    words = "The leaders spoke for two hours, Washington said."
    model.beginResetModel()
    model.rows = [Finding(findings.UNSUPPORTED_STATEMENT, "e1/paper", 0, 10, words, other_doc="e1/us",
                          cited="Washington", verdict="unsupported", reason="no official account of the call carries it"),
                  Finding(findings.MISATTRIBUTION, "e1/paper", 0, 10, words, other_doc="e1/us",
                          other_text="The leaders spoke for two hours.", cited="Moscow", verdict="misattributed")]
    model.endResetModel()
    unsupported, misattributed = (model.index(r, COUNTERPART) for r in range(2))
    assert unsupported.data() == f"not in {model.name('e1/us')}"
    assert "does not carry these words" in unsupported.data(Qt.ItemDataRole.ToolTipRole)
    assert misattributed.data() == model.name("e1/us")
