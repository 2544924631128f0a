"""Relations: agree unless a cue (negation, number, hedge, intensity, proposal/agreement) sets the claims apart."""

import pytest

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str, dates=(None, None)):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5, dates)


@pytest.mark.parametrize("a, b, reason", [
    ("The minister raised the fishing quota dispute.", "The minister did not raise the fishing quota dispute.",
     "negation"),
    ("Oslo has no plan to close the embassy.", "Oslo plans to close the embassy.", "negation"),
    ("Sol urged an end to raids on the harbour.", "Sol ordered raids on the harbour.", "negation"),
    ("Sol refused any raids on the harbour.", "Sol ordered raids on the harbour.", "negation"),
    ("The talks will resume on March 4.", "The talks will resume on March 11.", "number"),
    ("He criticised the port blockade.", "He criticised the allegedly illegal port blockade.", "hedge"),
    ("She spoke of what he described as provocations at sea.", "She spoke of provocations at sea.", "hedge"),
    ("He cited what the coast guard office described as provocations at sea.", "He cited provocations at sea.",
     "hedge"),
    ("The minister ostensibly approved the port fees.", "The minister approved the port fees.", "hedge"),
    ("They threatened strong trade measures.", "They threatened catastrophic trade measures.", "intensity"),
    ("This would be a grave error, he said.", "This would be a minor inconvenience, he said.", "intensity"),
    ("The Danish side proposed a joint commission.", "Both sides agreed on a joint commission.", "actor"),
])
def test_divergence_reasons(a, b, reason):
    link = _link(a, b)
    assert (link.relation, link.reason) == (DIVERGE, reason)
    assert link.detail


@pytest.mark.parametrize("a, b", [
    ("They stressed the sacrifices should not be forgotten.", "They stressed the need to remember the sacrifices."),
    ("He warned against shifting the blame onto Norway.", "He stressed the blame should not be shifted onto Norway."),
    ("Oslo has no intention of sending warships north.", "Oslo promised not to send warships north."),
    ("Both readouts spoke of the lack of progress on the treaty.", "The lack of progress on the treaty was noted."),
    ("He raised the \u201cspirit of Bergen\u201d in the talks.", "He raised the Bergen spirit in the talks."),
    ("The fleet movements threaten no one, he said.", "He said the fleet movements pose no threat to anyone."),
    ("He stressed that the drills harm nobody.", "He stressed that the drills do no harm."),
    # a number in a name and a speaker's list marker are not figures of what was said
    ("Oslo pressed Berlin to halt the Baltic Link 2 gas pipeline.",
     "Number two, when it comes to Baltic Link 2, no gas flows through the Baltic Link 2 pipeline."),
    ("The Bergen 3 accords were discussed.", "Point 2: the Bergen 3 accords were discussed."),
])
def test_paraphrases_agree(a, b):
    assert _link(a, b).relation == AGREE


def test_a_quoted_word_alone_is_not_a_hedge():
    # readouts quote terms of art (the "curtailed" missions) and outlets quote their source: neither distances
    plain, quoted = "He noted the curtailed missions of the fleet.", "He noted the \u201ccurtailed\u201d missions of the fleet."
    assert _link(quoted, plain).relation == AGREE


def test_the_same_scare_quote_on_both_sides_agrees_and_names_are_not_negated():
    quoted = "The \u201cshrunken\u201d consulates of both countries struggle to work."
    assert _link(quoted, quoted.replace("struggle", "still struggle")).relation == AGREE
    a = "She said there would be no talks about Norway without Norway."
    b = "She reaffirmed her support for Norway and its fishermen."
    assert _link(a, b).relation == AGREE


def test_a_claim_about_absence_diverges_from_the_claim_it_says_is_missing():
    link = _link("Neither readout mentioned the gas pipeline dispute.", "The leaders discussed the gas pipeline dispute.")
    assert (link.relation, link.reason) == (DIVERGE, "negation")


def test_a_negation_covers_its_own_phrase_only():
    a = "He said the border is the first red line that must not be crossed in our relations."
    b = "He called the border the first red line in the relations of the two states."
    assert _link(a, b).relation == AGREE


def test_a_request_for_what_was_said_is_not_distancing():
    a = "She listed what he called for in the fisheries talks."
    b = "She listed his demands in the fisheries talks."
    assert _link(a, b).relation == AGREE


def test_a_hedge_sets_claims_apart_only_where_it_covers_what_they_share():
    hedged = ("Against the background of reports on raids ostensibly launched from Danish harbours, he said no "
              "requests for help had come from the coast guard.")
    assert _link(hedged, "He said the coast guard had sent no requests for help.").relation == AGREE
    link = _link(hedged, "The minister raised the raids launched by gangs from harbours in Denmark.")
    assert (link.relation, link.reason) == (DIVERGE, "hedge")
    moves = "She stressed the allegedly \u201cthreatening\u201d nature of the fleet movements near the strait."
    link = _link(moves, "She voiced concern about the fleet movements near the strait.")
    assert (link.relation, link.reason) == (DIVERGE, "hedge")


def test_a_claimed_statement_distances_only_what_follows_the_claim():
    a = "The ministry claimed, in turn, that the minister wants closer fisheries ties with Norway."
    assert _link(a, "The minister voiced interest in closer fisheries ties with Norway.").relation == AGREE
    assert _link("The ministry claimed the fisheries ties were frozen.",
                 "The ministry said the fisheries ties were frozen.").reason == "hedge"


# ---- the families of false and missed divergences (literal inputs of our own)

@pytest.mark.parametrize("a, b", [
    # an agreement to the other side's proposal reports the proposal too: no actor swap
    ("Premier Sol agreed to a Danish proposal to open the harbour.", "Premier Berg put forward the suggestion to open "
     "the harbour."),
    ("Sol accepted the offer of a joint patrol.", "Berg offered a joint patrol."),
    # a verb that ends an action against a noun of cessation: both halt the strikes
    ("Sol supported the proposal to halt strikes on the harbour.", "The premiers agreed to a pause in strikes on the "
     "harbour."),
    ("Oslo guaranteed that the fleet will stop its northward expansion.", "Oslo offered guarantees ruling out the "
     "fleet's northward expansion."),
    # "an end to" is a cessation: both stop the fighting
    ("Premier Sol urged an end to violence in the harbour.", "The premier appealed for an immediate cessation of "
     "violence in the harbour."),
    # the date of the call itself anchors a claim; the other claim's date is an earlier meeting
    ("On December 30, the premiers spoke by phone about the fisheries.", "The talks followed up on the December 7 "
     "meeting on the fisheries."),
    # approximate durations that say the same
    ("The call lasted just over an hour.", "It lasted a bit over an hour."),
    ("The premiers spoke for 90 minutes.", "The conversation lasted an hour and a half."),
    # a duration of the call is a detail an outlet adds, not a different substance
    ("The premiers held a 90-minute phone call on the fisheries.", "The premiers had a telephone conversation on the "
     "fisheries."),
    # counts of different things are not compared; the number of parties is not a reported figure
    ("Sol recalled the three principles of the old treaty.", "Sol recalled the principles of the old treaty."),
    ("The two leaders discussed the harbour.", "The leaders discussed the harbour."),
    # "World War" is history, not a loaded word for the present conflict
    ("They recalled the alliance of the Second World War.", "They recalled the wartime alliance of the two "
     "countries during the conflict of the 1940s."),
    # the same place named twice the same way, or the seat beside its country
    ("Sol offered to receive Danish officials in Oslo.", "Sol offered to receive Danish officials in Oslo, Norway."),
    # a seat after "to" or "from" is its government, as the country's name is
    ("The envoy carried a message from Oslo.", "The envoy carried a message from Norway."),
    ("Sol said the fleet would send more help to Oslo.", "Sol said the fleet would send more help to Norway."),
    # a loaded word against the other's neutral one, where the other frames the thing with a loaded word of its own
    ("Sol offered two paths: diplomacy leading to de-escalation, or further aggression and serious costs.",
     "One path leads to a de-escalation of the situation, the other to serious costs after a further invasion."),
    # a footnote mark is not a figure
    ("When exchanging views on cyber security[1], both sides stressed the dialogue.", "When exchanging views on cyber "
     "security, both sides stressed the dialogue."),
    # a figure beside words the other does not use: found at its own place, not at every word that starts alike
    ("Almost half an year after promising, and with the premiers ready, Sol will continue practical cooperation "
     "against cybercrime.", "They expressed readiness to continue practical cooperation against cybercrime."),
    # a figure in a part of the sentence the other does not report ("including during the war of 1812 - 200 years ago")
    ("Sol noted that Norland played a significant role in the founding of the republic.", "It was noted that Norland "
     "played an important role in the founding of the republic, including during the Harbour War - 200 years ago."),
])
def test_false_divergences_agree(a, b):
    assert _link(a, b, ("2021-12-30", "2021-12-30")).relation == AGREE


@pytest.mark.parametrize("a, b, reason", [
    # an added figure: a 30-day truce where the readout gives none
    ("The premiers agreed to a 30-day truce on strikes against harbours.", "The premiers agreed to a truce on "
     "strikes against harbours.", "number"),
    ("The call lasted 50 minutes.", "The call lasted 90 minutes.", "number"),
    ("Sol said 3,000 troops would leave the islands.", "Sol said 2,000 troops would leave the islands.", "number"),
    # an inserted frame: "war" for the other text's "conflict"
    ("Berg spoke of ending this war of Norway against Denmark.", "Berg spoke of ending this conflict.", "framing"),
    # a narrowed or widened scope
    ("They agreed to stop strikes on energy infrastructure.", "They agreed to stop strikes on energy and "
     "infrastructure.", "scope"),
    # a country's seat where the other names the country
    ("Sol offered to receive Danish officials in Oslo.", "Sol offered to receive in Norway Danish officials.", "scope"),
    # a verb of saying made stronger
    ("Sol mentioned the need to address the causes of the dispute.", "Sol stressed the need to address the causes of "
     "the dispute.", "intensity"),
])
def test_missed_divergences_are_found(a, b, reason):
    link = _link(a, b, ("2021-12-30", "2021-12-30"))
    assert (link.relation, link.reason) == (DIVERGE, reason), link.detail
    assert link.detail


def test_a_date_that_is_not_the_day_of_the_call_still_diverges():
    link = _link("The ministers will meet in Vienna on April 2.", "The ministers will meet in Vienna on April 9.",
                 ("2024-03-14", "2024-03-14"))
    assert (link.relation, link.reason) == (DIVERGE, "number")


def test_durations_of_the_call_link_and_agree_within_their_approximation():
    from readout_viewer.core.model import OUTLET
    from tests.builders import text_doc as _doc
    from tests.core.linking.test_align import _links
    north = _doc("north", "Premier Berg met Premier Sol by video link.\n\nThey talked for about three and a half hours.\n\n"
                          "I'll give you a rundown in a second.", side="N")
    paper = _doc("paper", "The video conference, which lasted more than three hours, took place on Tuesday.",
                 role=OUTLET)
    found = [(b, link.relation) for _, b, link in _links(paper, north)]
    assert ("They talked for about three and a half hours.", AGREE) in found
    other = _doc("other", "The premiers spoke for ninety minutes on the phone.", role=OUTLET)
    diverging = [link for _, b, link in _links(other, north) if "three and a half" in b]
    assert diverging and diverging[0].reason == "number"


def test_not_only_adds_rather_than_denies():
    from readout_viewer.core.linking.divergence_cues import cues
    assert not cues("This was not only about developing ways to manage the competition responsibly").negated
    assert cues("The premier did not discuss the fisheries quota.").negated



def test_a_loaded_modifier_coordinated_with_another_still_frames_its_noun():
    from readout_viewer.core.linking.divergence_cues import cues
    from readout_viewer.core.linking.relations import _reason
    one = cues("The conversation focused on the unprovoked invasion of the island.")
    two = cues("They spent most of their time on the unprovoked and unjustified invasion of the island, as well as "
               "the implications of the crisis for the region.")
    assert _reason(one, two) is None
    assert _reason(one, cues("They spent most of their time on the invasion of the island.")) is not None


def test_a_ceasefire_on_conditions_is_not_a_denial_of_the_conditions():
    """A comma ends a negation's scope, and a ceasefire named without "of", "on", "in" or "to" says nothing of what
    follows it: two translations of one sentence agree."""
    from readout_viewer.core.linking.divergence_cues import cues
    from readout_viewer.core.linking.relations import _reason
    a = cues("including a possible temporary ceasefire, should appropriate agreements be reached")
    b = cues("including a possible ceasefire for a certain period of time if appropriate agreements are reached")
    assert _reason(a, b) is None
    assert _reason(cues("negotiations towards a ceasefire immediately after the call"),
                   cues("Negotiations will immediately start toward a ceasefire.")) is None
    # what a ceasefire covers after "on" is still denied when the other asks for no end, and a plain denial diverges
    assert _reason(cues("Russia agreed to strikes on energy infrastructure."),
                   cues("Russia agreed to a ceasefire on energy infrastructure."))[0] == "negation"
    assert _reason(cues("The leaders agreed to a 30-day ceasefire."), cues("No ceasefire was agreed."))[0] == \
        "negation"


def test_an_agreement_that_one_side_will_propose_reports_the_proposal_too():
    from readout_viewer.core.linking.divergence_cues import cues
    from readout_viewer.core.linking.relations import _reason
    agreed = cues("We agreed with the President that Russia will propose a memorandum on a future peace treaty.")
    assert _reason(agreed, cues("Russia will propose a memorandum on a possible peace agreement.")) is None
    assert _reason(cues("The President proposed a summit in Geneva."),
                   cues("The presidents agreed to hold a summit in Geneva."))[0] == "actor"


def test_an_outlet_that_quotes_its_sources_words_after_claims_keeps_no_distance_from_that_source():
    from readout_viewer.core.linking.relations import relate
    source = Claim("y#1", "y", 0, 40, "We both believe very strongly in the fishing accord.")
    report = Claim("x#1", "x", 0, 80, "Berg claims the leaders both \u201cbelieve very strongly\u201d in the fishing accord.")
    assert relate(report, source, 0.5, reports=True).relation == AGREE
    # the same words set against another text than the one that said them keep their distance
    assert relate(report, source, 0.5).relation == DIVERGE
    described = Claim("x#2", "x", 0, 70, "They spoke in what was described as a \u201cfrank\u201d talk on the accord.")
    plain = Claim("y#2", "y", 0, 50, "The talk on the accord was frank and useful.")
    assert relate(described, plain, 0.5, reports=True).relation == AGREE
    unquoted = Claim("x#3", "x", 0, 60, "They spoke in what was described as a frank talk on the accord.")
    assert relate(unquoted, plain, 0.5, reports=True).relation == DIVERGE  # no words of the source's in quotes


def test_the_war_named_alone_is_the_common_word_not_a_frame():
    # "an END to the War" and "the cessation of hostilities" name one thing; only a war that names who wages it on
    # whom ("this war of Norway against Denmark") frames what the other text calls a conflict
    link = _link("Sol expressed his position on the cessation of hostilities and a truce.",
                 "Norway and Denmark will immediately start talks toward a truce and, more importantly, an END to the "
                 "War.", ("2025-05-19", "2025-05-19"))
    assert link.reason != "framing", link.detail
    link = _link("Berg says talks toward a truce begin at once, after a call with Sol on the grinding conflict.",
                 "Norway and Denmark will immediately start talks toward a truce and an end to the war.",
                 ("2025-05-19", "2025-05-19"))
    assert link.reason != "framing", link.detail


def test_a_war_to_end_is_the_common_word_even_beside_its_name():
    # "any agreement to end the war in Denmark" names what every side names, the object of the agreement; "ending
    # this war of Denmark against Norway" is still the writer's word for it
    official = Claim("y#1", "y", 0, 140, "Any possible agreements must address security concerns of Norway, rest on "
                                         "the new territorial realities and eliminate the original causes of the "
                                         "conflict.")
    ended = "Sol had told Berg any agreement to end the war in Denmark must take Norwegian security interests into account."
    framed = ("Sol had told Berg any agreement ending this war of Denmark against Norway must take Norwegian security "
              "interests into account.")
    assert relate(Claim("x#1", "x", 0, len(ended), ended), official, 0.5, reports=True).relation == AGREE
    assert relate(Claim("x#2", "x", 0, len(framed), framed), official, 0.5, reports=True).reason == "framing"



@pytest.mark.parametrize("a, b", [
    # time counted since an earlier event is the writer's arithmetic, not a figure said on the call
    ("Sol thanked Berg for the first direct fishery talks between Oslo and Copenhagen in over three years.",
     "Sol thanked Berg for resuming direct fishery talks with Copenhagen, suspended back in 2022."),
    ("Sol recalled the fishery accord signed in Copenhagen two years ago.",
     "Sol recalled the fishery accord signed in Copenhagen."),
    ("Sol said fishery talks with Copenhagen had stalled over the past three years.",
     "Sol said fishery talks with Copenhagen had stalled."),
])
def test_time_passed_since_an_earlier_event_is_no_added_figure(a, b):
    assert _link(a, b).relation == AGREE


def test_a_duration_of_what_was_agreed_is_still_an_added_figure():
    link = _link("The leaders agreed the fishery truce would last three years.", "The leaders agreed on the fishery "
                 "truce.")
    assert (link.relation, link.reason) == (DIVERGE, "number")


def test_a_cessation_against_another_end_denies_nothing():
    """Two claims that each ask for an end of one thing say one thing; neither denies the other."""
    # "cease violence" and "end violence" say one thing
    end = "The premiers called on the junta to end violence and free the prisoners."
    assert _link(end, "The premiers agreed the junta must cease violence, free the prisoners and hold talks.").relation \
        == AGREE
    # a ceasefire against a halt of the same strikes: one call
    assert _link("Sol pushed for a ceasefire in the strikes on the harbour.", "Sol urged a halt to the strikes on the "
                 "harbour.").relation == AGREE
    # an end asked for against the act itself is a divergence: only when both ask for an end is nothing denied
    assert _link("Sol urged an end to raids on the harbour.", "Sol ordered raids on the harbour.").relation == DIVERGE


def test_a_denial_proper_beside_a_cessation_still_diverges():
    link = _link("Sol called for a truce at sea and refused any raids on the harbour.", "Sol ordered raids on the harbour.")
    assert (link.relation, link.reason) == (DIVERGE, "negation")
    assert "refused" in link.detail  # the detail shows the denial, not the cessation before it


def test_cannot_denies_as_can_t_and_can_not_do():
    """Seen on the Biden–Marcos event (read): "he cannot think of a better partner" was set apart from "I can’t think
    of any better partner" as a negation — "cannot", one word, was no negation word, while "can’t" was."""
    assert _link("He cannot think of a better partner.", "I can\u2019t think of any better partner.").relation == AGREE
    assert _link("He cannot think of a better partner.", "He can not think of a better partner.").relation == AGREE
    link = _link("He said the side cannot win the war.", "He said the side can win the war.")
    assert (link.relation, link.reason) == (DIVERGE, "negation")


def test_a_negation_that_praises_denies_nothing():
    """"He cannot think of a better partner" says the partner is the best there is (the Biden–Marcos event: an outlet's
    sentence linked to the transcript's "our countries ... share a strong partnership" was set apart as a negation);
    a negation of the thinking itself still denies."""
    said = "He cannot think of a better partner than the islands, with whom the kingdom shares a deep friendship."
    assert _link(said, "Our countries share a strong partnership and a deep friendship.").relation == AGREE
    assert _link("She could not have asked for a finer host.", "She thanked her host.").relation == AGREE
    link = _link("He did not think of the partnership at all.", "He thought of the partnership.")
    assert (link.relation, link.reason) == (DIVERGE, "negation")
