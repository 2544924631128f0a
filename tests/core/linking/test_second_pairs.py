"""Two sides' readouts: a compound sentence of each holds a part of the other's, so two claims that both have a first
partner still pair when they share several content concepts (`readouts.SECOND_PAIR_THRESHOLD`)."""

from tests.builders import linked_starts, text_doc

NORTH = ("Premier Berg said the two nations should respect each other, keep the fisheries accord, and run their harbour "
         "tariffs well while sharing the costs of the lighthouse.\n\n"
         "We should each run our harbour tariffs well, share the costs of the lighthouse and train its keepers "
         "together.\n\n"
         "Premier Berg praised the new ferry timetable.\n\n"
         "The premiers discussed the naval exercises near the islands.")
SOUTH = ("Premier Sol said the two nations should respect each other and keep the fisheries accord.\n\n"
         "The two nations should each run their harbour tariffs well and train the keepers of the lighthouse "
         "together.\n\n"
         "Premier Sol recalled the long friendship of the two fleets.\n\n"
         "Premier Sol voiced worries about the naval exercises.")


def test_two_claims_each_with_a_partner_still_pair_on_several_shared_concepts():
    pairs = linked_starts(text_doc("north", NORTH, side="N"), text_doc("south", SOUTH, side="S"))
    # each has its first partner: the same words ...
    assert ("Premier Berg said th", "Premier Sol said the") in pairs
    assert ("We should each run o", "The two nations shou") in pairs
    # ... and Berg's compound sentence holds the other half of Sol's second: harbour tariffs run well, lighthouse
    assert ("Premier Berg said th", "The two nations shou") in pairs


def test_two_texts_of_one_government_keep_one_partner_each():
    """A readout and its leader's remarks are drafted in the same words: a second pair between them is a restatement,
    not the other half of a compound sentence (their floors are the long texts')."""
    pairs = linked_starts(text_doc("north", NORTH, side="N"), text_doc("south", SOUTH, side="N"))
    assert ("We should each run o", "The two nations shou") in pairs
    assert ("Premier Berg said th", "The two nations shou") not in pairs
