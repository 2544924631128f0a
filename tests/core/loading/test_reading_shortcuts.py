"""Shortcuts of the readers that give the answer of the pattern they stand for: spacing tidied only where there is
something to tidy, bidirectional controls counted character by character, an issuer's cues counted only where
they can tell."""

import random
import re

from readout_viewer.core.loading import encoding, plaintext
from readout_viewer.core.loading.issuer import prose

SPACES = [" ", " ", "  ", "\t", "\u00a0", "\u202f", "\u2007", "\u2009", "\u3000", "\x0b", "\x1f", "\u2028", "\n"]
WORDS = ["a", "Bb", "\u201cq\u201d", "\u202e", "\u2066", "x\u2069", "\u00e9t\u00e9", "5", "-"]


def _random_lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(SPACES + WORDS) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_tidy_spaces_is_the_pattern_s_answer():
    for line in _random_lines(1, 4000):
        assert plaintext.tidy_spaces(line) == plaintext._LAYOUT_SPACE.sub(" ", line).strip(), repr(line)


class _Refusing:
    def sub(self, *args: object) -> str:
        raise AssertionError("the pattern was tried")

    def findall(self, *args: object) -> list:
        raise AssertionError("the pattern was tried")


def test_a_line_of_single_plain_spaces_is_not_searched(monkeypatch):
    monkeypatch.setattr(plaintext, "_LAYOUT_SPACE", _Refusing())
    assert plaintext.tidy_spaces(" The envoy\u2019s \u201cfees\u201d fell. ") == "The envoy\u2019s \u201cfees\u201d fell."


def test_bidi_controls_counts_what_the_character_class_finds():
    every = re.compile("[\u202a-\u202e\u2066-\u2069]")
    for line in _random_lines(2, 2000):
        assert encoding.bidi_controls(line) == len(every.findall(line)), repr(line)
    assert set(encoding._BIDI_CHARACTERS) == {chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]}


def test_at_least_reads_only_as_far_as_it_must():
    found = iter(range(10))
    assert prose._at_least(found, 2) and next(found) == 2
    assert not prose._at_least(iter(range(1)), 2) and prose._at_least(iter(()), 0)


def test_a_text_reporting_others_is_not_counted_for_its_first_person(monkeypatch):
    text = "The White House said the talks went well. We hear our aides agree with us on the fees, she added."
    want = prose.body_cues(text, [text])
    monkeypatch.setattr(prose, "_FIRST_PERSON", _Refusing())
    assert prose.body_cues(text, [text]) == want


ENDS = ["a", "\u00e9", "5", "_", "-", " ", "  ", "\\", "\n", "x-", "de-", "2-", "\u201d"]


def test_line_ends_searched_from_their_last_characters_give_the_whole_line_s_answer():
    from readout_viewer.core.loading import markup

    rng = random.Random(3)
    for _ in range(4000):
        line = "".join(rng.choice(ENDS) for _ in range(rng.randint(0, 8)))
        hard = markup._HARD_BREAK.search(line, max(0, len(line) - markup._HARD_BREAK_CHARS))
        assert bool(hard) == bool(markup._HARD_BREAK.search(line)), repr(line)
        wrapped = plaintext._WRAPPED_HYPHEN.search(line, max(0, len(line) - plaintext._WRAPPED_HYPHEN_CHARS))
        assert bool(wrapped) == bool(plaintext._WRAPPED_HYPHEN.search(line)), repr(line)


class _FromTheEnd:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        assert pos >= len(text) - 3, "searched from the start of a long line"
        return self.pattern.search(text, pos)


def test_a_long_line_is_searched_from_its_end(monkeypatch):
    from readout_viewer.core.loading import markup

    text = "The envoy spoke of the harbour fees at length  \nand then left.\\\nA new line."
    want = markup.markdown_to_text(text)
    monkeypatch.setattr(markup, "_HARD_BREAK", _FromTheEnd(markup._HARD_BREAK))
    monkeypatch.setattr(plaintext, "_WRAPPED_HYPHEN", _FromTheEnd(plaintext._WRAPPED_HYPHEN))
    assert markup.markdown_to_text(text) == want
    assert plaintext.separator("the talks were a de-", "escalation") == ""


MENTIONED = ["according to the readout", "citing a statement", "cited officials", "a readout", "the read-out",
             "its short readout", "in a readout", "the White House said", "Kremlin\u2019s statement", "\u00c9lys\u00e9e said",
             "Chinese Foreign Ministry said", "Ministry of Foreign Affairs noted", "spokeswoman said",
             "Press Secretary added", "senior administration officials said", "said the spokesman",
             "announced the State Department", "said in a statement", "told reporters", "Downing Street said",
             "Bundesregierung stated", "Chancellery statement", "Defence Ministry said", "officials said"]
FILLERS = [" ", "  ", ".", ",", "x", "and", "\n", "readout", "said", "the", "Kremlin", "_", "\u2019s", "told"]


def test_mentions_found_from_their_first_letters_are_those_of_every_form_tried_everywhere():
    every = re.compile("|".join(rf"\b{form}" for form in prose._MENTION_FORMS))
    rng = random.Random(4)
    for phrase in MENTIONED:
        assert prose._MENTIONS.search(phrase) and every.search(phrase), phrase
    for _ in range(3000):
        text = "".join(rng.choice(MENTIONED + FILLERS) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in prose._MENTIONS.finditer(text)] == [m.span() for m in every.finditer(text)], text
