"""A link the engine made is evidence the judge reads before it compares words: a sentence linked to a claim of the cited
text that states a point (not only the call's scene) is carried by that text, though the two word it apart
(evidence._cited_scores with `by_link`)."""

from dataclasses import replace

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import AGREE, OFFICIAL, SUPPORTED, UNSUPPORTED, Claim, Link
from tests.builders import reading

HQ_TEXT = ("President Anna Holm had a phone call with President Mark Varga. "
           "Anna Holm informed the Vela president about recent maritime contacts with the northern fleets.")
HQ_TITLE = "President Anna Holm's call with President Mark Varga"
# the cited office's point in other words: no content word of it is in the readout's claim
BRIEFED = "The Office of the President later said in a statement that Holm briefed Varga on navy talks held in Oslo."


def _verdict(news_text: str, linked_to: int | None) -> str:
    """The verdict on the one attribution of `news_text`, its first sentence linked to claim `linked_to` of hq."""
    hq = replace(reading("hq", HQ_TEXT, OFFICIAL, "Office of the President", "VL"), title=HQ_TITLE)
    docs = [hq, reading("news", news_text)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in docs}
    links = [Link("news#1", f"hq#{linked_to}", AGREE, 0.4)] if linked_to else []
    (found,) = [a for a in check_attributions(docs, claims, links, []) if a.doc == "news"]
    return found.verdict


def test_a_link_to_a_point_of_the_cited_text_supports_it_in_other_words():
    assert _verdict(BRIEFED, linked_to=2) == SUPPORTED


def test_without_the_link_the_other_words_are_not_carried():
    assert _verdict(BRIEFED, linked_to=None) == UNSUPPORTED


def test_a_link_to_the_call_line_alone_carries_no_point():
    assert _verdict(BRIEFED, linked_to=1) == UNSUPPORTED
