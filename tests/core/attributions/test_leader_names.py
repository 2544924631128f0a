"""The leaders' names looked up (LeaderNames) match where the one pattern of them all matched (kept here as oracle)."""

import random
import re

from readout_viewer.core.attributions.leader_names import LeaderNames

_NAMES = ["ola berg", "berg", "swedish president", "president", "president of the u.s.", "u.s. president", "xi",
          "xi jinping", "erdoğan", "recep tayyip erdoğan", "the kremlin", "crown prince", "prince", "mbs_2", "-x-"]
_TEXTS = ["as president ola berg said", "President Ola Berg", "ola bergman said", "olaberg", "the president's words",
          "president of the u.s. said", "president of the u.s.a.", "the u.s. president, xi jinping and erdoğan",
          "erdoğanı", "xi_jinping", "xi2", "(xi)", "–xi–", "crown princes", "crown prince", "a -x- b", "a-x-b", "",
          "prince\nola  berg", "recep tayyip erdoğan’s office", "ÇXi xi", "mbs_2 mbs_23", "president.", ".president"]
_PIECES = ["ola", "berg", "president", "of", "the", "u.s.", "xi", "jinping", "erdoğan", "crown", "prince", "mbs_2",
           "-x-", " ", " ", ",", ".", "'s", "’", "_", "2", "ı", "\n", "(", ")"]


def _oracle(names: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def _check(names: list[str], text: str) -> None:
    old, new = _oracle(names), LeaderNames(names)
    assert new.search(text) == _span(old.search(text)), (names, text)
    assert new.fullmatch(text) == (old.fullmatch(text) is not None), (names, text)


def test_names_and_not_names_at_their_edges():
    for text in _TEXTS + _NAMES + [n.upper() for n in _NAMES]:
        _check(_NAMES, text)
        _check(_NAMES[:3], text)


def test_pieces_in_any_order_and_an_empty_name():
    rng = random.Random(55)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9)))
        _check(_NAMES, text)
        _check([*_NAMES[:5], ""], text)


def test_a_word_character_is_res():
    chars = "".join(map(chr, range(0x10000)))
    assert "".join(re.findall(r"\w", chars)) == "".join(c for c in chars if c.isalnum() or c == "_")


def test_the_longest_name_at_the_first_place():
    assert LeaderNames(["xi", "xi jinping"]).search("then xi jinping said") == (5, 15)
    assert LeaderNames(["berg"]).search("ola bergman and berg") == (16, 20)
    assert LeaderNames(["berg"]).search("ola bergman") is None
