"""What a leader said at another moment of the call's day is no report of the call: "earlier <weekday>", and a pronoun
opening a paragraph after one that places its speaker in an interview."""

import pytest

from tests.builders import WARSHIPS, unreported_texts

# The words of WARSHIPS, quoted and given to "he" (the readout of the folder is dated on a Wednesday).
QUOTED = "\u201cNorway will send three warships to the northern strait next month,\u201d he said."


@pytest.mark.parametrize(("news", "listed"), [
    (f"{WARSHIPS.replace('warned', 'announced earlier Wednesday')}.\n", False),  # a moment before the one told
    (f"{WARSHIPS.replace('warned', 'warned earlier Wednesday in the call')}.\n", True),  # the call named next
])
def test_earlier_on_a_weekday(tmp_path, news, listed):
    assert any("earlier Wednesday" in t for t in unreported_texts(tmp_path, news)) is listed


@pytest.mark.parametrize(("before", "listed"), [
    ("President Berg said in a television interview that the talks had gone well.", False),
    ("President Berg said that the talks had gone well.", True),  # nothing places the paragraph before elsewhere
])
def test_a_pronoun_opening_a_paragraph(tmp_path, before, listed):
    assert any("warships" in t for t in unreported_texts(tmp_path, f"{before}\n\n{QUOTED}\n")) is listed
