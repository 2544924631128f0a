"""Two sides' short readouts tell a call's topics in the same order: two claims left without a partner between the
same kept pairs pair on one shared content concept (`readout_order.in_order`), not across the order nor across leaders."""

from tests.builders import linked_starts, text_doc

OPENING = ("US President Joe Biden spoke by telephone with Russian President Vladimir Putin about the fisheries accord.",
           "Russian President Vladimir Putin held a telephone call with US President Joe Biden on the fisheries accord.")
HARBOUR = ("The presidents reviewed the harbour tariffs and the costs of the lighthouse.",
           "The two presidents reviewed the harbour tariffs and shared the costs of the lighthouse.")
FERRY = ("The presidents agreed to open a ferry line between the two capitals next spring.",
         "The presidents agreed to open a ferry line between the capitals in the spring.")
CALM = "The presidents expressed full support for an early return of calm along the river border."
TALKS = "The presidents affirmed their continued support for a settlement of the dispute by talks under the old treaties."


def _pairs(north: str, south: str, north_first: bool = False) -> set[tuple[str, str]]:
    """The links of two readouts: the opening, the harbour and the ferry in both, `north` after the harbour (before
    it with `north_first`) and `south` after the harbour."""
    north_parts = [OPENING[0], HARBOUR[0], FERRY[0]]
    north_parts.insert(1 if north_first else 2, north)
    text_n = "\n\n".join(north_parts)
    text_s = "\n\n".join([OPENING[1], HARBOUR[1], south, FERRY[1]])
    return linked_starts(text_doc("north", text_n, side="US"), text_doc("south", text_s, side="RU"))


def test_two_free_claims_between_the_same_kept_pairs_pair():
    pairs = _pairs(CALM, TALKS)
    assert ("The presidents revie", "The two presidents r") in pairs
    assert ("The presidents agree", "The presidents agree") in pairs
    # one word in common ("support"), each other's only free claim between the harbour and the ferry
    assert ("The presidents expre", "The presidents affir") in pairs


def test_free_claims_across_the_order_stay_apart():
    """North tells the calm before the harbour, South the talks after it: the order does not put them together."""
    assert ("The presidents expre", "The presidents affir") not in _pairs(CALM, TALKS, north_first=True)


def test_two_leaders_words_stay_apart():
    """Biden's support and Putin's are each leader's own words: no counterpart of each other by their place alone."""
    pairs = _pairs(CALM.replace("The presidents", "President Biden"),
                   TALKS.replace("The presidents", "President Putin").replace("their", "his"))
    assert ("President Biden expr", "President Putin affi") not in pairs
