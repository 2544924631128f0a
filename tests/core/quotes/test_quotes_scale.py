"""Quotation passes stay linear: a text of many quotations costs in proportion to them (counted, never timed)."""

import random
from copy import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_viewer.core.model import NOT_FOUND, OFFICIAL, OUTLET, Document, Quote
from readout_viewer.core.quotes import translation
from readout_viewer.core.quotes.check import _Checker, _Region, _reported, check_quotes
from readout_viewer.core.quotes.marks import Quotation
from tests.core.work import Comparisons, growth

READOUT = "The leaders agreed to meet again in the spring and to keep their teams in close touch."


def doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e")


def many_quotes(n: int, seed: int = 1) -> str:
    """n quotations of six words that no other text holds, five to a paragraph."""
    rng = random.Random(seed)
    words = "alpha beta gamma delta omega sigma kappa theta".split()
    lines = [f'An aide said "{" ".join(rng.choice(words) for _ in range(6))}" on day {i}.' for i in range(n)]
    return "\n\n".join(" ".join(lines[i:i + 5]) for i in range(0, n, 5))


def _reported_comparisons(n: int) -> int:
    """Comparisons of quotation offsets made while choosing which of n quotations to check."""
    news = doc("news", many_quotes(n))
    checker = _Checker([news])
    counter = Comparisons()
    for region in checker.regions["news"]:
        region.start, region.end = counter.offset(region.start), counter.offset(region.end)
    checker.check = lambda region: Quote("news", region.start, region.end, NOT_FOUND)  # the choice alone
    assert len(list(_reported(checker, news))) == n
    return counter.count


def test_choosing_the_quotations_to_check_is_linear():
    """Issue 14 finding 9: each quotation was compared with every one checked before it (8,000 quotations took
    15 s, 48,000 over two minutes)."""
    assert growth(_reported_comparisons, 300) < 2.6


def test_a_quoting_text_is_cut_into_sentences_once(monkeypatch):
    """Quotations worded in translation were each checked by cutting their whole text into sentences again."""
    calls = []
    real = translation.sentences
    monkeypatch.setattr(translation, "sentences", lambda text, *a: calls.append(len(text)) or real(text, *a))
    news = doc("news", many_quotes(40))
    quotes = check_quotes([doc("wh", READOUT, OFFICIAL), news])
    assert [q.verdict for q in quotes] == [NOT_FOUND] * 40
    assert calls.count(len(news.text)) == 1


def _naive_reported(regions, verdict):
    """The rule as first written: a quotation is checked unless a found one encloses it (or it was checked)."""
    verdicts, out = {}, []
    for start, end in sorted(regions, key=lambda r: (r[0], -r[1])):
        outer = [v for k, v in verdicts.items() if k[0] <= start and end <= k[1] and k != (start, end)]
        if any(v != NOT_FOUND for v in outer) or (start, end) in verdicts:
            continue
        verdicts[(start, end)] = verdict(start, end)
        out.append((start, end))
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=25), st.integers(0, 2 ** 16))
def test_the_quotations_checked_are_the_same_as_by_the_first_rule(spans, seed):
    regions = sorted({(s, s + n) for s, n in spans}, key=lambda r: (r[0], -r[1]))
    found = random.Random(seed)
    verdicts = {r: found.choice(["exact", NOT_FOUND]) for r in regions}
    news = doc("news", "x " * 100)
    checker = _Checker([news])
    template = _Region(news, Quotation(0, 1), frozenset())
    checker.regions["news"] = []
    for start, end in regions:
        region = copy(template)
        region.start, region.end = start, end
        checker.regions["news"].append(region)
    checker.check = lambda r: Quote("news", r.start, r.end, verdicts[(r.start, r.end)])
    got = [(r.start, r.end) for r, _ in _reported(checker, news)]
    assert got == _naive_reported(regions, lambda s, e: verdicts[(s, e)])
