"""A claim left over that tells one leader's act joins the other side's claim that was paired only with the other
leader's answer to it (`linking/own_voices.py`)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.own_voices import own_voices
from readout_viewer.core.linking.weights import weights_for
from tests.builders import text_doc
from tests.core.linking.test_align import _links

CALL = ("Norwegian Prime Minister Ola Berg held a telephone conversation today with Swedish Prime Minister Ivan Sol."
        "\n\n")
NOTED = ("The Swedish side also positively noted the well-known coast guard initiative of the fjord states, including "
         "Norway, aimed at ending smuggling.")
BERG_SUPPORT = ("Prime Minister Berg offered Norway's full support to coast guard initiatives that will end smuggling "
                "and bring lasting calm to the fjords.")


def _linked_to_noted(act: str) -> list[str]:
    """The north readout's lines linked, in the whole linking, to the south readout's line on the initiative."""
    north = text_doc("north", f"{CALL}{act}\n\n{BERG_SUPPORT}", side="NO")
    south = text_doc("south", "Swedish Prime Minister Ivan Sol held a telephone conversation with Norwegian Prime "
                              f"Minister Ola Berg.\n\n{NOTED}", side="SE")
    return sorted(a for a, b, _ in _links(north, south) if b == NOTED)


def test_the_leaders_own_act_joins_the_line_paired_with_the_other_leaders_answer():
    sol = ("Prime Minister Sol expressed his appreciation for Norway's role in advancing the joint coast guard patrols "
           "in the northern fjords.")
    assert _linked_to_noted(sol) == [BERG_SUPPORT, sol]


def _voices(speakers: dict[str, str]) -> set[tuple[str, str]]:
    """own_voices between two tiny readouts, the answer already paired, each claim's speaker given by its first word
    (`speakers`: a first word to a side)."""
    north = text_doc("north", "Sol praised the harbour pilots of the coast guard. Berg backed harbour pilots for the "
                              "coast guard.", side="NO")
    south = text_doc("south", "The southern side noted the harbour pilots of the coast guard.", side="SE")
    claims_of = {d.id: segment(d) for d in (north, south)}
    terms, w = weights_for(claims_of)
    left, right = claims_of[north.id], claims_of[south.id]
    said = {c.id: speakers.get(c.text.split()[0], "") for c in (*left, *right)}
    out = own_voices({(left[1].id, right[0].id): 0.3}, left, right, terms, w, {k: v for k, v in said.items() if v})
    text = {c.id: c.text.split()[0] for c in (*left, *right)}
    return {(text[a], text[b]) for a, b in out}


def test_only_a_leader_named_joins_and_only_beside_the_other_leaders_answer():
    assert _voices({"Sol": "SE", "Berg": "NO"}) == {("Sol", "The")}
    assert _voices({"Sol": "SE", "Berg": "SE"}) == set()  # its partner tells the same leader's act
    assert _voices({"Berg": "NO"}) == set()  # the claim left over names no one who acted
    assert _voices({"Sol": "SE", "Berg": "NO", "The": "NO"}) == set()  # the line tells the other leader's act
