"""The documents sidebar: readable names (who and when, then the title cut in the middle) and full tooltips."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFontMetrics

from readout_viewer.app.sidebar import ID_ROLE, two_lines
from readout_viewer.core.model import OFFICIAL
from tests.builders import build, doc

LONG_TITLE = ("Conversation between the first leader and the second leader about many matters "
              "(ministry version, closing part)")


def test_a_long_title_keeps_its_start_and_its_end(qtbot):
    from PySide6.QtWidgets import QLabel
    label = QLabel()
    qtbot.addWidget(label)
    metrics = QFontMetrics(label.font())
    head, title = two_lines(f"XX · Ministry · readout · 2020-01-01\n{LONG_TITLE}", metrics, 200)
    assert "…" in title
    assert title.startswith("Conversation") and title.endswith("closing part)")
    assert metrics.horizontalAdvance(title) <= 200 and metrics.horizontalAdvance(head) <= 200
    assert head.startswith("XX · Ministry")


def test_sidebar_rows_name_source_kind_date_and_title_with_a_full_tooltip(qtbot, make_window):
    long = replace(doc("e1/long", OFFICIAL, "XX", "readout", "Ministry", date="2020-03-04"), title=LONG_TITLE)
    other = doc("e1/other", OFFICIAL, "YY", "statement", "Office")
    analysis = build("/tmp/side", [(long, ["Something was said."]), (other, ["Something else was said."])])
    window = make_window()
    window.show_analysis(analysis)
    sidebar = window.docks.sidebar
    item = next(i for i in sidebar._items() if i.data(0, ID_ROLE) == "e1/long")
    head, title = item.text(0).split("\n")
    assert head == "XX · Ministry · readout · 2020-03-04"
    assert title == LONG_TITLE
    assert LONG_TITLE in item.toolTip(0) and "2020-03-04" in item.toolTip(0)
    assert sidebar.visualItemRect(item).height() >= 2 * QFontMetrics(sidebar.font()).height()
    assert not sidebar.grab().isNull()  # the two-line rows paint
    assert sidebar.isHeaderHidden()


def test_double_clicking_a_document_shows_it_and_another_events_main_texts(qtbot, make_window):
    a1, a2, out1 = (doc("e1/a", OFFICIAL, "XX", "readout", "A"), doc("e1/b", OFFICIAL, "YY", "readout", "B"),
                    doc("e1/out", source="Paper"))
    b1, out2 = doc("e2/a", OFFICIAL, "XX", "readout", "A", event="e2"), doc("e2/out", source="Other", event="e2")
    analysis = build("/tmp/two", [(a1, ["One."]), (a2, ["Two."]), (out1, ["Three."]), (b1, ["Four."]),
                                  (out2, ["Five."])])
    window = make_window()
    window.show_analysis(analysis)
    window.area.show_documents(["e1/a", "e1/b"])
    sidebar = window.docks.sidebar
    items = {item.data(0, ID_ROLE): item for item in sidebar._items()}
    sidebar.itemDoubleClicked.emit(items["e1/out"], 0)
    assert window.area.shown() == ["e1/a", "e1/out"]
    sidebar.itemDoubleClicked.emit(items["e2/out"], 0)
    assert window.area.shown()[-1] == "e2/out" and "e2/a" in window.area.shown()
    assert all(d.startswith("e2/") for d in window.area.shown())


def test_double_clicking_an_event_shows_it_and_keeps_it_unfolded(qtbot, make_window):
    a1, b1 = doc("e1/a", OFFICIAL, "XX", "readout", "A"), doc("e2/a", OFFICIAL, "XX", "readout", "A", event="e2")
    window = make_window()
    window.show_analysis(build("/tmp/fold", [(a1, ["One."]), (b1, ["Two."])]))
    sidebar = window.docks.sidebar
    event = sidebar.topLevelItem(1)
    sidebar.itemDoubleClicked.emit(event, 0)
    assert window.area.shown() == ["e2/a"]
    assert event.isExpanded() and not sidebar.expandsOnDoubleClick()  # the view would fold it on a double-click


def test_an_excerpt_says_so_at_its_title_s_end_which_the_row_keeps(qtbot, make_window):
    """Seen by helper ux11 on the Xi–Putin call: the Documents list gave the Kremlin's statement, assembled from
    outlets' quotations, and Xinhua's cut dispatch as whole texts; only the tooltip said "(excerpt)"."""
    cut = replace(doc("e1/cut", OFFICIAL, "XX", "readout", "Ministry"), title=LONG_TITLE, excerpt=True)
    other = doc("e1/other", OFFICIAL, "YY", "statement", "Office")
    window = make_window()
    window.show_analysis(build("/tmp/cut", [(cut, ["Something was said."]), (other, ["Something else."])]))
    items = {i.data(0, ID_ROLE): i for i in window.docks.sidebar._items()}
    metrics = QFontMetrics(window.docks.sidebar.font())
    _, title = two_lines(items["e1/cut"].text(0), metrics, 200)
    assert "…" in title and title.endswith("(excerpt)")
    assert "excerpt" not in items["e1/other"].text(0)
