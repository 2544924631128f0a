"""The quotation check's index of quoted word pairs and its search for an unclosed quotation's exact opening give
what they gave when first written, without reading the whole folder per quotation."""

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_viewer.core.model import OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import _Checker
from readout_viewer.core.quotes.match import exact
from readout_viewer.core.quotes.words import runs

WORDS = "the leaders agreed to meet again in autumn".split()


def doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e")


def _naive_pair_docs(checker):
    """The index as first written: each text's pairs against every pair some quotation holds."""
    quoted = {(r.words[k].key, r.words[k + 1].key) for regions in checker.regions.values() for r in regions
              for k in range(len(r.words) - 1)}
    out = {}
    for doc_id, source in checker.sources.items():
        held = set(zip(source.keys, source.keys[1:]))
        for pair in quoted & held:
            out.setdefault(pair, set()).add(doc_id)
    return out


def _naive_exact_prefix(checker, region):
    """The search as first written: every other text, narrowed by all the pairs of each opening tried."""
    keys = [w.key for w in region.words[:5]]
    holders = set(checker.sources) - {region.doc.id}
    for pair in zip(keys, keys[1:]):
        holders &= checker.pair_docs.get(pair, set())
    best, lo, hi = None, 5, len(region.words) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        cut = region.cut(mid)
        ck = [w.key for w in cut.words]
        able = holders.intersection(*(checker.pair_docs.get((ck[k], ck[k + 1]), set())
                                      for i, j in runs(cut.words) for k in range(i, j - 1)))
        if any(exact(cut.words, checker.sources[d]) for d in able):
            best, lo = cut, mid + 1
        else:
            hi = mid - 1
    return best


def _folder(picks, cut, held):
    """Texts drawn from WORDS by `picks`, the first opening with WORDS' first `held` words; the last quotes the first
    `cut` words and never closes its mark."""
    texts = [doc(f"t{i}", " ".join(WORDS[:held] * (i == 0) + [WORDS[k] for k in pick]) + ".",
                 OFFICIAL if i == 0 else OUTLET) for i, pick in enumerate(picks)]
    quoted = " ".join(WORDS[:cut]) + ", and then... more"
    return texts + [doc("news", f"They said \u201c{quoted} in the spring of the next year.\n\nNext paragraph.")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 7), min_size=2, max_size=12), min_size=1, max_size=5),
       st.integers(5, 8), st.integers(0, 8))
def test_the_index_and_the_exact_opening_are_the_first_rules(picks, cut, held):
    checker = _Checker(_folder(picks, cut, held))
    assert checker.pair_docs == _naive_pair_docs(checker)
    for region in checker.regions["news"]:
        got, want = checker._exact_prefix(region), _naive_exact_prefix(checker, region)
        assert (got and got.words) == (want and want.words)


class _CountedIds(dict):
    """The checker's texts by id, counting each time all of them are read."""

    reads = 0

    def __iter__(self):
        _CountedIds.reads += 1
        return super().__iter__()


def test_an_unclosed_quotation_does_not_read_every_text_of_the_folder():
    """Each unclosed quotation began from a set of every text of the folder (quadratic in a big folder)."""
    readout = doc("wh", "The leaders agreed to meet again in autumn, both sides said.", OFFICIAL)
    others = [doc(f"o{i}", f"Nothing at all of note happened on day {i}.") for i in range(20)]
    news = doc("news", "They said \u201cthe leaders agreed to meet again in autumn, said nobody else.\n\nNext.")
    checker = _Checker([readout, *others, news])
    checker.sources = _CountedIds(checker.sources)
    region = checker.regions["news"][0]
    found = checker._exact_prefix(region)
    assert found is not None and [w.key for w in found.words][:3] == ["the", "leaders", "agreed"]
    assert _CountedIds.reads == 0
