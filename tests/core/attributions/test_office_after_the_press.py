"""A leader named by his office right after a sentence that places him, by name, before the press ("After the talks,
Suga told reporters, \u201c...\u201d The Japanese leader also said that he hopes to visit ..."): the same occasion's
words, as a pronoun going on for him would be, not a report of the call (occasions._office_goes_on)."""

from readout_viewer.core.attributions.occasions import told_elsewhere
from tests.builders import unreported_texts

PRESS = "After the call, Berg told reporters, \u201cThe talks went well.\u201d\n\n"
ELSEWHERE = "After the call, Berg flew home to Bergen.\n\n"
OFFICE = "The Norwegian president also said that three warships would patrol the northern strait next month.\n"


def test_the_office_after_the_press_sentence_is_not_listed(tmp_path):
    assert not any("warships" in t for t in unreported_texts(tmp_path, PRESS + OFFICE))  # main: listed


def test_the_office_after_another_sentence_is_listed(tmp_path):
    assert any("warships" in t for t in unreported_texts(tmp_path, ELSEWHERE + OFFICE))  # a guard: passes on main too


def test_the_sentence_before_must_name_him():
    text = PRESS + OFFICE
    at = text.index("The Norwegian")
    assert told_elsewhere(text, at, len(text), "The Norwegian president", ("ola berg", "norwegian president"))
    assert not told_elsewhere(text, at, len(text), "The Norwegian president", ("eva sol", "swedish president"))
    other = "After the call, Sol told reporters, \u201cThe talks went well.\u201d\n\n" + OFFICE
    assert not told_elsewhere(other, other.index("The Norwegian"), len(other), "The Norwegian president",
                              ("ola berg",))  # the other leader at the press: not his occasion
