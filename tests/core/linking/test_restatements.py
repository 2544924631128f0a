"""A speaker's pointer back to what he told earlier in the same text ("So, as I mentioned, the President described
...") is a second telling: across two official texts it pairs with nothing (`readouts.RESTATED`); "as I've said
before" is a view held over time, told once, and still pairs."""

from tests.builders import linked_starts, text_doc

NORTH = text_doc("north", "Norwegian President Ola Berg described the implications if Sweden ships arms to the rebels "
                          "in the northern provinces.", side="NO")


def _pairs(told: str) -> set[tuple[str, str]]:
    briefing = "Swedish President Ivan Sol listened to the worries about the harbour tariffs.\n\n" + told
    return linked_starts(NORTH, text_doc("south", briefing, side="SE"))


def test_a_restatement_pairs_with_nothing():
    pairs = _pairs("So, as I mentioned, the President described the implications if Sweden ships arms to the rebels "
                   "in the northern provinces.")
    assert not any(b.startswith("So, as I") for _, b in pairs)


def test_a_view_said_before_still_pairs():
    pairs = _pairs("As I've said before, the President described the implications if Sweden ships arms to the "
                   "rebels in the northern provinces.")
    assert ("Norwegian President ", "As I've said before,") in pairs
