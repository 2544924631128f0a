"""What a leader said at another moment of the call's day is no report of the call: "earlier <weekday>", and a pronoun
opening a paragraph after one that places its speaker in an interview."""

from tests.builders import WARSHIPS, unreported_texts

# The words of WARSHIPS, quoted and given to "he" (the readout of the folder is dated on a Wednesday).
QUOTED = "\u201cNorway will send three warships to the northern strait next month,\u201d he said."


def test_earlier_on_a_weekday_is_another_moment(tmp_path):
    news = f"{WARSHIPS.replace('warned', 'announced earlier Wednesday')}.\n"
    assert not any("earlier Wednesday" in t for t in unreported_texts(tmp_path, news))


def test_earlier_on_a_weekday_in_the_call_is_the_call(tmp_path):
    news = f"{WARSHIPS.replace('warned', 'warned earlier Wednesday in the call')}.\n"
    assert any("earlier Wednesday in the call" in t for t in unreported_texts(tmp_path, news))


def test_a_pronoun_after_a_paragraph_told_in_an_interview(tmp_path):
    news = f"President Berg said in a television interview that the talks had gone well.\n\n{QUOTED}\n"
    assert not any("warships" in t for t in unreported_texts(tmp_path, news))


def test_a_pronoun_after_a_paragraph_with_no_occasion(tmp_path):
    news = f"President Berg said that the talks had gone well.\n\n{QUOTED}\n"
    assert any("warships" in t for t in unreported_texts(tmp_path, news))
