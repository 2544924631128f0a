"""The third probe of real sentences (eval/unrep_probe3.yaml; docs/engine.md, Round 49, helper unrep25): both leaders'
act on the call told by the writer with no source ("The two leaders also agreed to ...") is listed as in no readout
when no official text carries it, but not a topic they discussed, a stance, what they "said", a quoted statement or a
cited one; a leader's words placed before the press in a sentence before a pronoun that goes on for him are no report
of the call; a present perfect inside a leader's reported words is no standing position of his."""

import pytest

from readout_viewer.core.attributions.occasions import told_elsewhere
from readout_viewer.core.attributions.unreported import standing
from readout_viewer.core.attributions.unreported_joint import joint_pattern, joint_sentences
from tests.builders import NORTH, north_south

WARSHIPS = "to send three warships to the northern strait next month"


def _unreported(tmp_path, news: str) -> list[tuple[str, str]]:
    """The text and detail of each claim listed as in no readout, for the two readouts and one news text."""
    analysis = north_south(tmp_path, NORTH, news)
    return [(analysis.claim[u.claim].text, u.detail) for u in analysis.unreported]


@pytest.mark.parametrize("who", ["The two leaders", "Both presidents", "The leaders", "In addition, the leaders",
                                 "The two", "Berg and Sol", "President Berg and Sol"])
def test_both_leaders_act_told_with_no_source_is_listed(tmp_path, who):
    # main: no cue reaches the sentence (no source is named): nothing listed
    news = f"{who} also agreed {WARSHIPS}."
    [(text, detail)] = _unreported(tmp_path, news)
    assert text == news
    assert detail.startswith("reports what the two leaders did on the call; no official account")


def test_they_agreed_after_a_sentence_naming_the_call_is_listed(tmp_path):
    # main: nothing listed
    news = f"Berg had a phone call with Sol on Monday. They agreed {WARSHIPS}."
    assert [text for text, _ in _unreported(tmp_path, news)] == [f"They agreed {WARSHIPS}."]


@pytest.mark.parametrize("sentence", [
    f"The ferries were delayed. They agreed {WARSHIPS}.",  # "They" after no call: not the leaders
    f"The two ministers also agreed {WARSHIPS}.",  # not the leaders
    "The two leaders also discussed sending three warships to the northern strait next month.",  # a topic
    "The two leaders also welcomed the plan to send three warships to the northern strait next month.",  # a stance
    "The two leaders reiterated their plan to send three warships to the northern strait next month.",  # a stance
    f"The two leaders also said they were ready {WARSHIPS}.",  # a joint statement's words
    f"\u201cThe two leaders also agreed {WARSHIPS}.",  # a statement quoted paragraph by paragraph
    f"The two leaders also agreed {WARSHIPS}, according to media reports.",  # a source cited
    f"The two leaders will also agree {WARSHIPS}.",  # not done on the call
])
def test_what_is_no_joint_act_told_by_the_writer_is_not_listed(tmp_path, sentence):
    assert _unreported(tmp_path, sentence) == []  # as on main


def test_a_joint_act_an_official_text_carries_is_not_listed(tmp_path):
    north = NORTH + f" The two leaders agreed {WARSHIPS}."
    analysis = north_south(tmp_path, north, f"The two leaders agreed {WARSHIPS}.")
    assert list(analysis.unreported) == []  # as on main


def test_joint_sentences_reads_the_opening_and_not_the_cited():
    pattern = joint_pattern([["ola berg"], ["eva sol"]])
    first, second = f"Both the presidents also agreed {WARSHIPS}.", f"The two leaders also agreed {WARSHIPS}."
    text = f"{first} {second}"
    spans = [(0, len(first)), (len(first) + 1, len(text))]
    assert joint_sentences(text, pattern, lambda a, b: False) == spans
    assert joint_sentences(text, pattern, lambda a, b: a == 0) == spans[1:]  # a cue covers the first
    assert pattern.match("sol and berg also agreed " + WARSHIPS)
    assert not pattern.match("the two sides also agreed " + WARSHIPS)


# A leader's words placed before the press in a sentence before a pronoun that goes on for him, and the words after
# that pronoun: his words to the press, not on the call (the probe's Obama after his call with Rouhani).
PRESS = "Speaking to reporters in Oslo, Berg said both men had directed their teams to work quickly. "
GOES_ON = "He said this was a unique opportunity to make progress with Stockholm. "
QUOTE = "\u201cWe can reach a comprehensive solution,\u201d Berg said."


def test_a_pronoun_after_a_sentence_placing_him_before_the_press_is_told_elsewhere():
    text = PRESS + GOES_ON
    start = len(PRESS)
    assert told_elsewhere(text, start, len(text), "He (Berg)")  # main: False (only "told reporters" was read)


def test_a_leader_named_again_after_such_a_pronoun_is_told_elsewhere():
    text = PRESS + GOES_ON + QUOTE
    start = len(PRESS + GOES_ON)
    assert told_elsewhere(text, start, len(text), "Berg")  # main: False (the pronoun's sentence names no Berg)


def test_a_pronoun_does_not_carry_another_speakers_press():
    text = "She told a press conference this was a positive element. At the outset of the talks, Berg said he expects " \
           "Sol to send three warships."
    start = text.index("At the")
    assert not told_elsewhere(text, start, len(text), "Berg")  # as on main: "She" is not placed for Berg


def test_what_he_asked_his_counterpart_is_still_a_report_after_the_press():
    text = "In a statement to reporters after the two leaders met, Berg said they had discussed it. " \
           "\u201cI asked the president to think about a ceasefire first,\u201d he said."
    start = text.index("\u201cI asked")
    assert not told_elsewhere(text, start, len(text), "he (Berg)")  # as on main


def test_a_leader_told_reporters_with_a_clause_between():
    said = "\u201cIt could serve as a major step,\u201d Berg, referring to the strait, told reporters in Oslo."
    assert told_elsewhere(said, 0, len(said), "Berg")  # main: False (the verb had to follow the name)


def test_a_present_perfect_inside_the_reported_words_is_no_standing_position():
    said = "Berg said various international organisations have expressed apprehension that the crisis may linger."
    assert not standing(said, "Berg")  # main: True ("have expressed" read as Berg's standing position)
    assert standing("Berg has said he is willing to make compromises.", "Berg")  # as on main
    assert standing("Various organisations have expressed apprehension, Berg said.", "Berg")  # as on main
