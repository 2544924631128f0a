"""Speed, the same results: scoring claims: the same scores, found with fewer Python calls."""

from readout_viewer.core.linking import readouts
from readout_viewer.core.linking.counterparts import sharing
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import concept_index, terms
from readout_viewer.core.linking.weights import IdfTable, Weights
from readout_viewer.core.model import Claim

TEXTS = {
    "a#1": "The two presidents discussed strategic stability and arms control in Geneva.",
    "a#2": "Biden raised concerns about cyber attacks on critical infrastructure.",
    "b#1": "The leaders agreed to continue the dialogue on strategic stability and arms control.",
    "b#2": "Putin spoke about the situation in Afghanistan.",
    "b#3": "Ransomware attacks on critical infrastructure were raised by Biden.",
}


def _claims(doc: str) -> list[Claim]:
    return [Claim(cid, doc, 0, len(t), t) for cid, t in TEXTS.items() if cid.startswith(doc)]


def _setup() -> tuple[dict, Weights]:
    all_terms = {cid: terms(t) for cid, t in TEXTS.items()}
    return all_terms, Weights(all_terms.values())


def test_idf_table_gives_the_default_for_an_unknown_concept_without_keeping_it() -> None:
    table = IdfTable({"arm": 2.0}, 5.0)
    assert table["arm"] == 2.0 and table["unknown"] == 5.0
    assert list(map(table.__getitem__, ["arm", "nope"])) == [2.0, 5.0]
    assert "unknown" not in table and len(table) == 1


def test_weights_read_their_table() -> None:
    _, w = _setup()
    assert w.idf("never-seen") == w.weight.default
    assert isinstance(w.weight, IdfTable)


def test_readout_pairs_scored_only_where_they_share_a_concept_are_the_same_as_every_pair() -> None:
    all_terms, w = _setup()
    left, right = _claims("a"), _claims("b")
    scored, few = readouts._scored(left, right, all_terms, w, 0.01)
    brute = sorted(((s, a.id, b.id) for a in left for b in right
                    if (s := score(all_terms[a.id], all_terms[b.id], w, names_only=1.0)) >= 0.01),
                   key=lambda x: (-x[0], x[1], x[2]))
    assert [(s, a, b) for s, a, b, _ in scored] == brute
    assert ("a#1", "b#2") not in {(a, b) for _, a, b, _ in scored}  # nothing shared: never scored
    assert few <= {(a, b) for _, a, b, _ in scored}


def test_claims_sharing_too_few_concepts_are_left_out_in_the_order_first_met() -> None:
    all_terms, _ = _setup()
    index = concept_index(_claims("b"), all_terms)
    mine = all_terms["a#1"]
    shared = {c.id: len(mine.concepts & all_terms[c.id].concepts) for c in _claims("b")}
    assert [c.id for c in sharing(mine, index, 3)] == [cid for cid, k in shared.items() if k >= 3] == ["b#1"]
    assert {c.id for c in sharing(mine, index, 0)} == {cid for cid, k in shared.items() if k > 0}
