"""Synchronized scrolling maths: the anchored line, its inverse, monotone anchors and the piecewise map."""

from hypothesis import given
from hypothesis import strategies as st

from readout_viewer.app.panes import scrollsync
from readout_viewer.app.panes.scrollsync import View

views = st.builds(View, st.floats(0, 20_000), st.floats(50, 2_000))


@given(views, st.floats(0, 1))
def test_scroll_for_inverts_anchor_y(view, t):
    scroll = t * view.maximum
    assert abs(scrollsync.scroll_for(view, scrollsync.anchor_y(view, scroll)) - scroll) < 1e-6 * (1 + view.maximum)


@given(views)
def test_the_anchor_runs_from_the_top_to_the_bottom_of_the_document(view):
    if view.maximum > 0:
        assert scrollsync.anchor_y(view, 0) == 0
        assert abs(scrollsync.anchor_y(view, view.maximum) - view.content) < 1e-6 * view.content


def test_the_anchor_is_the_middle_of_the_viewport_away_from_the_ends():
    view = View(maximum=5000, height=600)
    assert scrollsync.anchor_y(view, 2000) == 2300


def test_monotone_drops_crossing_anchors():
    pairs = [(10, 10), (20, 300), (30, 30), (40, 40), (50, 50)]
    assert scrollsync.monotone(pairs) == [(10, 10), (30, 30), (40, 40), (50, 50)]


def test_monotone_keeps_one_of_several_anchors_on_one_line():
    assert scrollsync.monotone([(10, 5), (10, 7), (20, 9)]) in ([(10, 5), (20, 9)], [(10, 7), (20, 9)])


@given(st.lists(st.tuples(st.floats(0, 1e4), st.floats(0, 1e4)), max_size=40))
def test_monotone_is_strictly_increasing_in_both(pairs):
    chain = scrollsync.monotone(pairs)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in zip(chain, chain[1:]))


def test_interpolate_between_anchors_and_at_the_ends():
    anchors = scrollsync.with_ends([(100, 400)], 1000, 2000)
    assert anchors == [(0, 0), (100, 400), (1000, 2000)]
    assert scrollsync.interpolate(anchors, 50) == 200
    assert scrollsync.interpolate(anchors, 550) == 1200
    assert scrollsync.interpolate(anchors, 5000) == 2000


def test_synced_scroll_lines_up_an_anchor_and_reaches_both_ends():
    source, target = View(4000, 500), View(9000, 500)
    anchors = scrollsync.with_ends([(2000, 6000)], source.content, target.content)
    scroll = scrollsync.scroll_for(source, 2000)
    assert scrollsync.synced_scroll(source, scroll, target, anchors) == 6000 - 250
    assert scrollsync.synced_scroll(source, 0, target, anchors) == 0
    assert scrollsync.synced_scroll(source, source.maximum, target, anchors) == target.maximum


def test_a_text_shorter_than_its_pane_stays_put():
    assert scrollsync.synced_scroll(View(3000, 500), 1500, View(0, 500), [(0, 0), (3500, 500)]) == 0


def test_compose_maps_through_the_middle_and_inverts_as_its_parts_do():
    first = [(0.0, 0.0), (10.0, 100.0), (20.0, 300.0)]  # A to B
    second = [(0.0, 0.0), (50.0, 5.0), (300.0, 30.0)]  # B to C
    through = scrollsync.compose(first, second)
    assert through[0] == (0.0, 0.0) and through[-1] == (20.0, 30.0)
    assert (5.0, 5.0) in through  # B's knee at 50 is A's 5: a knee of the composed map
    for y in (2.5, 7.0, 15.0):
        assert abs(scrollsync.interpolate(through, y)
                   - scrollsync.interpolate(second, scrollsync.interpolate(first, y))) < 1e-9
    back = scrollsync.compose([(b, a) for a, b in second], [(b, a) for a, b in first])
    assert back == [(b, a) for a, b in through]
