"""Quotation passes stay linear: a text of many quotations costs in proportion to them (counted, never timed)."""

import random
import re
from copy import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_viewer.core.language import ends_index
from readout_viewer.core.model import NOT_FOUND, OFFICIAL, OUTLET, Document, Quote
from readout_viewer.core.quotes import translation
from readout_viewer.core.quotes.check import _Checker, _reported, check_quotes
from readout_viewer.core.quotes.marks import Quotation
from readout_viewer.core.quotes.origins import MAX_ALIGNED_SOURCES, MAX_PAIR_HOLDERS
from readout_viewer.core.quotes.regions import MIN_NAME_CHARS, SPEAKER_WINDOW, Region
from readout_viewer.core.quotes.words import runs
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
    real = translation.sentence_ends

    def counted(text, *a):
        calls.append(len(text))
        return real(text, *a)
    monkeypatch.setattr(translation, "sentence_ends", counted)
    monkeypatch.setattr(ends_index, "sentence_ends", counted)  # the check reads its texts' ends through its index
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
    template = Region(news, Quotation(0, 1), frozenset())
    checker.regions["news"] = []
    for start, end in regions:
        region = copy(template)
        region.start, region.end = start, end
        checker.regions["news"].append(region)
    checker.check = lambda r: Quote("news", r.start, r.end, verdicts[(r.start, r.end)])
    got = [(r.start, r.end) for r, _ in _reported(checker, news)]
    assert got == _naive_reported(regions, lambda s, e: verdicts[(s, e)])


def _naive_likely(checker, region):
    """The ranking as first written: every holder scored, then the outlets the quotation does not name dropped."""
    def may_source(doc_id):
        d = checker.docs[doc_id]
        if d.is_official:
            return True
        near = region.doc.text[max(0, region.start - SPEAKER_WINDOW):region.end + SPEAKER_WINDOW]
        names = [d.author.split()[-1]] if d.author and d.author.split() else []
        names += [d.source] if d.source else []
        return any(len(n) >= MIN_NAME_CHARS and re.search(rf"\b{re.escape(n)}\b", near) for n in names)
    keys = [w.key for w in region.words]
    runs_pairs = {(keys[i], keys[i + 1]) for i, j in runs(region.words) for i in range(i, j - 1)}
    pairs = [checker.pair_docs.get(p, set()) for p in dict.fromkeys(zip(keys, keys[1:]))]
    telling = [h for h in pairs if len(h) <= MAX_PAIR_HOLDERS] or pairs
    score = {}
    for holders in telling:
        for doc_id in holders:
            score[doc_id] = score.get(doc_id, 0.0) + 1.0 / len(holders)
    score.pop(region.doc.id, None)
    for doc_id in [d for d in score if not may_source(d)]:
        del score[doc_id]
    ranked = sorted(score, key=lambda d: (-score[d], d))
    if not runs_pairs:
        return ranked[:MAX_ALIGNED_SOURCES], ranked[:MAX_ALIGNED_SOURCES]
    holding = sorted((checker.pair_docs.get(p, set()) for p in runs_pairs), key=len)
    exact_docs = {d for d in set(holding[0]).intersection(*holding[1:]) - {region.doc.id} if d in score}
    best = score[ranked[0]] if ranked else 0.0
    near = ranked[:MAX_ALIGNED_SOURCES] + [d for d in ranked[MAX_ALIGNED_SOURCES:]
                                           if checker.docs[d].is_official and score[d] >= best / 2]
    return sorted(exact_docs), near


SENTENCES = ["the talks went very well indeed today", "we will not accept any new bases near us",
             "both sides agreed to keep talking next week", "the sanctions will stay in place for now"]
NAMES = ["Reuters", "Al-Jazeera", "Moscow Times", "Galeotti", "TASS", "(AP)"]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2 ** 16))
def test_the_likely_sources_are_those_of_scoring_every_holder(seed):
    """The quotation's likely sources are found from the names around it, not by trying every outlet."""
    rng = random.Random(seed)
    docs = [doc(f"off{i}", " ".join(rng.sample(SENTENCES, 3)) + ".", OFFICIAL) for i in range(2)]
    for i in range(12):
        name = rng.choice(NAMES)
        said = " ".join(f'{rng.choice(NAMES + ["Someone"])} said "{rng.choice(SENTENCES)}" later.'
                        for _ in range(rng.randint(1, 3)))
        author = rng.choice([None, "Mark Galeotti", "Ann Lee"])
        docs.append(Document(id=f"a{i}", path=f"a{i}.txt", title=f"a{i}", text=said, role=OUTLET, event="e",
                             source=name, author=author))
    checker = _Checker(docs)
    for d in docs:
        for region in checker.regions[d.id]:
            assert checker._likely(region) == _naive_likely(checker, region)
