"""The coverage matrix names its columns apart and says what its symbols mean."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from readout_viewer.core.model import OFFICIAL
from tests.builders import build, doc


def _titled(doc_id: str, title: str, source: str = "Capital", kind: str = "readout"):
    return replace(doc(doc_id, OFFICIAL, "XX", kind, source), title=title)


def test_matrix_headers_of_same_source_documents_differ(qtbot, make_window):
    a = _titled("e1/a", "Readout of the Call with the Premier of Atlantis")
    b = _titled("e1/b", "Readout of the Call with the Chancellor of Borduria")
    analysis = build("/tmp/names", [(a, ["One thing was said."]), (b, ["New thing was said."])])  # texts of one length: by id
    window = make_window()
    window.show_analysis(analysis)
    model = window.docks.matrix.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]
    assert len(set(heads)) == len(heads)
    assert any("Premier" in h for h in heads) and any("Chancellor" in h for h in heads)
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(1, model.columnCount())]
    assert any(a.title in t for t in tips)
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows == ["Capital readout (Premier): One thing was said.",
                    "Capital readout (Chancellor): New thing was said."]
    assert a.title in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_matrix_says_what_its_symbols_mean(qtbot, make_window, tiny):
    from readout_viewer.app.matrix import SYMBOL
    window = make_window()
    window.show_analysis(tiny)
    key = window.docks.matrix.key.text()
    for kind in ("agree", "diverge", "omitted", "source"):
        assert SYMBOL[kind] in key


def test_an_excerpt_s_column_says_in_its_tooltip_that_the_folder_holds_only_part_of_it(qtbot, make_window):
    """Seen by helper ux11 on the Scholz–Putin call: the Kremlin excerpt's column read "President of… readout", and
    neither its name nor its tooltip said the text is partial, though its ∅ may stand in the part not stored."""
    a = replace(_titled("e1/a", "Readout of the Call"), excerpt=True)
    b = _titled("e1/b", "Statement on the Call", source="Other")
    window = make_window()
    window.show_analysis(build("/tmp/cut", [(a, ["One thing was said."]), (b, ["New thing was said."])]))
    model = window.docks.matrix.model
    tips = {model.docs[c - 1]: model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(1, model.columnCount())}
    assert "An excerpt: the folder holds only part of this text" in tips["e1/a"]
    assert "excerpt" not in tips["e1/b"]


def test_an_excerpt_s_column_header_says_excerpt_after_its_kind(qtbot, make_window):
    """Seen by helper ux12 on the Sunak–Modi call: Downing Street's readout, assembled from an outlet's quotation,
    headed its column "Prime Minister's… / readout", so its ∅ for the sentence behind its "[…]" read as its silence;
    "(excerpt)" stood in the tooltip only. A whole text's header stays as it was."""
    a = replace(_titled("e1/a", "Readout of the Call"), excerpt=True)
    b = _titled("e1/b", "Statement on the Call", source="Other")
    window = make_window()
    window.show_analysis(build("/tmp/cut", [(a, ["One thing was said."]), (b, ["New thing was said."])]))
    model = window.docks.matrix.model
    heads = {model.docs[c - 1]: model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())}
    assert heads == {"e1/a": "Capital\nreadout (excerpt)", "e1/b": "Other\nreadout"}


def test_a_header_too_wide_for_its_column_is_cut_at_its_end_never_clipped(qtbot, make_window):
    from PySide6.QtWidgets import QStyleOptionHeader
    wide = "MWMWMWMW MWMWMWMW"  # 17 characters: past HEADER_CHARS it is not, past the column's pixels it is
    a = _titled("e1/a", "Call", source=wide)
    b = _titled("e1/b", "Call", source="Capital")
    window = make_window()
    window.show_analysis(build("/tmp/wide", [(a, ["One thing was said."]), (b, ["Other thing was said."])]))
    table = window.docks.matrix.table
    header, model = table.horizontalHeader(), table.model()
    for column in range(1, model.columnCount()):
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, column)
        named = model.headerData(column, Qt.Orientation.Horizontal).split("\n")
        shown = option.text.split("\n")
        assert len(shown) == len(named)
        for line, whole in zip(shown, named, strict=True):
            assert header.fontMetrics().horizontalAdvance(line) <= header.sectionSize(column)
            assert line == whole or (line.endswith("…") and whole.startswith(line[:-1]))
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(1, model.columnCount())]
    assert any(wide in t for t in tips)
