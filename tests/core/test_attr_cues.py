"""Attribution cues on tiny literal folders: phrasings that pin a statement on a source."""

import pytest

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, SUPPORTED, Claim, Document
from readout_viewer.core.quotes.check import check_quotes

US_TEXT = ("The President spoke today with the Chancellor. He urged restraint along the northern border. "
           "He made clear that the allies would respond firmly to any new incursion.")
RU_TEXT = ("The Chancellor and the President discussed the grain corridor. The President pledged that no new "
           "missile batteries would be placed near the northern border. Both sides agreed to keep talking.")


def _doc(doc_id, text, role=OUTLET, source=None, side=None, kind=None, author=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1",
                    source=source, side=side, kind=kind, author=author)


def _check(news_text):
    """The attributions of one outlet text beside two readouts."""
    docs = [_doc("us", US_TEXT, OFFICIAL, "The White House", "US", "readout", "Jen Psaki"),
            _doc("ru", RU_TEXT, OFFICIAL, "Kremlin", "RU", "readout"), _doc("news", news_text, source="Daily Paper")]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in docs}
    return [a for a in check_attributions(docs, claims, [], check_quotes(docs)) if a.doc == "news"], docs[2].text


def test_a_sentence_saying_only_where_the_one_before_is_stated_cites_it():
    found, text = _check("Snow fell. The allies would respond firmly to any new incursion. This is stated in a "
                         "press release published on the White House's website.")
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)]
    assert text[found[0].start:].startswith("The allies would respond")


def test_what_unnamed_officials_said_is_no_charge_when_their_side_lacks_it():
    found, _ = _check("Two senior US officials said the grain harvest in the southern provinces had failed badly.")
    assert found == []


def test_an_official_left_unplaced_speaks_for_the_side_named_just_before():
    found, text = _check("The White House spoke of the call. An official described the allies as ready to respond "
                         "firmly to any new incursion.")
    assert [(a.cited, a.verdict, a.cited_as) for a in found] == [("us", SUPPORTED, "An official (The White House)")]


def test_the_official_goes_on_for_the_unnamed_officials_named_before():
    found, _ = _check("A senior US official said the President urged restraint along the northern border. The allies "
                      "would respond firmly to any new incursion, said the official.")
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED), ("us", SUPPORTED)]
    assert found[1].cited_as.startswith("the official")


def test_a_role_with_the_stands_for_the_spokesperson_just_named():
    found, _ = _check("Psaki said so. The allies would respond firmly to any new incursion, the White House press "
                      "secretary stated.")
    assert [(a.cited, a.verdict, a.cited_as) for a in found] == [
        ("us", SUPPORTED, "the White House press secretary (Psaki)")]


def test_a_leaders_unnamed_aide_speaks_for_the_leaders_side():
    found, _ = _check("Russian President Vladimir Putin spoke with the Chancellor. Putin's aide said the two "
                      "discussed the grain corridor at length.")
    assert [(a.cited, a.verdict, a.cited_as) for a in found] == [("ru", SUPPORTED, "Putin's aide")]


@pytest.mark.parametrize("text", [
    pytest.param("According to the press service of the White House, the President urged restraint along "
                 "the northern border.",
                 id="the_press_service_of_a_source_is_that_source"),
    pytest.param("Psaki said so. According to her, the President urged restraint along the "
                 "northern border, the Daily Paper reports.",
                 id="a_text_naming_itself_leaves_the_pronoun_to_cite"),
    pytest.param("Two senior US officials said the President urged restraint along the northern border.",
                 id="unnamed_officials_of_a_side_cite_its_texts"),
    pytest.param("Psaki said so. The talks lasted an hour. The allies would respond firmly to any new "
                 "incursion, she added.",
                 id="she_added_speaks_for_a_spokesperson_across_one_sentence_without_a_cue"),
    pytest.param('Psaki said so. Asked about the border, she replied: "The allies would respond firmly to any '
                 'new incursion."',
                 id="she_replied_speaks_for_the_person_just_named"),
    pytest.param('"The allies would respond firmly to any new incursion," Psaki was quoted by a wire service '
                 'as saying.',
                 id="was_quoted_as_saying_cites_who_was_quoted"),
])
def test_a_phrasing_cites_the_readout_that_supports_it(text):
    """Each phrasing pins the statement on the White House, whose readout carries it."""
    found, _ = _check(text)
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)]


def test_a_cue_followed_only_by_when_and_where_it_was_said_looks_back():
    found, text = _check("The President urged restraint along the northern border, the White House said in a readout "
                         "released after the telephone call on Friday evening.")
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)]
    assert text[found[0].start:].startswith("The President urged")


def test_a_sides_account_named_by_its_adjective_cites_its_official_text():
    for said in ("The US readout said the President urged restraint along the northern border.",
                 "The President urged restraint along the northern border, according to the American statement."):
        found, _ = _check(said)
        assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)], said


def test_an_account_named_with_what_it_is_of_is_still_the_subject_that_speaks():
    for said in ("The White House's readout of the call said the President urged restraint along the northern border.",
                 "The White House summary of Thursday's conversation said the President urged restraint along the "
                 "northern border."):
        found, _ = _check(said)
        assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)], said
