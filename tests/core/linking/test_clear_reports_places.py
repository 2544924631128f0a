"""Recall: a place the folder names so often that it counts as who the event is about is still a thing a leader's
report and the one official claim it comes near name in common, unless it names a party of the call."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

CALL = "Norwegian Prime Minister Ola Berg received a telephone call today from Swedish President Ivan Sol."


def _linked(place: str) -> set[str]:
    mast = (f"Berg informed Sol of the situation in the north and of this morning's attack on {place} resulting in "
            "the destruction of the radio mast.")
    rest = [f"Sol condemned the shelling of {place} and Narvik by the rebels.",
            f"The leaders agreed to rebuild the harbour of {place} before the winter.",
            "The leaders reviewed the fisheries accord and the quotas for cod and herring.",
            "Berg invited Sol to the autumn regatta in Bergen.",
            "The ministers will meet again in the spring to sign the whaling protocol."]
    north = text_doc("north", "\n\n".join([CALL, mast, *rest]), side="NO")
    sentence = (f"Berg said he and Sol also discussed the rebels' air terror using drones, with a strike on the "
                f"{place} radio mast just hours before the call.")
    paper = text_doc("paper", sentence + "\n\nFishermen in the north welcomed the call.", role=OUTLET)
    return {b[:19] for a, b, _ in _links(paper, north) if a == sentence}


def test_a_city_named_often_is_a_second_thing_beside_the_radio_mast():
    # "the radio mast" is one thing (two words side by side in both); the city struck is another
    assert _linked("Tromso") == {"Berg informed Sol o"}


def test_a_party_of_the_call_is_no_thing_named():
    assert _linked("Norway") == set()
