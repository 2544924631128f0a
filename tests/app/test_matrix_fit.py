"""Issue 11, finding 10: the coverage matrix on a laptop: its claims fill the width, it shows a screenful of rows
when enlarged, it filters by document and source, and its column names are told apart in words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readout_viewer.app import fit
from readout_viewer.app.matrix import CLAIM_COLUMN_WIDTH
from readout_viewer.app.matrix_model import ROW_CHARS, column_names, one_line
from tests.builders import corpus_folder


def _matrix_window(qtbot, make_window, corpus_analysis):
    window = make_window(size=(1280, 800))
    window.show_analysis(corpus_analysis, corpus_folder())
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    window.docks.dock_matrix.show()
    window.docks.dock_matrix.raise_()
    qtbot.waitUntil(lambda: not window.docks.dock_matrix.visibleRegion().isEmpty())
    return window


def test_the_claims_take_the_width_the_documents_leave(qtbot, make_window, tiny):
    window = make_window(size=(1920, 1080))
    window.show_analysis(tiny)
    matrix = window.docks.matrix
    window.docks.dock_matrix.raise_()
    qtbot.waitUntil(lambda: matrix.table.viewport().width() > 500)
    used = sum(matrix.table.columnWidth(c) for c in range(matrix.model.columnCount()))
    assert matrix.table.columnWidth(0) > CLAIM_COLUMN_WIDTH
    assert used >= matrix.table.viewport().width() - 2  # no empty third of the table
    text = matrix.model.index(0, 0).data()
    assert tiny.claim[matrix.model.claims[0]].text in text  # whole: the view cuts it to the column, not a clip()


def test_enlarged_on_a_laptop_it_shows_a_screenful_of_rows(qtbot, make_window, corpus_analysis):
    window = _matrix_window(qtbot, make_window, corpus_analysis)
    window.enlarge_drawer()
    table = window.docks.matrix.table
    qtbot.waitUntil(lambda: window.docks.dock_matrix.height() >= (fit.TALL_SHARE - 0.1) * window.height())
    assert table.viewport().height() // table.verticalHeader().defaultSectionSize() >= 12


def test_words_find_a_document_or_a_source_and_a_chooser_keeps_one_text(qtbot, make_window, corpus_analysis):
    window = _matrix_window(qtbot, make_window, corpus_analysis)
    matrix = window.docks.matrix
    everything = matrix.proxy.rowCount()
    matrix.search.setText("Kremlin")
    kremlin = matrix.proxy.rowCount()
    assert 0 < kremlin < everything
    docs = {corpus_analysis.claim[matrix.model.claims[matrix.proxy.mapToSource(matrix.proxy.index(r, 0)).row()]].doc
            for r in range(kremlin)}
    assert all(corpus_analysis.document[d].source == "Kremlin" for d in docs)
    matrix.search.clear()
    matrix.source.setCurrentIndex(2)  # the second official text
    wanted = matrix.source.currentData()
    rows = [matrix.model.claims[matrix.proxy.mapToSource(matrix.proxy.index(r, 0)).row()]
            for r in range(matrix.proxy.rowCount())]
    assert rows and {corpus_analysis.claim[c].doc for c in rows} == {wanted}


def test_column_names_are_unique_words_not_fragments(qtbot, make_window, corpus_analysis):
    window = _matrix_window(qtbot, make_window, corpus_analysis)
    model = window.docks.matrix.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]
    assert len(set(heads)) == len(heads)
    assert not any(line.strip().isdigit() for h in heads for line in h.split("\n"))  # no bare "01"
    assert any("(excerpt)" in h for h in heads)  # the Kremlin's two readouts differ by that
    for doc_id in model.docs:
        assert corpus_analysis.document[doc_id].title in model.headerData(
            model.docs.index(doc_id) + 1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_column_names_of_namesakes_fall_back_to_title_words_then_numbers(tiny):
    from dataclasses import replace
    docs = [replace(d, source="Gov", kind="readout") for d in tiny.documents]
    names = column_names(docs)
    assert len(set(names.values())) == 3
    same = [replace(d, source="Gov", kind="readout", title="Same") for d in tiny.documents]
    assert len(set(column_names(same).values())) == 3
    assert one_line("A\nb\nc") == "A b (c)"


def test_a_long_source_is_cut_at_a_word_in_headers_and_rows_and_whole_in_lists(tiny):
    from dataclasses import replace
    docs = [replace(tiny.documents[0], source="President Donald J. Trump", kind="statement"),
            replace(tiny.documents[1], source="Presidential Aide Yuri Ushakov", kind="briefing")]
    heads = column_names(docs)
    assert [h.split("\n")[0] for h in heads.values()] == ["President Donald…", "Presidential Aide…"]
    whole = column_names(docs, limit=None)
    assert [one_line(n) for n in whole.values()] == ["President Donald J. Trump statement",
                                                    "Presidential Aide Yuri Ushakov briefing"]
    rows = column_names(docs, limit=ROW_CHARS)
    assert [one_line(n) for n in rows.values()] == ["President Donald J.… statement",
                                                   "Presidential Aide Yuri… briefing"]


def test_the_source_chooser_shows_its_first_choice_whole_on_a_laptop(qtbot, make_window, corpus_analysis):
    """Seen at 1280x800: "From every official tex"."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
    window = _matrix_window(qtbot, make_window, corpus_analysis)
    chooser = window.docks.matrix.source
    assert chooser.currentText() == "From every official text"
    option = QStyleOptionComboBox()
    chooser.initStyleOption(option)
    field = chooser.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, chooser)
    assert field.width() >= chooser.fontMetrics().horizontalAdvance(chooser.currentText())


def test_the_matrix_names_a_document_once_above_its_claims_not_before_every_one(qtbot, make_window,
                                                                               corpus_analysis):
    """Seen at 1280 px: "The White House statement: " before every row, some 170 of the claims' 360 px."""
    window = _matrix_window(qtbot, make_window, corpus_analysis)
    matrix = window.docks.matrix
    shown = [matrix.proxy.index(r, 0).data() for r in range(matrix.proxy.rowCount())]
    docs = [corpus_analysis.claim[matrix.model.claims[matrix.proxy.mapToSource(matrix.proxy.index(r, 0)).row()]].doc
            for r in range(matrix.proxy.rowCount())]
    firsts = [r for r in range(len(docs)) if r == 0 or docs[r] != docs[r - 1]]
    names = {one_line(matrix.model.rows[d]) for d in docs}
    assert len(firsts) >= 2 and len(docs) > len(firsts)
    for r, text in enumerate(shown):
        named = any(text.startswith(f"{name}: ") for name in names)
        assert named == (r in firsts), text
    matrix.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # sorted, a run may be one row: each is named
    docs = [corpus_analysis.claim[matrix.model.claims[matrix.proxy.mapToSource(matrix.proxy.index(r, 0)).row()]].doc
            for r in range(matrix.proxy.rowCount())]
    for r in range(1, len(docs)):
        text = matrix.proxy.index(r, 0).data()
        assert any(text.startswith(f"{name}: ") for name in names) == (docs[r] != docs[r - 1])


def test_the_matrix_key_is_read_whole_on_a_laptop(qtbot, make_window, corpus_analysis):
    """Seen at 1280 px: "✓ carries it alike · ≠ diverges · ∅" and the rest of the key cut off."""
    from readout_viewer.app.matrix import KEY
    window = _matrix_window(qtbot, make_window, corpus_analysis)
    key = window.docks.matrix.key
    room = key.contentsRect()
    needed = key.fontMetrics().boundingRect(room, int(Qt.TextFlag.TextWordWrap), KEY)
    assert needed.width() <= room.width() and needed.height() <= room.height()
