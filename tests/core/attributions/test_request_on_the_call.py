"""A leader's request to someone, what it asks in an infinitive ("Berg also asked the Swedish leader to ..."), and a
report at one remove ("Berg was said to have urged Sol ...") are cues of what the leader said on the call
(cue_words.VERBS): a report no readout carries is listed; a question asked ("asked about") is no such cue."""

from tests.builders import unreported_texts

CALL = "Norwegian President Ola Berg spoke with Swedish President Eva Sol on Wednesday. "
ASKED = "Berg also asked the Swedish leader to close the northern harbours to foreign whaling ships until the spring."
EXHORTED = "Berg exhorted Sol to \u201cclose\u201d the northern harbours to foreign whaling ships until the spring."
SAID_TO = "Berg was said to have urged Sol to close the northern harbours to foreign whaling ships until the spring."


def _listed(root, sentence):
    return any(t.startswith(sentence[:20]) for t in unreported_texts(root, CALL + sentence + "\n"))


def test_a_request_with_its_infinitive_is_a_report_of_the_call(tmp_path):
    assert _listed(tmp_path, ASKED)


def test_a_request_with_a_quoted_infinitive_too(tmp_path):
    assert _listed(tmp_path, EXHORTED)


def test_a_report_at_one_remove_too(tmp_path):
    assert _listed(tmp_path, SAID_TO)


def test_a_question_asked_is_no_request(tmp_path):
    assert not _listed(tmp_path, "Berg also asked about the northern harbours and the foreign whaling ships in spring.")
