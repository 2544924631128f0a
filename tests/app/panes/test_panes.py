"""Ribbons, the coverage matrix, the sidebar and the problems panel, driven as a person would."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, Qt

from readout_viewer.app.matrix import SYMBOL
from readout_viewer.core.model import MANUAL, Problem


def _gutter(window, index=1):
    handle = window.area.splitter.handle(index)
    handle.repaint()
    return handle


def test_ribbons_join_linked_claims_of_neighbouring_panes(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    ribbons = _gutter(window).compute()
    assert sorted((r.left, r.right, r.link.relation) for r in ribbons) == [
        ("e1/us#1", "e1/ru#1", "agree"), ("e1/us#2", "e1/ru#2", "diverge")]
    assert _gutter(window, 2).compute() == []  # the paper is linked to the US readout only, not its neighbour


def test_clicking_a_ribbon_selects_its_link_and_hover_lights_it(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    handle = _gutter(window)
    ribbon = next(r for r in handle.compute() if r.link.relation == "diverge")
    centre = ribbon.path.boundingRect().center()
    point = next(QPointF(handle.width() / 2, y) for y in range(int(centre.y()) - 6, int(centre.y()) + 7)
                 if ribbon.path.contains(QPointF(handle.width() / 2, y)))
    with qtbot.waitSignal(window.area.splitter.link_hovered) as hovered:
        qtbot.mouseMove(handle, point.toPoint())
    assert hovered.args[0] == ribbon.link
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.selected_link() == ribbon.link
    assert set(window.selected_claim_ids()) == {"e1/us#2", "e1/ru#2"}
    assert "negation" in window.inspector.html()


def test_manual_and_confirmed_links_get_their_own_outline(qtbot, make_window, tiny):
    from PySide6.QtGui import QColor

    from readout_viewer.app.panes.ribbons import ribbon_pen
    manual, confirmed = replace(tiny.links[0], origin=MANUAL), replace(tiny.links[0], confirmed=True)
    styles = {ribbon_pen(lk, QColor("#009E73")).style() for lk in (manual, confirmed, tiny.links[0])}
    assert Qt.PenStyle.DashLine in styles and len(styles) == 2
    assert ribbon_pen(confirmed, QColor("#009E73")).widthF() > ribbon_pen(tiny.links[0], QColor("#009E73")).widthF()


def test_matrix_cells_carry_symbols_and_clicking_one_shows_the_claim_there(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/ru"])
    matrix = window.docks.matrix
    model = matrix.model
    row, col = model.claims.index("e1/us#1"), model.docs.index("e1/paper") + 1
    assert model.data(model.index(row, col)) == SYMBOL["agree"]
    assert model.data(model.index(model.claims.index("e1/us#2"), model.docs.index("e1/ru") + 1)) == SYMBOL["diverge"]
    index = matrix.proxy.mapFromSource(model.index(row, col))
    matrix.table.clicked.emit(index)
    assert "e1/paper" in window.area.shown() and "e1/us" in window.area.shown()
    assert window.selected_claim_ids()[0] == "e1/us#1"


def test_matrix_filters_rows_by_words_and_by_status(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    matrix = window.docks.matrix
    assert matrix.proxy.rowCount() == 6
    matrix.rows.setCurrentIndex(1)  # diverged somewhere
    assert matrix.proxy.rowCount() == 2
    matrix.rows.setCurrentIndex(0)
    matrix.search.setText("weather")
    assert matrix.proxy.rowCount() == 1
    matrix.search.clear()
    matrix.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # the Russian readout's column: divergences first
    top = matrix.proxy.index(0, 2).data()
    assert top == SYMBOL["diverge"]


def test_sidebar_ticks_choose_the_panes(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    sidebar = window.docks.sidebar
    items = {item.data(0, Qt.ItemDataRole.UserRole): item for item in sidebar._items()}
    items["e1/ru"].setCheckState(0, Qt.CheckState.Unchecked)
    assert window.area.shown() == ["e1/us", "e1/paper"]
    items["e1/ru"].setCheckState(0, Qt.CheckState.Checked)
    assert window.area.shown() == ["e1/us", "e1/paper", "e1/ru"]


def test_pane_selector_switches_its_document(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/ru"])
    pane = window.area.panes[1]
    action = next(a for a in pane.selector.menu().actions() if a.data() == "e1/paper")
    action.trigger()
    assert window.area.shown() == ["e1/us", "e1/paper"]


def test_problems_are_listed_with_their_file(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(replace(tiny, problems=(Problem("broken.pdf", "Not a text file."),)))
    panel = window.docks.problems
    assert panel.topLevelItem(0).text(0) == "broken.pdf"
    assert "1" in window.docks.dock_problems.windowTitle()


def test_tooltip_of_a_claim_gives_the_reason(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    text = window.area.panes[0].text
    tips = [m.tip for m in text._marks if m.kind == "diverge"]
    assert tips and "negation" in tips[0] and "Moscow" in tips[0]
    assert text.claim_at_offset(1) == "e1/us#1"


def test_overview_strip_click_scrolls_the_text_there(qtbot, make_window, long_pair):
    window = make_window(size=(1000, 600))
    window.show_analysis(long_pair)
    pane = window.area.panes[1]
    qtbot.waitUntil(lambda: pane.text.verticalScrollBar().maximum() > 0)
    strip = pane.overview
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPointF(5, strip.height() * 0.75).toPoint())
    bar = pane.text.verticalScrollBar()
    assert 0.5 * bar.maximum() < bar.value() <= bar.maximum()


def test_pane_header_counts_statuses_without_colour(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    assert window.area.panes[0].counts.text() == "✓ 1  ≠ 1  ∅ 1"


def test_zoom_changes_every_pane_and_resets(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    sizes = [p.text.font().pointSizeF() for p in window.area.panes]
    window.area.zoom_by(2)
    assert all(p.text.font().pointSizeF() > s for p, s in zip(window.area.panes, sizes))
    window.area.zoom_by(0)
    assert [p.text.font().pointSizeF() for p in window.area.panes] == sizes


def test_hovering_a_claim_lights_its_ribbons_and_counterparts(qtbot, make_window, tiny):
    from PySide6.QtGui import QTextCursor
    window = make_window()
    window.show_analysis(tiny)
    text = window.area.panes[1].text  # the Russian readout
    cursor = QTextCursor(text.document())
    cursor.setPosition(tiny.claim["e1/ru#2"].start + 3)
    with qtbot.waitSignal(text.claim_hovered) as hovered:
        qtbot.mouseMove(text.viewport(), text.cursorRect(cursor).center())
    assert hovered.args[0] == "e1/ru#2"
    assert window.area.splitter.hovered_links == set(tiny.links_of["e1/ru#2"])
    lit = [sel.cursor.selectedText() for sel in window.area.panes[0].text.extraSelections()]
    assert tiny.claim["e1/us#2"].text in lit


def test_double_clicking_a_matrix_column_shows_that_document(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/ru"])
    model = window.docks.matrix.model
    window.docks.matrix.table.horizontalHeader().sectionDoubleClicked.emit(model.docs.index("e1/paper") + 1)
    assert window.area.shown() == ["e1/us", "e1/paper"]


def test_choosing_a_document_shown_in_another_pane_swaps_them(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/ru", "e1/paper"])
    pane = window.area.panes[2]
    action = next(a for a in pane.selector.menu().actions() if a.data() == "e1/us")
    assert "(pane 1: swaps)" in action.text()
    action.trigger()
    assert window.area.shown() == ["e1/paper", "e1/ru", "e1/us"]  # three panes still


def test_ribbons_follow_the_highlight_filter(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    assert {r.link.relation for r in _gutter(window).compute()} == {"agree", "diverge"}
    window.area.set_filter("diverge")
    assert {r.link.relation for r in _gutter(window).compute()} == {"diverge"}
    window.area.set_filter("quotes")
    assert _gutter(window).compute() == []
    window.area.set_filter("all")
    assert {r.link.relation for r in _gutter(window).compute()} == {"agree", "diverge"}
