"""A close report of one leader's words is not relayed to the other side's sentence that runs on the other leader's
words (`speakers.run_on`): the outlet pass already keeps it from that sentence, and so does the relay."""

from readout_viewer.core.model import OUTLET
from tests.builders import linked_starts, text_doc

CENTENARY = "Next year marks a hundred years since the treaty on the harbour of the Baltic was signed."
# Norway's line and the outlet's report of it in the same words; Sweden's in others (no run of three words in common)
SAID = "Ola Berg stated that the Baltic harbour treaty turns a hundred years old next year"
NORTH = text_doc("north", f"Norwegian President Ola Berg spoke today with Swedish President Ivan Sol.\n\nPresident "
                 f"{SAID}.", side="NO")
PAPER = text_doc("paper", f"{SAID}, state media said.", role=OUTLET)


def _south(opener: str):
    """Sweden's readout: the leaders spoke, then a paragraph opened by `opener`, then the centenary."""
    return text_doc("south", f"Swedish President Ivan Sol spoke with Norwegian President Ola Berg.\n\n{opener} "
                    f"{CENTENARY}", side="SE")


def _relayed(south) -> set[str]:
    """The starts of the Swedish lines the outlet's sentence links."""
    return {b for a, b in linked_starts(NORTH, south, PAPER) if a == SAID[:20] and b in south.text}


def test_a_report_of_one_leader_is_not_relayed_to_the_other_leaders_run_on_words():
    south = _south("Ivan Sol stressed that the two countries are close neighbours.")
    assert ("President Ola Berg s", CENTENARY[:20]) in linked_starts(NORTH, south)  # the two sides' lines
    assert CENTENARY[:20] not in _relayed(south)


def test_it_is_relayed_to_the_same_leaders_run_on_words():
    assert CENTENARY[:20] in _relayed(_south("Ola Berg stressed that the two countries are close neighbours."))
