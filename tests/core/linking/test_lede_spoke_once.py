"""An opening's "spoke" (`ledes._SPOKE`) is searched once: `_spoken_opening` gives the opening with what its search
found, which `_lede` reads instead of searching the same text again."""

from readout_viewer.core.linking import ledes

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
        for end in (ledes._LEDE_END, ledes._PURPOSE):
            opening, spoke = ledes._spoken_opening(text, end)
            assert opening == ledes._opening(text, end)
            assert spoke is None or spoke == (ledes._SPOKE.search(opening) is not None), text


def test_an_opening_without_a_setting_is_searched_once(monkeypatch):
    searched: list[str] = []
    real = ledes._SPOKE

    class Counting:
        def search(self, text: str):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(ledes, "_SPOKE", Counting())
    opening, spoke = ledes._spoken_opening(_TEXTS[0], ledes._LEDE_END)
    assert (opening, spoke) == ("Swedish President Ivan Sol spoke with Norwegian President Ola Berg on Monday", True)
    assert searched == [opening]
