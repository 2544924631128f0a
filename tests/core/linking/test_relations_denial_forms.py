"""Words of denial in the forms a new call writes (issue 16's families of morphology and of words read out of their
sense): "rejects", "excluded", "pausing" deny; "the rule of law" and "no alternative to dialogue" deny nothing."""

from readout_viewer.core.language.negation import ceases, denies, negated
from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts as _link


def test_a_denial_in_another_form_still_denies():
    for text in ("Sol rejects talks on the dams.", "Sol excluded talks on the dams.", "Sol ruled out talks on the dams.",
                 "Sol is ruling out talks on the dams."):
        link = _link(text, "Sol called for talks on the dams.")
        assert (link.relation, link.reason) == (DIVERGE, "negation"), text


def test_a_cessation_in_another_form_asks_for_an_end():
    assert ceases("pausing") and ceases("ceasing") and not ceases("rejects")
    link = _link("Berg suggested pausing strikes on dams.", "Berg ordered strikes on dams.")
    assert (link.relation, link.reason) == (DIVERGE, "negation")
    assert _link("Berg suggested ceasing strikes on dams.", "Berg urged an end to strikes on dams.").relation == AGREE
    assert _link("Sol agreed to pause strikes on dams, which Berg had suggested.",
                 "Berg suggested pausing strikes on dams.").relation == AGREE


def test_rule_denies_only_as_rule_out():
    words = "sol stressed the rule of law".split()
    assert not denies(words, 3)
    assert _link("Sol stressed the rule of law and democratic values.",
                 "Sol stressed democratic values and the law.").relation == AGREE
    assert _link("Sol would not rule out talks on the dams.", "Sol called for talks on the dams.").relation == AGREE


def test_no_alternative_asserts_what_follows():
    assert negated("there is no other alternative to talks".split())[0] == frozenset()
    assert _link("The leaders agreed there was no alternative to dialogue.",
                 "The leaders agreed that dialogue is essential.").relation == AGREE
    link = _link("Sol said there will be no talks on the dams.", "Sol called for talks on the dams.")
    assert (link.relation, link.reason) == (DIVERGE, "negation")
