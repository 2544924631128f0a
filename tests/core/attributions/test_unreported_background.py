"""An outlet's background section (a paragraph opening on "Background:"): what it recalls of a leader's words is of
earlier occasions, so it is never listed as in no readout; the story above it still is."""

from readout_viewer.core.attributions.story_parts import in_background
from tests.builders import WARSHIPS, unreported_texts

STORY = "Norwegian President Ola Berg spoke with the Swedish president on Monday.\n\n"


def test_the_leaders_words_in_the_background_section_are_not_listed(tmp_path):
    news = f"{STORY}Background:\n\n- Berg visited Stockholm in May.\n- {WARSHIPS}.\n"
    assert not any("warships" in t for t in unreported_texts(tmp_path, news))


def test_the_label_on_the_line_of_its_text_opens_the_section_too(tmp_path):
    news = f"{STORY}Background: {WARSHIPS}.\n"
    assert not any("warships" in t for t in unreported_texts(tmp_path, news))


def test_the_same_words_in_the_story_are_listed(tmp_path):
    news = f"{STORY}{WARSHIPS}.\n"
    assert any("warships" in t for t in unreported_texts(tmp_path, news))  # a guard: passes on main and here


def test_the_section_runs_to_the_next_label():
    text = "Berg spoke.\n\nBackground:\n\nBerg visited Stockholm.\n\nQuote: Berg said more.\n"
    assert in_background(text, text.index("visited"))
    assert not in_background(text, text.index("spoke"))  # before the label
    assert not in_background(text, text.index("said more"))  # another label closes the section
    assert not in_background("The background: Berg said more.", 20)  # no label opening a line
