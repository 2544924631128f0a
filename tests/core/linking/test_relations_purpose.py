"""A cessation noun before "to": what ceases after "a halt to", "an end to"; a purpose after "a ceasefire to" (issue 16,
a false negation: "a ceasefire to protect civilians" denies no protection)."""

from readout_viewer.core.language.negation import negated
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts as _link


def test_a_ceasefire_to_do_a_thing_denies_the_ceasefire_alone():
    denied, _ = negated("sol pushed for a ceasefire to protect civilians".split())
    assert denied == {concept("ceasefire")}
    assert _link("Sol pushed for a ceasefire to protect civilians and to let aid reach the port.",
                 "Sol described efforts to deliver aid to the civilians in the port.").relation == AGREE


def test_a_pause_or_truce_to_do_a_thing_denies_nothing_after_it():
    assert _link("Sol called for a pause to allow aid into the port.",
                 "Sol described efforts to deliver aid into the port.").relation == AGREE
    assert _link("Sol called for a truce to save lives in the valley.",
                 "Sol spoke of saving lives in the valley.").relation == AGREE


def test_a_halt_or_an_end_to_an_act_still_denies_it():
    for text in ("Sol welcomed a halt to attacks on the port.", "Sol called for an end to attacks on the port.",
                 "Sol called for a cessation of attacks on the port."):
        link = _link(text, "Sol ordered attacks on the port.")
        assert (link.relation, link.reason) == (DIVERGE, "negation")
