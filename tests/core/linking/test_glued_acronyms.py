"""A folder's acronym glued to the next word ("the unity of NATOthemes", a machine rendering) is read as the acronym
and the word (`terms._words`); capitals the folder never writes apart stay one word."""

from readout_viewer.core.linking.terms import terms
from tests.builders import text_doc
from tests.core.linking.test_align import _links

GLUED = "Berg and Sol reaffirmed the strength of the NORDthemes to be settled at the harbour summit."


def test_a_folder_acronym_glued_to_a_word_is_read_apart():
    concepts = terms(GLUED, frozenset({"nord"})).concepts
    assert "nord" in concepts and not any(c.startswith("nordth") for c in concepts)


def test_capitals_the_folder_never_writes_apart_stay_one_word():
    concepts = terms("The SOLberg ferry sailed.", frozenset({"nord"})).concepts
    assert "sol" not in concepts and "nord" not in concepts


def test_a_glued_acronym_links_to_the_other_readouts_line_on_it():
    north = text_doc("north", "Premier Berg spoke by phone with President Sol.\n\n"
                     "They also coordinated on preparations ahead of the coming NORD summit.", side="NO")
    south = text_doc("south", "President Sol had a telephone conversation with Premier Berg.\n\n" + GLUED, side="SE")
    assert [a for a, b, _ in _links(north, south) if b == GLUED] == [
        "They also coordinated on preparations ahead of the coming NORD summit."]
