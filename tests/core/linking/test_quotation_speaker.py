"""An outlet's quotation closed on one leader ('"...," stated Berg') does not report the other leader's words."""

from readout_viewer.core.model import OUTLET
from tests.builders import linked_starts, text_doc

# Norway's readout tells Sol's words on in a sentence of their own (speakers.run_on: Sol's too).
NORTH = text_doc("north", "Norwegian President Ola Berg spoke today with Swedish President Per Sol.\n\nPer Sol stressed "
                 "that the two countries are close neighbours. Next year marks the tenth anniversary of the fishing "
                 "accord between Sweden and Norway.", side="NO")
SOUTH = text_doc("south", "Swedish President Per Sol had a telephone conversation with Norwegian President Ola Berg."
                 "\n\nOla Berg proposed a joint patrol of the northern strait.", side="SE")
QUOTED = ("Stable ties matter, \u2018since next year brings the tenth anniversary of the fishing accord of Sweden and "
          "Norway,\u2019 {verb} {who}.")


def _linked(verb: str, who: str) -> bool:
    paper = text_doc("paper", QUOTED.format(verb=verb, who=who), role=OUTLET)
    return ("Stable ties matter, ", "Next year marks the ") in linked_starts(NORTH, SOUTH, paper)


def test_a_quotation_given_to_one_leader_is_not_linked_to_the_other_leader_s_words():
    assert not _linked("stated", "Ola Berg")


def test_the_same_quotation_given_to_the_leader_who_said_it_is_linked():
    assert _linked("stated", "Per Sol")
    assert _linked("wrote", "the newspaper")  # nobody's words in particular: linked on what it says
