"""An opening's "spoke" (`reports._SPOKE`) is searched once, and only where a word of speaking stands: `spoken_opening`
gives the opening with what its search found, which `ledes._lede` reads instead of searching the same text again."""

from readout_viewer.core.language import reports
from readout_viewer.core.linking import ledes, openings

_TEXTS = (
    "Swedish President Ivan Sol spoke with Norwegian President Ola Berg on Monday, a week after the row.",
    "The Kremlin is satisfied with the talks between the two presidents, a spokesman said.",
    "Taking a step towards cooperation, Prime Minister Ola Berg had a phone call with President Ivan Sol.",
    "Oslo: Berg called Sol late on Tuesday amid the row over quotas.",
    "In a telephonic conversation between the two leaders, they discussed trade.",
    "Berg had been holding off calling Sol; the row went on.",
    "Trade, fishing and quotas were on the table",
    "",
)


def test_the_opening_says_whether_it_spoke_as_a_search_would():
    for text in _TEXTS:
        for end in (openings.LEDE_END, ledes._PURPOSE):
            opening, spoke = openings.spoken_opening(text, end)
            assert opening == openings.text_opening(text, end)
            assert spoke is None or spoke == (reports._SPOKE.search(opening) is not None), text


def test_an_opening_without_a_setting_is_searched_once(monkeypatch):
    searched: list[str] = []
    real = reports._SPOKE

    class Counting:
        def search(self, text: str):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(reports, "_SPOKE", Counting())
    opening, spoke = openings.spoken_opening(_TEXTS[0], openings.LEDE_END)
    assert (opening, spoke) == ("Swedish President Ivan Sol spoke with Norwegian President Ola Berg on Monday", True)
    assert searched == [opening]


class _Unsearchable:
    def search(self, text: str):
        raise AssertionError(f"searched: {text!r}")


def test_an_opening_without_a_word_of_speaking_is_not_searched(monkeypatch):
    monkeypatch.setattr(reports, "_SPOKE", _Unsearchable())
    assert not reports.says_anyone_spoke("The Kremlin is satisfied with the row over quotas and trawlers")


def test_the_gate_keeps_every_opening_the_pattern_finds():
    import random

    pieces = ("Spoke", "SPEAKS", "talked", "met", "meets", "held", "had", "been", "phoned", "called", "on", "rang",
              "received", "a", "the", "phone call", "call", "In", "during", "their", "conversation", "talks",
              "exchange", "meeting", "summit", "discussion", "videoconference", "video conference", "video\u00a0call",
              "\u017fpoke", "spea\u212as", "T\u0130", "Berg", "Sol", ",", "-", "\u2014")
    rng = random.Random(26)
    for _ in range(4000):
        sample = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert reports.says_anyone_spoke(sample) == (reports._SPOKE.search(sample) is not None), sample
