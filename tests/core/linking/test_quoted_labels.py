"""A short quotation that the one official claim holding it quotes too is a label both texts borrow (a name for a
thing), not that claim's words: no echo links the outlet sentence to it; a short quotation of the claim's own words
still does."""

from readout_viewer.core.linking.quoted_phrases import Echoes
from readout_viewer.core.model import Claim

OFFICIAL = ["The minister said the bank does not back the \u201cgreen rivers\u201d plan.",
            "The two ministers held calm and frank talks on the harbour."]
CLAIMS = [Claim(f"gov#{i}", "gov", 0, len(t), t) for i, t in enumerate(OFFICIAL, 1)]


def test_a_label_both_quote_is_no_echo():
    outlet = Claim("paper#1", "paper", 0, 80, "Critics warned that farmers sent mixed signals to \u201cgreen rivers\u201d groups.")
    assert Echoes(CLAIMS).echoed(outlet, "gov") == []


def test_the_claims_own_words_quoted_still_echo():
    outlet = Claim("paper#2", "paper", 0, 60, "The talks were \u201ccalm and frank\u201d, the paper said.")
    assert Echoes(CLAIMS).echoed(outlet, "gov") == [CLAIMS[1]]
