"""Details: a negation's or a hedge's words are shown as the claim writes them, capitals and all."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_a_hedge_keeps_the_capitals_of_who_described_it():
    link = _link("Berg pointed to what the Foreign Office described as provocations at sea.",
                 "Berg pointed to provocations at sea.")
    assert (link.relation, link.reason) == (DIVERGE, "hedge")
    assert link.detail == ("one keeps its distance (\u201cwhat the Foreign Office described\u201d), the other states "
                           "it plainly")


def test_a_denial_keeps_its_names_and_drops_quotation_marks():
    link = _link("Oslo does not support \u201cNorland independence\u201d, Berg said.",
                 "Berg said Oslo supports Norland independence.")
    assert (link.relation, link.reason) == (DIVERGE, "negation")
    assert link.detail == "one says \u201cnot support Norland\u2026\u201d, the other does not deny it"
