"""One side's sentence of two parts told in two sentences by the other (`linking.told_apart`): the claim that tells
the part its counterpart does not joins the sentence too."""

from tests.builders import linked_starts, text_doc

NORTH = text_doc("north", "Ola Berg spoke with Ivan Sol of Sweland by telephone today.\n\n"
                          "We agreed to work together, very closely, including an exchange of visits.\n\n"
                          "We discussed the price of grain.", side="NO")
SOUTH = text_doc("south", "Ivan Sol had a telephone conversation with Ola Berg of Norland.\n\n"
                          "Ivan Sol supported the thesis of Ola Berg that the time has come for our countries to work "
                          "together very closely.\n\nIvan Sol invited Ola Berg to visit the capital in the "
                          "summer.\n\nThe presidents discussed grain prices.", side="SE")


def test_the_claim_telling_the_other_part_of_a_sentence_joins_it():
    pairs = linked_starts(NORTH, SOUTH)
    assert ("We agreed to work to", "Ivan Sol supported t") in pairs
    assert ("We agreed to work to", "Ivan Sol invited Ola") in pairs


def test_a_claim_telling_the_part_the_counterpart_tells_stays_apart():
    south = text_doc("south", SOUTH.text.replace("to visit the capital", "to work on the capital"), side="SE")
    pairs = linked_starts(NORTH, south)
    assert ("We agreed to work to", "Ivan Sol supported t") in pairs
    assert ("We agreed to work to", "Ivan Sol invited Ola") not in pairs
