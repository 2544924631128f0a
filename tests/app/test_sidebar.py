"""The documents sidebar: readable names (who and when, then the title cut in the middle) and full tooltips."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from readout_viewer.app.sidebar import ID_ROLE, two_lines
from readout_viewer.core.model import OFFICIAL
from tests.app.builders import build, doc

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
