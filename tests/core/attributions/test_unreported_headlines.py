"""A headline condenses the story beneath it in the desk's words: it is no report "in no readout", while the same
words as a sentence of the story are; a title the text's metadata does not give is no headline (a text with none is
titled by its first line or sentence, which is prose)."""

from tests.builders import WARSHIPS, unreported_texts

# ending on a full stop, as a headline ending on "the U.S." does (without one the line is no claim at all)
HEADLINE = "Berg tells Sol Norway will send three warships to the northern strait next month."
FRONT = "---\ntitle: {t}\nrole: outlet\n---\n"
STORY = "The two presidents spoke by telephone on Wednesday about the strait."


def test_a_headline_is_no_report_in_no_readout(tmp_path):
    news = FRONT.format(t=HEADLINE) + HEADLINE + "\n\n" + STORY + "\n"
    assert unreported_texts(tmp_path, news) == []


def test_the_same_words_in_the_story_are_in_no_readout(tmp_path):
    news = FRONT.format(t="Presidents speak") + "Presidents speak\n\n" + STORY + " " + HEADLINE + "\n"
    assert [r for r in unreported_texts(tmp_path, news) if r.startswith("Berg tells Sol")]


def test_a_first_line_standing_for_a_missing_title_is_prose(tmp_path):
    [report] = unreported_texts(tmp_path, WARSHIPS + ".\n")  # no front matter: titled by this line
    assert report.startswith("President Berg warned")
