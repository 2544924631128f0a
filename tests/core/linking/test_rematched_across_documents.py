"""A side that tells a call in two texts: a claim whose weak partner in one of them is beaten by a stronger one in the
other loses it (`readout_order.best_across_documents`), and that partner is then free for the claim of the first text that
tells the same thing (`readout_order.rematched`)."""

from tests.builders import linked_starts, text_doc

RANGE = "The two leaders held a candid discussion on a range of regional and global issues."
CHANNELS = ("The two leaders welcomed ongoing efforts to maintain open channels of communication and to manage the "
            "relationship prudently.")
NORTH = text_doc("north", "Norwegian President Ola Berg held a phone call with Swedish President Ivan Sol.\n\n"
                          f"{RANGE}\n\n{CHANNELS}", side="NO")
SOUTH = text_doc("south", "Swedish President Ivan Sol held a phone call with Norwegian President Ola Berg.\n\n"
                          "The presidents had a candid discussion on a range of regional and global issues of common "
                          "concern.", side="SE")
SOUTH_REMARKS = text_doc("south-remarks", "Sol said the two sides should strengthen dialogue, manage differences "
                                          "prudently and coordinate on regional issues.", side="SE")


def test_a_partner_freed_across_documents_joins_the_claim_that_tells_the_same_thing():
    pairs = linked_starts(NORTH, SOUTH, SOUTH_REMARKS)
    assert ("The two leaders held", "The presidents had a") in pairs
    assert ("The two leaders held", "Sol said the two sid") not in pairs  # beaten in the other text
    assert ("The two leaders welc", "Sol said the two sid") in pairs
