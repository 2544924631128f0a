"""More words that place a leader at a meeting's press appearance: the press addressed or met ("Berg, addressing
journalists later, ..."), both leaders before it ("The two leaders, who jointly met the press, ..."), his comments after
the talks ("In comments after his meeting with Sol, Berg ..."), and a leader named next by his office alone ("The
Norwegian leader said ..."). A leader's report of the talks themselves stays listed (occasions.press_story,
occasions.met_the_press)."""

from readout_viewer.core.attributions.occasions import met_the_press, press_story
from tests.builders import WARSHIPS, unreported_texts

ASIDE = "The strait has been disputed for decades.\n\n"
BOTH = "The two leaders, who jointly met the press, also shared the view that the strait must stay open.\n\n"
ADDRESSING = "Berg, addressing journalists later, praised the Swedish fleet.\n\n"
COMMENTS = "In comments after his meeting with Sol, Berg called for calm in the strait.\n\n"
# The Norwegian side's names as `voices` gives them (folded): offices, then the leader's names.
NAMES = ("president of norway", "norwegian president", "norwegian leader", "anders berg", "berg")


def _story(*parts: str) -> tuple[str, int, int]:
    """A story of `parts` then the warships sentence, and where that sentence stands."""
    text = "".join(parts) + WARSHIPS + "."
    return text, text.index(WARSHIPS), len(text)


def test_both_leaders_jointly_meeting_the_press_makes_a_meeting_with_the_press():
    assert met_the_press(BOTH)  # main: False (no joint press conference, no meeting named)
    assert not met_the_press("The two leaders jointly signed the accord.")  # no press


def test_a_leader_addressing_journalists_is_at_the_press():
    text, start, end = _story(ADDRESSING, ASIDE)
    assert press_story(text, start, end, "President Berg")  # main: False
    assert not press_story(text, start, end, "President Sol")  # Sol is not before the press in this story


def test_both_leaders_before_the_press_place_each_of_them():
    text, start, end = _story(BOTH, ASIDE)
    assert press_story(text, start, end, "President Berg")  # main: False
    assert press_story(text, start, end, "Sol")


def test_his_comments_after_the_meeting_place_him_not_the_one_he_met():
    text, start, end = _story(COMMENTS)
    assert press_story(text, start, end, "President Berg")  # main: False
    assert not press_story(text, start, end, "Sol")  # named in the phrase, not its subject


def test_a_leader_named_by_office_alone_is_placed_by_his_names():
    said = "The Norwegian leader said that three warships would sail north."
    text = ADDRESSING + said
    assert press_story(text, len(ADDRESSING), len(text), "The Norwegian leader", NAMES)  # main: no `names`
    assert not press_story(text, len(ADDRESSING), len(text), "The Norwegian leader", ("norwegian leader", "sol"))


def test_his_report_of_the_talks_themselves_is_not_held_back():
    for said in ("Berg told Sol during the talks that three warships would sail north.",
                 "At the meeting, Berg said that three warships would sail north."):
        text = BOTH + said
        assert not press_story(text, len(BOTH), len(text), "Berg"), said
    text, start, end = _story(ASIDE)  # no press, no appearance before it
    assert not press_story(text, start, end, "President Berg")


def test_the_view_given_to_the_press_is_not_listed(tmp_path):
    assert not any("warships" in t for t in unreported_texts(tmp_path, BOTH + ADDRESSING + WARSHIPS + ".\n"))


def test_the_report_of_the_talks_is_still_listed(tmp_path):
    said = "At the meeting, President Berg warned that Norway would send three warships to the northern strait."
    assert any("warships" in t for t in unreported_texts(tmp_path, BOTH + ADDRESSING + said + "\n"))


def test_the_talks_as_the_time_of_his_words_or_peace_talks_do_not_name_the_call():
    said = "In comments after his meeting with Sol, Berg called for the two navies to resume peace talks."
    assert press_story(said, 0, len(said), "Berg")  # main: False ("meeting", "talks")
    said = "Berg and Sol on Thursday called for calm in the strait, following their talks in Oslo."
    assert press_story(said, 0, len(said), "Sol")  # main: False (the words' own sentence: after the talks)
    said = "Berg said that in the talks three warships were offered."
    assert not press_story(BOTH + said, len(BOTH), len(BOTH) + len(said), "Berg")  # the talks themselves


def test_words_he_addressed_to_his_counterpart_are_a_report_of_the_talks():
    for said, cited in (("\u201cI asked the president to speed up peace talks,\u201d he said.", "he (Berg)"),
                        ("Berg has assured Sol that three warships will sail, after meeting him in Oslo.", "Berg")):
        text = BOTH + said
        assert not press_story(text, len(BOTH), len(text), cited), said
