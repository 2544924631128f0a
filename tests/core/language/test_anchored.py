"""Patterns tried only near the words every match holds: the same matches as trying them everywhere."""

import re

from readout_viewer.core.attributions import offices, people
from readout_viewer.core.language import anchored, countries
from readout_viewer.core.language.text import caseless
from readout_viewer.core.model import OFFICIAL, Document

_TEXTS = [
    "Russian President Vladimir Putin spoke with the United States of America's President Joe Biden.",
    "The Russian\n\n   President \t Vladimir Putin, speaking (not talking) to President of the Russian Federation "
    "Boris Yeltsin's heir; China\u2019s President Xi Jinping and King Charles.",
    "US   PRESIDENT Biden met Prime Minister of Japan, Fumio Kishida. President of Russia Vladimir Putin",
]


def test_starts_reach_back_over_white_space_to_the_given_number_of_other_characters():
    anchor = re.compile(r"(?=T)")
    assert anchored.starts("x  ab  T", anchor, 2) == [1, 2, 3, 4, 5, 6, 7]
    assert anchored.starts("abT", anchor, 5) == [0, 1, 2]


def test_leader_patterns_near_titles_find_what_they_find_everywhere():
    for text in _TEXTS:
        near = anchored.starts(text, countries._TITLE_ANCHOR, countries._LEADER_REACH)
        for pattern in countries.LEADER_PATTERNS:
            assert [m.groups() for m in anchored.finditer(pattern, text, near)] == \
                [m.groups() for m in pattern.finditer(text)], (pattern.pattern[:40], text)
    assert countries.leaders_in(_TEXTS[0]) == {"Vladimir Putin": "RU", "Putin": "RU", "Joe Biden": "US",
                                               "Biden": "US"}


def test_a_leader_whose_country_writes_the_family_name_first_is_named_alone_by_it():
    found = countries.leaders_in("Chinese President Xi Jinping met South Korean President Yoon Suk Yeol and "
                                 "Japanese Prime Minister Fumio Kishida.")
    assert found == {"Xi Jinping": "CN", "Xi": "CN", "Yoon Suk Yeol": "KR", "Yoon": "KR", "Fumio Kishida": "JP",
                     "Kishida": "JP"}


def test_spokespeople_are_found_near_their_titles():
    doc = Document(id="e/d", path="e/d.txt", title="d", text=(
        "Kremlin spokesman Dmitry Peskov said so. The White House\u2019s   press secretary Jen Psaki agreed."))
    assert people.spokespeople([doc], ["kremlin", "white house"]) == {
        "Dmitry Peskov": "kremlin", "Peskov": "kremlin", "Jen Psaki": "white house", "Psaki": "white house"}


def test_word_starts_are_the_positions_of_the_runs_where_a_word_starts():
    word_start = re.compile(r"\b\w")
    for text in [*_TEXTS, "_x9 \u00e9t\u00e9 \u0661\u0662 \u2163 a_b  ", "", "a", "  ", "\u00bd\u00b2 K\u212a"]:
        for runs in ([(0, len(text))], [(at, at) for at in range(0, len(text) + 1, 2)], [(1, 3), (5, 9)]):
            every = [at for start, end in runs for at in range(start, end + 1)]
            assert anchored.word_starts(text, runs) == [at for at in every if word_start.match(text, at)], text


def test_spans_are_the_starts_as_runs_none_touching_the_next():
    for text in [*_TEXTS, "x  ab  T", "abT", "", "President president  president"]:
        for reach in (0, 2, countries._LEADER_REACH):
            runs = anchored.spans(text, countries._TITLE_ANCHOR, reach)
            backwards, n = text[::-1], len(text)
            reaching = {at for m in countries._TITLE_ANCHOR.finditer(text)  # the positions that reach each title
                        for at in range(n - anchored._back(reach).match(backwards, n - m.start()).end(), m.start() + 1)}
            assert [at for start, end in runs for at in range(start, end + 1)] == sorted(reaching)
            assert all(end + 1 < start for (_, end), (start, _) in zip(runs, runs[1:]))


def test_every_leader_pattern_opens_with_a_letter_and_any_case_of_a_letter_is_a_word_character():
    for word in [*countries._ADJECTIVE, *countries.COUNTRY_NAMES, *countries.LEADER_TITLES]:
        assert "a" <= word[0] <= "z", word
    every = "".join(map(chr, range(0x110000)))
    assert all(re.match(r"\w", m.group()) for m in re.finditer(r"(?i)[a-z]", every))


def test_leader_patterns_at_word_starts_near_titles_find_what_they_find_everywhere():
    for text in _TEXTS:
        runs = anchored.spans(text, countries._TITLE_ANCHOR, countries._LEADER_REACH)
        near = anchored.word_starts(text, runs)
        assert len(near) < len(anchored.starts(text, countries._TITLE_ANCHOR, countries._LEADER_REACH)) / 3
        for pattern in countries.LEADER_PATTERNS:
            assert [m.groups() for m in anchored.finditer(pattern, text, near)] == \
                [m.groups() for m in pattern.finditer(text)], (pattern.pattern[:40], text)


_TITLED = [*_TEXTS, "KREMLIN SPOKESMAN Dmitry Peskov; the \u017fpokeswoman and the Preſident's aide-de-camp",
           "press\u00a0secretary, Press  Secretary, press secretary; pre\u017fident K\u0130NG \u212aing, the Leader",
           "The minister, a deputy minister, the Foreign Minister's envoy: special envoy", "", "president"]


class _Spy:
    """A compiled pattern that counts where it is tried and may not be searched from every position."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.tries = pattern, 0

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.tries += 1
        return self.pattern.match(text, pos)

    def finditer(self, text: str) -> object:
        raise AssertionError("searched everywhere")


def test_an_anchor_given_its_words_is_tried_only_where_the_caseless_text_holds_one_and_matches_the_same():
    for anchor, words, reach in ((countries._TITLE_ANCHOR, countries.LEADER_TITLES, countries._LEADER_REACH),
                                 (people._SPOKES_ANCHOR, countries.SPOKES_TITLES, 20)):
        for text in _TITLED:
            spy = _Spy(anchor)
            assert anchored.starts(text, spy, reach, words) == anchored.starts(text, anchor, reach), text
            assert spy.tries == len({at for w in words for at in range(len(text)) if caseless(text).startswith(w, at)})


def test_caseless_keeps_the_length_and_makes_every_letter_a_case_insensitive_pattern_takes_for_an_ascii_one_that():
    every = "".join(map(chr, range(0x110000)))
    plain = caseless(every)
    assert len(plain) == len(every)
    for m in re.finditer(r"(?i)[a-z]", every):
        assert "a" <= plain[m.start()] <= "z" and re.fullmatch(f"(?i){plain[m.start()]}", m.group()), hex(m.start())


def test_the_offices_before_a_name_are_tried_only_where_an_office_s_name_stands(monkeypatch):
    text = ("President Joe Biden spoke with Prime Minister Narendra Modi. The President said; PresidentX Y. "
            "Prime Minister Modi and Chancellor Olaf Scholz, President of Russia Vladimir Putin.")
    doc = Document(id="e/d", path="e/d.txt", title="d", text=text, role=OFFICIAL, side="US")
    leaders = {"Biden": "US", "Modi": "IN", "Narendra": "IN", "Scholz": "DE", "Putin": "RU"}
    everywhere = offices._office_sides([doc], leaders, offices.titled([doc]))
    tried = _Spy(offices._OFFICE_TITLE)
    monkeypatch.setattr(offices, "_OFFICE_TITLE", tried)
    assert offices._office_sides([doc], leaders, offices.titled([doc])) == everywhere == {"President": {"US"}}
    assert 0 < tried.tries <= len(anchored.occurrences(text, tuple(offices.OFFICE_NAMES))) == 7
