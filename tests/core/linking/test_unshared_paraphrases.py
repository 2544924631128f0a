"""Traps for any rule that reads "stand with", "firmly behind" or thanks as support or gratitude: who is "behind" an
act and standing "by" a word share the names of a readout's support sentence and must not report it, and the verb
"thank" stays apart from "grateful" (helper links108: the rules themselves were measured and vetoed, Round 52)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

NORTH = text_doc("north", "Premier Berg spoke today with Premier Sol of the South.\n\n"
                          "Berg reiterated the island's steadfast support for the South in the dispute over the "
                          "northern strait.\n\nThe premiers reviewed the ferry timetable.", side="N", kind="readout")


def _outlet_links(paper_text: str) -> set[str]:
    paper = text_doc("paper", paper_text, role=OUTLET)
    return {a[:30] for a, _, _ in _links(NORTH, paper) if a in paper_text}


def test_who_is_behind_an_act_and_standing_by_a_word_are_no_support():
    for text in ("Berg said smugglers from the South were behind the dispute.",
                 "Berg said the island would stand by its word in the dispute with the South."):
        assert concept("support") not in terms(text).concepts
        assert not _outlet_links(text + "\n\nThe ferries sailed late, officials said.")


def test_the_verb_thank_is_not_gratitude():
    assert concept("thanked") != concept("grateful")
