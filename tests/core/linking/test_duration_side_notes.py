"""A duration that only sits in a mention of the call framing what was said on it is no report of the call's length."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

NORTH = text_doc("north", "An almost hour-long telephone conversation between Premier Berg and Premier Sol has just "
                          "ended.\n\nThe premiers reviewed the harbour tariffs.", side="N")


def _linked(sentence: str) -> bool:
    paper = text_doc("paper", sentence, role=OUTLET)
    return any(b.startswith("An almost hour-long") for _, b, _ in _links(paper, NORTH))


def test_a_side_note_of_the_calls_length_does_not_report_it():
    assert not _linked("Berg told Sol that the northern fleet will keep fishing the disputed banks "
                       "during a nearly hour-long phone call.")


def test_a_sentence_on_the_calls_length_still_reports_it():
    assert _linked("The conversation between Berg and Sol lasted almost an hour, an aide told reporters.")


def test_a_video_conference_in_two_words_is_a_call_mention_too():
    from readout_viewer.core.linking.claim_parts import reported
    said = ("Berg told Sol that the northern fleet will keep fishing the disputed banks "
            "during a nearly two-hour video conference.")
    assert "conference" not in reported(said)
    assert not _linked(said)
