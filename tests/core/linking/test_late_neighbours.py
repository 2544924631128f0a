"""A point one readout tells in one sentence and the other in two: once the order rule has paired what it pairs, the
second sentence joins its paragraph neighbour's partner from the mutual floor when the two name the same speaker or
none (`readout_order.late_neighbours`), and not across two speakers."""

from tests.builders import linked_starts, text_doc

OPENING = ("US President Joe Biden spoke by telephone with Russian President Vladimir Putin about the harbour accords.",
           "Russian President Vladimir Putin held a telephone call with US President Joe Biden on the harbour accords.")
FERRY = ("The presidents agreed to open a ferry line between the two capitals next spring.",
         "The presidents agreed to open a ferry line between the capitals in the spring.")
TREATY = "the river treaty, the fishing quotas and the safety of the border crossings."
SUPPORT = "The presidents emphasized their support for the river treaty and its fishing quotas."
PATROLS = ("Together, they agreed to step up joint patrols at the crossings and keep the border safe for travellers, "
           "traders, pilgrims, students and tourists in the busy summer months.")


def _pairs(treaty: str) -> set[tuple[str, str]]:
    """The links of two readouts: the opening and the ferry in both; North tells the river in one sentence
    (`treaty`), South in two sentences of one paragraph (SUPPORT, paired with it, then PATROLS)."""
    north = text_doc("north", "\n\n".join([OPENING[0], treaty, FERRY[0]]), side="US")
    south = text_doc("south", "\n\n".join([OPENING[1], f"{SUPPORT} {PATROLS}", FERRY[1]]), side="RU")
    return linked_starts(north, south)


def test_the_second_sentence_joins_its_neighbours_partner():
    """PATROLS scores under the neighbour rule's floor (0.15) with North's sentence, from the mutual floor (0.12)
    up (0.14: the border, the crossings); neither names a speaker."""
    pairs = _pairs(f"The presidents discussed {TREATY}")
    assert ("The presidents discu", "The presidents empha") in pairs
    assert ("The presidents discu", "Together, they agree") in pairs


def test_a_leaders_own_sentence_takes_no_unattributed_neighbour():
    """North's sentence is Biden's (a speaker), PATROLS names none: no counterpart by its place alone (0.13)."""
    pairs = _pairs(f"President Biden raised {TREATY}")
    assert ("President Biden rais", "The presidents empha") in pairs
    assert ("President Biden rais", "Together, they agree") not in pairs
