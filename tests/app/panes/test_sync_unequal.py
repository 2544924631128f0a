"""Panes of unequal length scrolled in step: whichever pane the reader scrolls next, the others move on from where
they are, never jumping back (helper qa12's walk of a short readout beside a long briefing)."""

from __future__ import annotations

from readout_viewer.app.panes import scrollsync
from readout_viewer.core.model import AGREE, OFFICIAL, Link
from tests.builders import build, doc

N = 40


def _many_to_one(points: int = 2 * N):
    """A short readout and a long briefing whose answers each carry two readout claims (many-to-one links)."""
    short = doc("e1/short", OFFICIAL, "US", "readout")
    long = doc("e1/long", OFFICIAL, "US", "briefing")
    short_claims = [f"¶Readout point {i}." for i in range(points)]
    long_claims = [f"¶Answer {i} " + "goes on at length about it " * (3 + i % 5) + "." for i in range(N)]
    links = [Link(f"e1/long#{i // 2 + 1}", f"e1/short#{i + 1}", AGREE, 0.9) for i in range(points)]
    return build("/unequal", [(short, short_claims), (long, long_claims)], links=links)


def _three():
    """A readout, a long briefing and an article: the article links the readout directly, shifted against the
    briefing's links (as a retelling that follows the readout in its own order does)."""
    a = doc("e1/a", OFFICIAL, "US", "readout")
    b = doc("e1/b", OFFICIAL, "US", "briefing")
    c = doc("e1/c")
    texts = [(a, [f"¶A point {i}." for i in range(N)]),
             (b, [f"¶B answer {i} " + "at length " * (8 + 6 * (i % 3)) for i in range(N)]),
             (c, [f"¶C report {i} " + "in more words " * (2 + i % 4) for i in range(N)])]
    links = ([Link(f"e1/b#{i + 1}", f"e1/a#{i + 1}", AGREE, 0.9) for i in range(N)]
             + [Link(f"e1/c#{i + 1}", f"e1/b#{i + 1}", AGREE, 0.9) for i in range(N)]
             + [Link(f"e1/c#{i + 1}", f"e1/a#{min(N, i + 12)}", AGREE, 0.9) for i in range(N)])
    return build("/three", texts, links=links)


def _bars(window):
    return [p.text.verticalScrollBar() for p in window.area.panes]


def test_two_panes_use_the_same_anchors_both_ways(qtbot, make_window):
    window = make_window(size=(1000, 600))
    window.show_analysis(_many_to_one())
    qtbot.waitUntil(lambda: all(b.maximum() > 0 for b in _bars(window)))
    area = window.area
    assert area.anchors(1, 0) == [(b, a) for a, b in area.anchors(0, 1)]


def test_scrolling_the_short_pane_on_moves_the_long_one_on(qtbot, make_window):
    window = make_window(size=(1000, 600))
    window.show_analysis(_many_to_one())
    short, long = _bars(window)
    qtbot.waitUntil(lambda: short.maximum() > 0 and long.maximum() > 0)
    for fraction in (0.3, 0.5, 0.7):
        long.setValue(round(long.maximum() * fraction))  # the reader scrolls the long briefing
        before = long.value()
        short.setValue(short.value() + 1)  # then one pixel on in the short readout
        assert before <= long.value() <= before + 40, fraction  # on a little, never back


def test_scrolling_another_pane_next_keeps_the_third_where_it_was(qtbot, make_window):
    window = make_window(size=(1400, 600))
    window.show_analysis(_three())
    window.area.show_documents(["e1/a", "e1/b", "e1/c"])
    a, b, c = _bars(window)
    qtbot.waitUntil(lambda: min(a.maximum(), b.maximum(), c.maximum()) > 0)
    for fraction in (0.3, 0.5, 0.7):
        b.setValue(round(b.maximum() * fraction))  # the reader scrolls the middle pane
        before = a.value()
        c.setValue(c.value() + 1)  # then a pixel on in the right one: the left one barely moves
        assert before <= a.value() <= before + 10, fraction


def test_a_resize_keeps_the_reader_at_the_same_place_in_the_long_text(qtbot, make_window):
    """Seen maximizing the window on a short readout beside a long briefing: the readout came to fit, Qt set its
    scroll to 0, and that clamp was taken for the reader's scroll: every pane went back to its top. Then, the
    briefing kept its pixel offset, which wider lines move on by a screen."""
    window = make_window(size=(1000, 600))
    window.show_analysis(_many_to_one(12))
    area = window.area
    short, long = _bars(window)
    qtbot.waitUntil(lambda: short.maximum() > 0 and long.maximum() > 0)
    long.setValue(long.maximum() // 3)  # the reader is a third of the way down the briefing

    def share():
        view = area._view(area.panes[1])
        return scrollsync.anchor_y(view, long.value()) / view.content

    kept = share()
    window.resize(1800, 1150)
    qtbot.waitUntil(lambda: short.maximum() == 0 and not area._relaying)
    assert long.value() > 0 and area.leader == 1
    assert abs(share() - kept) < 0.01


def test_a_zoom_lines_the_panes_up_again_on_the_pane_read(qtbot, make_window):
    window = make_window(size=(1000, 600))
    window.show_analysis(_many_to_one())
    area = window.area
    short, long = _bars(window)
    qtbot.waitUntil(lambda: short.maximum() > 0 and long.maximum() > 0)
    long.setValue(long.maximum() // 2)
    area.zoom_by(3)

    def off() -> float:
        return abs(short.value() - scrollsync.synced_scroll(area._view(area.panes[1]), long.value(),
                                                            area._view(area.panes[0]), area.anchors(1, 0)))

    # waited for, not read at once: with the docks already arranged for the two panes (qa14), the relayout can
    # start after the first check of _relaying, which then passed before the panes were lined up again
    qtbot.waitUntil(lambda: not area._relaying and off() <= 1)  # still level with what the reader reads


def test_ctrl_end_and_ctrl_home_go_to_the_ends_and_the_partner_follows(qtbot, make_window):
    from PySide6.QtCore import Qt
    window = make_window(size=(1000, 600))
    window.show_analysis(_many_to_one())
    short, long = _bars(window)
    qtbot.waitUntil(lambda: short.maximum() > 0 and long.maximum() > 0)
    text = window.area.panes[1].text
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert long.value() == long.maximum() and short.value() == short.maximum()
    qtbot.keyClick(text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert long.value() == 0 and short.value() == 0
