"""Attribution passes stay linear: many quotations, sentences or documents cost in proportion (counted, not timed)."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_viewer.core.attributions import carriers as carriers_module
from readout_viewer.core.attributions import doc_cues, judge
from readout_viewer.core.attributions.carriers import ClaimIndex, carriers
from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.attributions.spans import Overlapping
from readout_viewer.core.attributions.statements import Statement
from readout_viewer.core.attributions.units import units
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import NOT_FOUND, OFFICIAL, OUTLET, Claim, Document, Quote
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.marks import Quotation, find_quotations
from tests.core.work import Comparisons, growth


def doc(doc_id, text, role=OUTLET, source=None, side=None, kind=None, event="e1"):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event=event,
                    source=source, side=side, kind=kind)


def quoting_text(n: int) -> str:
    """n sentences, each a source's words quoted."""
    return " ".join(f'The Kremlin said "the talks on item {i} went very well indeed". ' for i in range(n))


def _units_comparisons(n: int) -> int:
    text = quoting_text(n)
    counter = Comparisons()
    quotes = [Quote("news", counter.offset(q.start), counter.offset(q.end), NOT_FOUND) for q in find_quotations(text)]
    assert len(units(text, quotes)) == n
    return counter.count


def test_sentences_are_joined_to_their_quotations_in_one_pass():
    """Issue 14 finding 9: every sentence was compared with every quotation of its text."""
    assert growth(_units_comparisons, 300) < 2.6


def _naive_units(text, quotes):
    out = []
    for start, end in loose_sentences(text):
        if out and any(q.start < out[-1][1] and start < q.end + 1 for q in quotes):
            out[-1][1] = end
        else:
            out.append([start, end])
    return [tuple(u) for u in out]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["A b c.", "D e f!", '"G h.', 'I j." K.', "L m", "\n\n"]), max_size=20),
       st.lists(st.tuples(st.integers(0, 80), st.integers(1, 40)), max_size=8))
def test_units_are_those_of_the_first_rule(pieces, spans):
    text = " ".join(pieces)
    quotes = [Quote("d", s, s + n, NOT_FOUND) for s, n in spans]
    assert units(text, quotes) == _naive_units(text, quotes)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 30)), max_size=15),
       st.lists(st.tuples(st.integers(0, 15), st.integers(1, 20)), max_size=10))
def test_overlapping_items_are_those_a_full_scan_finds(items, steps):
    spans = [(s, s + n) for s, n in items]
    near = Overlapping(spans, lambda span: span)
    start = 0
    for gap, length in steps:
        start += gap
        end = start + length
        assert near.at(start, end) == [x for x in spans if x[0] < end and start < x[1]]


def _attribution_comparisons(n: int, monkeypatch) -> int:
    """Comparisons of quotation offsets made while checking the attributions of one text of n quotations."""
    counter = Comparisons()
    kremlin = doc("ru", "The talks went well.", OFFICIAL, "Kremlin", "RU", "readout")
    news = doc("news", quoting_text(n), source="Paper")
    found = [Quotation(counter.offset(q.start), counter.offset(q.end), q.closed) for q in find_quotations(news.text)]
    monkeypatch.setattr(doc_cues, "find_quotations", lambda text: found if text == news.text else ())
    quotes = [Quote("news", counter.offset(q.start), counter.offset(q.end), NOT_FOUND) for q in found]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in (kremlin, news)}
    before = counter.count
    assert len(check_attributions([kremlin, news], claims, [], quotes)) == n
    return counter.count - before


def test_each_sentence_reads_only_its_own_quotations(monkeypatch):
    """The quotations of a sentence, its quoted phrases and the quotations a cue may stand in were found by
    reading all of the text's quotations for every sentence that names a source."""
    assert growth(lambda n: _attribution_comparisons(n, monkeypatch), 150) < 2.6


WORDS = "grain border missile talks summit troops sanctions envoy corridor treaty ceasefire pledge".split()


def _folder(rng: random.Random, n: int) -> tuple[list[Document], dict[str, list[Claim]]]:
    documents, claims_of = [], {}
    for i in range(n):
        sentences_ = [" ".join(rng.sample(WORDS, rng.randint(2, 6))) + "." for _ in range(rng.randint(1, 4))]
        text = " ".join(sentences_)
        d = doc(f"d{i}", text, OFFICIAL if i % 3 == 0 else OUTLET, event=f"e{i % 2}")
        documents.append(d)
        claims_of[d.id] = [Claim(f"d{i}#{k}", d.id, s, e, text[s:e]) for k, (s, e) in enumerate(loose_sentences(text), 1)]
    return documents, claims_of


def _naive_carriers(documents, doc, statement, index, at_least):
    linked = index.linked_to(doc, statement)
    scores = {}
    for other in documents:
        if other.id != doc.id:
            score = max(linked.get(other.id, 0.0), index.held(other.id, statement, at_least))
            if score >= at_least:
                scores[other.id] = score
    return sorted(scores.items(), key=lambda kv: (-kv[1], index.order[kv[0]][0], index.order[kv[0]][1] != doc.event))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2 ** 16), st.sampled_from([0.0, 0.3, 0.5, 0.6, 1.0]))
def test_carriers_are_those_of_reading_every_document(seed, at_least):
    rng = random.Random(seed)
    documents, claims_of = _folder(rng, 12)
    index = ClaimIndex(documents, claims_of, [])
    parts = tuple(frozenset(rng.sample(WORDS, rng.randint(1, 5))) for _ in range(rng.randint(1, 3)))
    statement = Statement(0, 5, frozenset().union(*parts), parts)
    for d in documents[:4]:
        assert carriers(documents, d, statement, index, at_least) == \
            _naive_carriers(documents, d, statement, index, at_least)


def test_a_statement_is_checked_against_the_claims_that_may_carry_it(monkeypatch):
    """Every statement was compared with every claim of every document (855,452 calls on 1,000 articles)."""
    rng = random.Random(3)
    documents, claims_of = _folder(rng, 200)
    documents.append(doc("rare", "The envoy spoke of quinoa and saffron futures."))
    claims_of["rare"] = [Claim("rare#1", "rare", 0, len(documents[-1].text), documents[-1].text)]
    index = ClaimIndex(documents, claims_of, [])
    read = []
    real = carriers_module.ClaimIndex.held
    monkeypatch.setattr(carriers_module.ClaimIndex, "held", lambda self, *a: read.append(a[0]) or real(self, *a))
    statement = Statement(0, 5, frozenset({"quinoa", "saffron", "futur", "envoy"}),
                          (frozenset({"quinoa", "saffron", "futur", "envoy"}),))
    found = carriers(documents, documents[0], statement, index, 0.6)
    assert [doc_id for doc_id, _ in found] == ["rare"]
    assert read == []


SAYINGS = ["The White House said the President urged restraint along the northern border.",
           'The Kremlin said "no new missile batteries would be placed near the northern border".',
           "According to the Kremlin, the grain corridor stays open.",
           "The White House said the allies would respond firmly to any new incursion.",
           "The White House said no new missile batteries would be placed near the northern border.",
           "The Kremlin said the weather in the capital was mild and sunny today.",
           "Analysts doubt it."]


def test_verdicts_are_those_of_reading_every_document(monkeypatch):
    """The indexes change no verdict: the same folder checked with carriers found by reading every document."""
    rng = random.Random(5)
    us = doc("us", "The President urged restraint along the northern border. The allies would respond firmly.",
             OFFICIAL, "The White House", "US", "readout")
    ru = doc("ru", "No new missile batteries would be placed near the northern border. The grain corridor stays "
                   "open.", OFFICIAL, "Kremlin", "RU", "readout")
    articles = [doc(f"a{i}", " ".join(rng.choice(SAYINGS) for _ in range(rng.randint(1, 4))), source=f"Paper {i}")
                for i in range(40)]
    documents = [us, ru, *articles]
    claims_of = {d.id: [Claim(f"{d.id}#{k}", d.id, s, e, d.text[s:e]) for k, (s, e) in
                        enumerate(loose_sentences(d.text), 1)] for d in documents}
    quotes = check_quotes(documents)
    indexed = check_attributions(documents, claims_of, [], quotes)
    monkeypatch.setattr(judge, "carriers", _naive_carriers)
    assert indexed == check_attributions(documents, claims_of, [], quotes)
    assert {a.verdict for a in indexed} >= {"supported", "misattributed"}


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2 ** 16), st.integers(1, 3))
def test_links_followed_into_a_few_documents_reach_them_as_all_links_do(seed, hops):
    """The cited documents reached through two links are found without following every link of a readout's
    claims (on a folder of articles that retell it, each has thousands)."""
    from readout_viewer.core.model import AGREE, Link
    rng = random.Random(seed)
    documents, claims_of = _folder(rng, 10)
    claims = [c for cs in claims_of.values() for c in cs]
    links = [Link(a.id, b.id, AGREE, round(rng.random(), 3)) for a in claims for b in claims
             if a.doc != b.doc and rng.random() < 0.15]
    index = ClaimIndex(documents, claims_of, links)
    for d in documents[:4]:
        statement = Statement(0, len(d.text), frozenset(), ())
        every = index.linked_to(d, statement, hops)
        only = rng.sample([x.id for x in documents], 3)
        some = index.linked_to(d, statement, hops, only=only)
        assert {k: v for k, v in some.items() if k in only} == {k: v for k, v in every.items() if k in only}
