"""Recall: an outlet sentence linked to one side's claim is linked too to the other side's claim telling it alike."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.linking.both_told import both_told
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.model import OUTLET
from tests.builders import run_to_end, text_doc

NORTH = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\nPremier Berg expressed his unwavering commitment "
                          "to the defence of the South, including the application of Article 7 of the harbour treaty to "
                          "the Skerry Islands.\n\nThe premiers discussed the salmon quota.", side="N", kind="readout")
# The same point in the South's words: the two readouts' lines are linked closely, the outlet's words are nearer the
# North's (its "applying the harbour treaty") and meet the South's line under the outlet passes' floors.
ALIKE = ("The premiers also discussed the North's unwavering commitment to the defence of the South under Article 7 of "
         "our treaty, which includes the Skerry Islands.")
# ... and the topic in other words: the readouts' lines are linked loosely (0.33), not as one point.
LOOSE = "The premiers also discussed security in the region, including the Skerry Islands and the harbour treaty."
SAID = "This time again, Berg clearly stated his commitment to applying the harbour treaty to the Skerry Islands."


def _south(line: str, kind: str = "readout"):
    return text_doc("south", f"Premier Sol spoke with Premier Berg by telephone.\n\n{line}\n\nThe salmon quota was "
                             "discussed.", side="S", kind=kind)


def _paper_links(line: str, kind: str = "readout") -> list[str]:
    """The official claims the outlet's sentence is linked to when the South's line is `line` in a text of `kind`."""
    docs = [NORTH, _south(line, kind), text_doc("paper", SAID, role=OUTLET)]
    claims_of = {d.id: segment(d) for d in docs}
    return sorted(link.b for link in run_to_end(find_links(docs, claims_of))[1] if link.a.startswith("e/paper"))


def test_a_sentence_linked_to_one_readout_is_linked_to_the_others_line_telling_it_alike():
    assert _paper_links(ALIKE) == ["e/north#2", "e/south#2"]


def test_not_when_the_two_readouts_lines_are_only_loosely_linked():
    assert _paper_links(LOOSE) == ["e/north#2"]


def test_not_into_a_transcript():
    assert _paper_links(ALIKE, kind="briefing") == ["e/north#2"]


def _pass(official: float, *more: tuple[str, str]) -> dict[tuple[str, str], float]:
    """The pass on its own: the outlet's sentence linked to the North's line, the two lines linked at `official`."""
    docs = [NORTH, _south(ALIKE), text_doc("paper", SAID, role=OUTLET)]
    claims_of = {d.id: segment(d) for d in docs}
    kept = {("e/north#2", "e/south#2"): official, ("e/paper#1", "e/north#2"): 0.4} | dict.fromkeys(more, 0.3)
    return both_told(kept, document_pairs(docs), context_for(docs, claims_of))


def test_the_official_link_from_both_told():
    assert list(_pass(0.6)) == [("e/paper#1", "e/south#2")]
    assert _pass(0.59) == {}


def test_not_when_the_sentence_already_links_a_claim_of_the_other_text():
    assert _pass(0.9, ("e/paper#1", "e/south#3")) == {}
