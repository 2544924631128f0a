"""Speed work (speed4): each word of a text judged once for its unusual runs; score stops early."""

from readout_viewer.core.linking.similarity import SCENE, Terms, Weights, score


def test_score_under_min_shared_reads_no_memo() -> None:
    scene = sorted(SCENE)[:2]  # words that set the scene: sharing only them, score asks whether both are mentions
    a = Terms(frozenset({*scene, "talk"}), frozenset())
    b = Terms(frozenset({*scene, "tariff"}), frozenset())
    w = Weights([a, b, Terms(frozenset({"tariff"}), frozenset())])
    assert score(a, b, w, min_shared=3) == 0.0
    assert w.mentions == {} and w._mass == {}  # left before asking whether either only mentions the meeting
