"""A Markdown line is matched against the block patterns (fence, link definition, tag line, underline, rule,
heading, list item, quotation) only when it opens on one of their marks, and against the hard break's only when it
ends on two spaces or a backslash: a line of prose costs no pattern call, and every line gives what it gave."""

import random

import pytest

from readout_viewer.core.loading import markup

BLOCKS = ("_FENCE", "_LINK_DEF", "_TAG_LINE", "_SETEXT", "_RULE", "_HEADING", "_LIST_ITEM", "_QUOTE")
PIECES = ["#", "##", "=", "-", "*", "_", "+", ">", "`", "```", "~~~", "[a]: x", "<p>", "</div>", "1.", "2)", "\u0663.",
          " ", "  ", "\t", "\\", "Word", "talks", "\u00e9", "x", "\u2014", "\u00a0", "[", "]", "* * *", "---", "___"]


class _Refused:
    def match(self, *_):
        raise AssertionError("a block pattern was tried on a line of prose")

    search = sub = match


def test_prose_lines_are_matched_against_no_block_pattern(monkeypatch):
    text = "The talks began on Monday.\nBoth sides spoke at length.\n\nA new paragraph."
    want = markup.markdown_to_text(text)
    for name in (*BLOCKS, "_HARD_BREAK"):
        monkeypatch.setattr(markup, name, _Refused())
    assert markup.markdown_to_text(text) == want
    assert want.startswith("The talks began on Monday. Both sides spoke at length.\n\nA new paragraph.")


@pytest.mark.parametrize("name", BLOCKS)
def test_no_block_pattern_matches_a_line_opening_on_none_of_the_marks(name):
    pattern = getattr(markup, name)
    rng = random.Random(11)
    opened = 0
    for _ in range(6000):
        line = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        if pattern.match(line):
            opened += 1
            assert line[0] in markup._BLOCK_MARKS or line[0].isdecimal(), repr(line)
    assert opened > 20


def test_a_hard_break_ends_on_two_spaces_or_a_backslash():
    rng = random.Random(5)
    for _ in range(6000):
        line = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6)))
        if markup._HARD_BREAK.search(line):
            assert line.endswith(("  ", "\\")), repr(line)


LABEL_PIECES = ["By", "BY", "Photo", "PHOTO", "Image", "Credit", "Source", "Caption", "Monday", "Tuesday, ",
                "Wednesday", "Thursday,", "Friday", "Saturday", "Sunday", "Jan", "February", "Mar.", "April", "May",
                "June", "Jul", "Aug.", "Sept", "October", "Nov", "December", "12", "3", "2024", "2024-01-05", "10:30",
                " ", ":", ",", ".", "am", "PM", "a.m.", " EST", "The", "Russian", "\u0663", "x", "-", "By:"]


def test_a_label_opens_on_one_of_the_label_openings():
    from readout_viewer.core.loading import plaintext

    rng = random.Random(7)
    labels = 0
    for _ in range(20000):
        line = "".join(rng.choice(LABEL_PIECES) for _ in range(rng.randint(1, 5)))
        if plaintext._BYLINE.match(line) or plaintext._DATE_LINE.match(line):
            labels += 1
            assert line[0] in plaintext._LABEL_OPENINGS or line[0].isdecimal(), repr(line)
    assert labels > 500
