"""Speed, the same results: each word of a text judged once for its unusual runs; score stops early."""

from readout_viewer.core.linking.runs import Runs
from readout_viewer.core.linking.similarity import SCENE, score
from readout_viewer.core.linking.terms import Terms, terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

OFFICIAL = [Claim("o#1", "o", 0, 60, "Xi warned that those who play with fire will perish by it."),
            Claim("o#2", "o", 0, 60, "The two sides discussed climate change and the pandemic.")]


class _Counting(Runs):
    """Runs that count how often each word is judged."""

    asked: list[str]

    def _unusual(self, word: str) -> bool:
        self.asked.append(word)
        return super()._unusual(word)


def test_unusual_runs_judge_each_word_once() -> None:
    w = Weights(terms(c.text) for c in OFFICIAL)
    runs = _Counting.__new__(_Counting)
    runs.asked = []
    Runs.__init__(runs, OFFICIAL, w)
    runs.asked.clear()
    found = runs.runs("Biden said Xi should not play with fire over Taiwan")
    assert "play with fire" in found
    assert len(runs.asked) == len(set(runs.asked))  # "play" and "fire" stand in several runs, judged once


def test_score_under_min_shared_reads_no_memo() -> None:
    scene = sorted(SCENE)[:2]  # words that set the scene: sharing only them, score asks whether both are mentions
    a = Terms(frozenset({*scene, "talk"}), frozenset())
    b = Terms(frozenset({*scene, "tariff"}), frozenset())
    w = Weights([a, b, Terms(frozenset({"tariff"}), frozenset())])
    assert score(a, b, w, min_shared=3) == 0.0
    assert w.mentions == {} and w._mass == {}  # left before asking whether either only mentions the meeting
