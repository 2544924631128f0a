"""Page debris kept out of the claims: a caption that places a person in commas, a pointer to the page's player, a
stray lower-case word left after a sentence's full stop."""

from readout_viewer.core.language.captions import present_caption
from readout_viewer.core.language.kinds import kind_of
from readout_viewer.core.language.segment import segment
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.model import BOILERPLATE, Document


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, text[c.start:c.end]) for c in segment(Document(id="e/d", path="e/d.txt", title="d", text=text))]


def test_a_caption_that_places_a_person_in_commas_is_a_caption():
    text = ("Norwegian Prime Minister Ola Berg, left, and Swedish President Anna Lind meet May 2 at the harbour in "
            "Oslo.\n\nThe two leaders spoke about the fishing quotas on Tuesday.")
    assert [kind for kind, _ in _kinds(text)] == ["caption", "statement"]
    assert present_caption("Prime Minister Ola Berg, right, greets President Anna Lind at the palace.")


def test_a_name_in_commas_that_did_something_stays_a_statement():
    assert not present_caption("Prime Minister Ola Berg, left, and President Anna Lind discussed the quotas by phone.")
    assert not present_caption("Ola Berg, the premier, and Anna Lind meet today, and the talks will decide the quotas.")


def test_a_pointer_to_the_player_is_page_furniture():
    assert kind_of("Watch their remarks in the player above.") == BOILERPLATE
    assert kind_of("Listen to the full interview in the audio player below.") == BOILERPLATE
    assert kind_of("Watch the harbour closely, Berg told the fleet above the port.") != BOILERPLATE


def test_a_stray_lower_case_word_is_a_sentence_of_its_own_and_no_claim():
    text = ("They agreed to restore the talks quickly and effectively. candy. Berg thanked Lind for the help of the "
            "coast guard.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "They agreed to restore the talks quickly and effectively.", "candy.",
        "Berg thanked Lind for the help of the coast guard."]
    assert kind_of("candy.") == BOILERPLATE
    assert [kind for kind, _ in _kinds(text) if kind == "statement"] == ["statement", "statement"]
    # initials and abbreviations still run on: "U.S. officials." and "Apple Inc. shares" are no stray words
    assert len(sentences("The talks involved U.S. officials. They met.")) == 2
