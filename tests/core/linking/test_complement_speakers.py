"""A claim left over joins a partner already taken (a compound sentence told in two) only when the two do not name
different sides' leaders as the ones who spoke (`readouts.one_to_one`, `_two_speakers`)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.readouts import MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD, one_to_one
from readout_viewer.core.linking.weights import weights_for
from tests.builders import text_doc
from tests.core.linking.test_align import _links

NORTH = text_doc("north", "President Berg welcomed the new fisheries accord with its safe harbour pilots along the "
                          "coast.", side="NO")
TAKEN = "President Berg welcomed the new fisheries accord."


def _paired(second: str, speakers_of: dict[str, str]) -> set[tuple[str, str]]:
    """The pairs one_to_one keeps between NORTH and a text of TAKEN then `second`, each claim's speaker given by its
    first words (`speakers_of`: a prefix to a side)."""
    south = text_doc("south", f"{TAKEN} {second}", side="SE")
    claims_of = {d.id: segment(d) for d in (NORTH, south)}
    terms, w = weights_for(claims_of)
    left, right = claims_of[NORTH.id], claims_of[south.id]
    speakers = {c.id: side for c in (*left, *right) for prefix, side in speakers_of.items() if c.text.startswith(prefix)}
    kept = one_to_one(left, right, terms, w, MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD, speakers=speakers)
    text = {c.id: c.text for c in (*left, *right)}
    return {(text[a][:20], text[b][:20]) for a, b in kept}


def test_the_same_leaders_other_point_joins_the_compound_sentence():
    pairs = _paired("Berg also stressed the need for safe harbour pilots in the straits.",
                    {"President Berg": "NO", "Berg also": "NO"})
    assert ("President Berg welco", "Berg also stressed t") in pairs


def test_the_other_leaders_point_on_shared_words_does_not():
    pairs = _paired("Sol also stressed the need for safe harbour pilots in the straits.",
                    {"President Berg": "NO", "Sol also": "SE"})
    assert ("President Berg welco", "President Berg welco") in pairs
    assert ("President Berg welco", "Sol also stressed th") not in pairs


def test_without_speakers_the_parts_join_as_before():
    south = text_doc("south", f"{TAKEN} Sol also stressed the need for safe harbour pilots in the straits.", side="SE")
    claims_of = {d.id: segment(d) for d in (NORTH, south)}
    terms, w = weights_for(claims_of)
    left, right = claims_of[NORTH.id], claims_of[south.id]
    kept = one_to_one(left, right, terms, w, MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD)
    assert set(kept) == {(left[0].id, right[0].id), (left[0].id, right[1].id)}  # main's pairs: the gate needs speakers


def _linked_to_accord(second: str) -> list[str]:
    """The south readout's lines linked, in the whole linking, to the north's compound sentence."""
    north = text_doc("north", "Norwegian President Ola Berg spoke today with Swedish President Ivan Sol.\n\n"
                              "President Berg welcomed the new fisheries accord with its safe harbour pilots along the "
                              "coast.", side="NO")
    south = text_doc("south", "Swedish President Ivan Sol spoke today with Norwegian President Ola Berg.\n\n"
                              f"{TAKEN}\n\n{second}", side="SE")
    return [b for a, b, _ in _links(north, south) if a.startswith("President Berg welcomed")]


def test_a_readouts_other_leader_on_the_compounds_second_part_is_not_linked_to_it():
    assert _linked_to_accord("President Sol also stressed the need for harbour pilots.") == [TAKEN]
    berg = "President Berg also stressed the need for harbour pilots."
    assert _linked_to_accord(berg) == [TAKEN, berg]
