"""Relations: what both sides urge together is a stance they share, not one side's proposal to the other."""

from readout_viewer.core.linking.divergence_cues import cues
from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts


def test_a_call_both_leaders_make_agrees_with_their_agreement():
    link = related_texts("Premier Osk and his counterpart Mira Lund urged the port authority to publish the tallies.",
                         "The two leaders agreed on the need for the port authority to publish the tallies.")
    assert link.relation == AGREE, link.detail


def test_one_side_proposing_what_the_other_text_has_agreed_still_diverges():
    link = related_texts("Premier Osk proposed that the port authority publish the tallies.",
                         "The two leaders agreed that the port authority would publish the tallies.")
    assert (link.relation, link.reason) == (DIVERGE, "actor")


def test_a_request_named_as_a_noun_stays_a_proposal():
    assert cues("Part and parcel of the request was more money for ports.").status == "proposed"
    assert cues("Both premiers urged calm at the ports.").status == "agreed"


def test_the_actor_is_the_subject_of_the_offer_whichever_leader_is_named_first():
    offer = "Premier Osk offered help with the inquiry into the storm."
    for text in ("Mira Lund described the storm, and Premier Osk offered help with the inquiry into it.",
                 "In the call with Mira Lund, Premier Osk thanked the crews and offered help with the inquiry.",
                 "Premier Osk offered Mira Lund help with the inquiry."):
        assert cues(text).status == "proposed", text
        assert related_texts(text, offer).relation == AGREE, text


def test_a_passive_offer_has_its_agent_after_by():
    assert cues("Help with the inquiry was offered by Premier Osk.").status == "proposed"
    assert cues("Help with the inquiry was offered by both leaders.").status == "agreed"


def test_a_joint_subject_stays_joint_through_a_second_verb():
    assert cues("The two leaders spoke by phone and urged calm at the ports.").status == "agreed"
    assert cues("Osk and Lund discussed the ports and urged calm.").status == "agreed"
    assert cues("Premier Osk discussed ports and fisheries and urged calm.").status == "proposed"


def test_a_passive_agent_ends_where_the_next_verb_is_joined():
    # the leaders are what Osk affirmed, not who proposed the plan: one side's proposal, as the other text has it
    text = "Premier Osk noted the plan that has been proposed by Lund and affirmed the two leaders' support for talks."
    assert cues(text).status == "proposed"
    link = related_texts(text, "In a statement, his office said Osk noted the plan proposed by Lund.")
    assert link.relation == AGREE, link.detail


def test_a_passive_agent_of_two_doers_stays_joint():
    assert cues("The plan was proposed by Osk and Lund at the summit.").status == "agreed"
    assert cues("The plan was proposed by both leaders and welcomed by the port.").status == "agreed"


def test_a_proposal_by_one_side_against_an_agreement_still_diverges_after_a_joined_verb():
    link = related_texts("Port talks were proposed by Lund and discussed at length.",
                         "The two leaders agreed to hold port talks.")
    assert (link.relation, link.reason) == (DIVERGE, "actor")
