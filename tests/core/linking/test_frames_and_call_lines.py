"""A readout line that frames its leader's remarks ("He made the remarks when having a phone conversation with ...")
says when they were said: across two sides' readouts it pairs with the other side's line that only says the leaders
spoke, not with what the other side's leader said (`readouts._frame_on_content`)."""

from tests.builders import linked_starts, text_doc

FRAMED = "He made the remarks when having a phone conversation with Swedish President Ivan Sol."
NORTH = text_doc("north", "Norwegian President Ola Berg said the harbour tariffs would stay.\n\n" + FRAMED, side="NO")


def _pairs(south: str) -> set[tuple[str, str]]:
    return linked_starts(NORTH, text_doc("south", south, side="SE"))


def test_a_frame_of_remarks_does_not_pair_with_the_other_leaders_words():
    pairs = _pairs("Swedish President Ivan Sol informed the Norwegian president about recent Swedish-Danish contacts.")
    assert not any(a.startswith("He made") or b.startswith("He made") for a, b in pairs)


def test_a_frame_of_remarks_still_pairs_with_the_other_sides_call_line():
    pairs = _pairs("Swedish President Ivan Sol held a phone conversation with Norwegian President Ola Berg.")
    assert ("He made the remarks ", "Swedish President Iv") in pairs
