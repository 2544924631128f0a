"""Numbers: "nearly" stops short of its figure, "more than" goes past it; "about" names the figure itself."""

from readout_viewer.core.language.figures import figures, same
from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_nearly_four_hours_is_not_about_three_and_a_half():
    link = _link("The two ministers spoke for nearly four hours.", "They talked for about three and a half hours.")
    assert (link.relation, link.reason) == (DIVERGE, "number")
    assert link.detail == "one says nearly four hours, the other about three and a half hours"


def test_more_than_three_hours_may_be_three_and_a_half():
    assert _link("The meeting lasted more than three hours.", "They talked for about three and a half hours."
                 ).relation == AGREE
    assert _link("The meeting lasted over two hours.", "I just finished my two hour call with the minister."
                 ).relation == AGREE


def test_bounds_on_the_same_side_and_the_same_figure_agree():
    (a,), (b,) = figures("just over an hour"), figures("a bit over an hour")
    assert same(a, b)
    (c,), (d,) = figures("almost 60 minutes"), figures("nearly an hour")
    assert same(c, d)
    (e,), (f,) = figures("nearly two hours"), figures("more than two hours")
    assert same(e, f)
