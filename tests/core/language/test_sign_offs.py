"""An outlet's sign-off to its reader and a teaser headline are page furniture (issue 16); claims of their shape are not."""

from readout_viewer.core.language import kinds
from readout_viewer.core.language.segment import segment
from readout_viewer.core.language.signoffs import sign_off
from readout_viewer.core.model import BOILERPLATE, CAPTION, STATEMENT, Document

_BODY = "Prime Minister Ola Berg and President Anna Lind spoke about the fishing quotas on Tuesday."


def _kinds(text: str) -> list[str]:
    return [c.kind for c in segment(Document(id="e/d", path="e/d.txt", title="d", text=text))]


def test_a_sign_off_to_the_reader_is_page_furniture_wherever_it_stands():
    for line in ("Stay tuned for more updates on this developing story.", "This is a developing story.",
                 "Check back later for updates on the talks.", "More updates to follow.",
                 "For the latest updates, follow the harbour desk."):
        assert sign_off(line), line
        assert _kinds(f"{line}\n\n{_BODY}") == [BOILERPLATE, STATEMENT], line


def test_a_leader_saying_stay_tuned_is_reported_speech():
    line = "Stay tuned, Berg told reporters when asked whether new quotas would follow."
    assert not sign_off(line)
    assert set(_kinds(f"{_BODY}\n\n{line}")) == {STATEMENT}


def test_news_still_to_come_is_a_sign_off_only_in_the_closing_paragraph():
    line = "Further details about the talks and their implications are expected to emerge in the coming days."
    assert _kinds(f"{_BODY}\n\n{line}") == [STATEMENT, BOILERPLATE]
    assert set(_kinds(f"{line}\n\n{_BODY}")) == {STATEMENT}  # inside the story it may tell what a side announced


def test_details_a_side_will_release_stay_a_statement_even_at_the_end():
    line = "Further details of the quota deal will be released by the two governments on Friday."
    assert set(_kinds(f"{_BODY}\n\n{line}")) == {STATEMENT}


def test_a_teaser_headline_listing_its_questions_is_page_furniture():
    assert kinds.kind_of("All about the talks between Berg and Lind: who called whom, and what they agreed.") \
        == BOILERPLATE
    assert kinds.kind_of("Everything you need to know about the quotas: what changes for the fleet.") == BOILERPLATE
    # a colon not followed by the questions the piece answers, or "all about" inside a sentence, states
    assert kinds.kind_of("All about trust: Berg and Lind renewed their fishing pact for ten years.") == STATEMENT
    assert kinds.kind_of("Berg said the talks were all about the quotas: who may fish where.") == STATEMENT


def test_a_present_scene_is_a_caption_by_its_place_and_a_claim_in_a_story():
    scene = "Prime Minister Ola Berg delivers remarks on the quotas at the harbour in Bergen, Norway, May 2, 2024."
    assert _kinds(f"{_BODY}\n\n{scene}") == [STATEMENT, CAPTION]  # a paragraph of its own: a photo's caption
    # the same sentence run on in a story's paragraph is what the story tells
    assert set(_kinds(f"{scene} He said the fleet would keep its quotas.")) == {STATEMENT}
