"""A photo's caption in the present tense with two people named and the verb in the plural is a caption."""

from readout_viewer.core.language.captions import present_caption
from readout_viewer.core.language.segment import segment
from readout_viewer.core.model import Document


def _kinds(text: str) -> list[str]:
    return [c.kind for c in segment(Document(id="e/d", path="e/d.txt", title="d", text=text))]


def test_two_people_doing_something_now_under_a_photo_is_a_caption():
    text = ("Norway's Prime Minister Ola Berg and Sweden's President Anna Lind arrive ahead of their meeting at the "
            "palace in Oslo, Norway, May 2, 2023.\n\n"
            "The two leaders spoke by phone about the fishing quotas on Tuesday.")
    assert _kinds(text) == ["caption", "statement"]
    assert present_caption("Ola Berg (left) and Anna Lind shake hands at the harbour in Oslo.")


def test_a_plural_sentence_with_a_finite_verb_or_in_the_past_stays_a_statement():
    assert not present_caption("Ola Berg and Anna Lind meet today, and the talks will decide the quotas.")
    assert not present_caption("Ola Berg and Anna Lind met at the harbour in Oslo.")
    assert not present_caption("Ola Berg and Anna Lind arrive in Oslo")  # a headline: no full stop
