"""The clauses found by an opener, a look-up of the role's adjective and the rest are the one pattern's (its oracle)."""

import random
import re

from readout_viewer.core.language.countries import ROLE_PATTERN, ROLE_TAIL
from readout_viewer.core.linking import voices
from readout_viewer.core.linking.voices import clause_at

# The pattern the look-up stands in for, as voices.py had it: every country's adjective in one alternation.
_OLD = re.compile(
    rf"{voices._OPENER}(?:(?P<role>(?i:{ROLE_PATTERN.pattern}))|(?P<name>(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]*))"
    rf"{voices._VERB.pattern}")

_SENTENCES = [
    "Putin said he was ready, and the Chinese leader expressed support.",
    "The Chinese side said it welcomed the talks; the RUSSIAN President stressed unity.",
    "He spoke, while the South Korean president noted the risks, and Xi Jinping said so.",
    "It was agreed, with the Papua New Guinean prime minister emphasizing trade.",
    "They met, and the Korean side said nothing, as the south african leader also stressed ties.",
    "Talks went on, to which the Ecuadorian head of state agreed, and Mr. Xi said yes.",
    "They met, and the Martian leader said hello, and the Chinese leader said no.",
    "They met, and the Chinese side’s view was, and the chinese  side said it.",
    "They met, and the St. Lucian premier said, and the Sao Tomean leader backed it.",
    "They met, and the Bissau-Guinean president said, and the Ivorian leader was clear.",
    "They met, and the Ruſsian side ſaid it, and the \u0130ndian leader said so, and the K\u0131wi side said.",
    "They met, and the Indian president leader said it; the Russian president, supported it.",
    "The Chinese leader said it. The Chinese leader said it, and The Chinese said it.",
    "; the Chinese side said, : and the US leader said, while the American side said",
    "They talked, adding that the French president outlined plans, and Joe Biden Jr. Smith said.",
    "the Chinese side said",
    "",
    "They met, and the Chinese",
    "They met, and the Chinese side",
    "They met, and the Chinese side said",
    "They met, and the Chinese side during it, and the Congolese leader sharing views.",
]
_WORDS = ["the", "The", "THE", "Chinese", "chinese", "Russian", "South", "Korean", "african", "Papua", "New",
          "Guinean", "side", "leader", "president", "prime", "minister", "head", "of", "state", "said", "backed",
          "during", "sharing", "also", "Xi", "Putin", "Mr.", "and", "while", "as", "with", "to", "which", "adding",
          "that", ",", ";", ":", "Ruſsian", "\u0130ndian", "K\u0131wi", "St.", "Lucian", "Bissau-Guinean", "’",
          "whereas", "but", "after", "in", "during", "saying", "stressing", "O’Brien", "D'Souza", "Al-Sisi", "U.S.",
          "again", "clearly", "supported", "voiced", "crown", "prince", "Chancellor", "Scholz", "Ecuadorians", "\n",
          ",\"", ",”", "was", "clear", "thereby", "King", "Kingdom"]


def _old(text: str, at: int) -> tuple[int, int, int, str, str] | None:
    m = _OLD.search(text, at)
    if m is None:
        return None
    subject = "role" if m.group("role") else "name"
    return m.start(), m.start(subject), m.end(), m.group("adj") or "", m.group("name") or ""


def _new(text: str, at: int) -> tuple[int, int, int, str, str] | None:
    return clause_at(text, at)


def test_the_role_look_up_finds_what_the_one_pattern_found():
    for text in _SENTENCES:
        for at in range(len(text) + 1):
            assert _new(text, at) == _old(text, at), (text, at)


def test_words_the_pattern_matched_and_did_not_in_any_order():
    rng = random.Random(55)
    for _ in range(6000):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 12))]
        text = "".join(w if w[0] in ",;:’\n" else " " + w for w in words).lstrip()
        for at in (0, 1, len(text) // 2):
            assert _new(text, at) == _old(text, at), (text, at)


def test_a_role_an_unknown_adjective_and_a_name():
    text = "They met, and the Martian leader said hello, and the Chinese leader said no."
    assert _new(text, 0) == (text.index(", and the C"), text.index("the C"), text.index(" no"), "Chinese", "")
    assert voices.voices("Xi spoke, and the South Korean president stressed ties.", {}) == [
        ("the South Korean president stressed ties.", "KR")]


def test_a_title_ends_in_one_place():
    # what lets the title and the verb after it be matched in turn (voices._by_role): no title is another's start
    # before a word's edge ("president" and "president-elect" would be two ends)
    titles = ROLE_TAIL.split("(?:", 1)[1].rsplit(")", 1)[0].replace("\\ ", " ").split("|")
    assert all(not b.startswith(a) or a == b or b[len(a)].isalnum() for a in titles for b in titles), titles
