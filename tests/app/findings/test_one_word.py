"""One word for one thing: a kind of finding reads the same in the Findings chips, its Type column, the filters,
the navigation and the coverage matrix (core.model.vocabulary.KIND_WORDS), never "omission" beside "left out"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readout_viewer.app.findings.table import VERDICT
from readout_viewer.core import findings, status


def test_the_type_column_says_the_word_of_its_chip(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.findings
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    model = panel.model
    shown = {model.rows[r].kind: model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())}
    assert findings.OMISSION in shown
    for kind, text in shown.items():
        word = panel.chips[kind].text().split(" ")[1:-1]  # "∅ Left out 3": the mark, the word, the count
        assert text.split(" ", 1)[1] == " ".join(word)
    assert "omission" not in " ".join(shown.values()).lower()
    verdicts = [model.index(r, VERDICT).data() for r in range(model.rowCount()) if model.rows[r].kind == findings.OMISSION]
    assert verdicts and set(verdicts) == {"left out"}  # not "omitted" beside it


def test_filters_steps_and_the_matrix_say_left_out_as_the_chips_do(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    word = window.docks.findings.chips[findings.OMISSION].text().split(" ")[1:-1]
    step = window.menu_actions.steps[(status.OMITTED, True)]
    assert " ".join(word).lower() in step.text().replace("&", "").lower()
    assert "omission" not in (step.text() + step.iconText()).lower()
    step.trigger()
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert "omission" not in window.statusBar().currentMessage().lower()
    from readout_viewer.app import matrix_model, menus
    assert "Omission" not in " ".join(menus.FILTER_SHORT.values()) + " ".join(menus.FILTER_WORDS.values())
    assert not any("Omitted" in name for name, _ in matrix_model.ROW_FILTERS)


def test_a_chips_tooltip_opens_on_its_own_word(qtbot, make_window, tiny):
    """Seen by helper ux5: the "Left out" chip's tooltip began "Omission:", "Unreported"'s "Not in any readout:"."""
    window = make_window()
    window.show_analysis(tiny)
    chips = window.docks.findings.chips
    qtbot.waitUntil(lambda: chips[findings.OMISSION].text().endswith(("1", "2", "3")))
    for kind, chip in chips.items():
        assert chip.toolTip().startswith(findings.KIND_WORDS[kind] + ":")
