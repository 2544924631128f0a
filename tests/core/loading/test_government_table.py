"""find_body searches every government's bodies with one pattern and their leaders with another, and finds what a
search per government found: the leftmost, the first government of the table on a tie, a body before a leader."""

import random
import re

from readout_viewer.core.loading import governments as gov
from readout_viewer.core.loading.governments import GOVERNMENTS, Body, plain


def _per_government(text: str, leaders: bool = False) -> Body | None:
    """find_body as it was: two patterns per government, searched one after another."""
    flat = plain(text)
    found = []
    for g in GOVERNMENTS:
        parts = list(g.bodies) + [re.escape(d) for d in g.domains]
        body = re.compile(rf"(?<![\w-])(?:{gov._alternatives(parts)})(?![\w-])", re.I) if parts else None
        leader = re.compile(rf"\b(?:{gov._leaders_of(g)})\b") if g.leaders else None
        if body is not None and (m := body.search(flat)):
            found.append((m.start(), Body(g.code, gov._as_written(text, flat, m.start(), m.end()), g.name)))
        if leaders and leader is not None and (m := leader.search(flat)):
            found.append((m.start(), Body(g.code, gov._as_written(text, flat, m.start(), m.end()), g.name,
                                          leader=True)))
    for m in gov._GENERIC.finditer(flat):
        country = m.group("of") or m.group("adj")
        known = gov._known_prefix(country)
        if known is None and (m.group("adj") or not gov._INSTITUTION.match(m.group(0))):
            continue
        end = m.start("of") + len(known[1]) if known and m.group("of") else m.end()
        words = gov._as_written(text, flat, m.start(), end)
        found.append((m.start(), Body(known[0] if known else country, words, words)))
    return min(found, key=lambda x: (x[0], x[1].leader))[1] if found else None


def test_the_first_body_named_and_on_a_tie_the_table_s_first():
    assert gov.find_body("Readout: the White House and the Kremlin spoke") == Body("US", "White House", "The White House")
    assert gov.find_body("the Kremlin, then the White House") == Body("RU", "Kremlin", "Kremlin")
    assert gov.find_body("Putin spoke with Biden", leaders=True) == Body("RU", "Putin", "Kremlin", leader=True)
    assert gov.find_body("Putin spoke with Biden") is None
    assert gov.find_body("President of Russia Vladimir Putin") == _per_government("President of Russia Vladimir Putin")


def test_the_same_body_as_a_search_per_government():
    words = [w for g in GOVERNMENTS for w in (*g.country, *g.leaders, *g.domains)]
    words += ["Kremlin", "White House", "State Department", "Foreign Ministry", "Ministry of Foreign Affairs of",
              "Office of the President of", "Downing Street", "10", "Elysée", "presidency", "Government", "the", "of",
              "said", "May", "Xi", "Costa", "spoke", "with", "Norland", "Annual", "Chinese", "embassy", "-", "white"]
    rng = random.Random(3)
    texts = [" ".join(rng.choices(words, k=rng.randint(1, 9))) for _ in range(1500)]
    for text in texts:
        for leaders in (False, True):
            assert gov.find_body(text, leaders) == _per_government(text, leaders), (text, leaders)


def test_a_government_s_leaders_pattern_is_its_own():
    assert gov.leaders_pattern("RU").search("Mr Putin said") is not None
    assert gov.leaders_pattern("RU").search("Mr Biden said") is None
    assert gov.leaders_pattern("XX") is None
