"""Alignment: paraphrases, translation variants and compound sentences link; commentary does not."""

from dataclasses import replace

from readout_viewer.core.language.clauses import enumerates
from readout_viewer.core.language.segment import segment
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.linking.readouts import MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD, one_to_one
from readout_viewer.core.linking.weights import weights_for
from readout_viewer.core.model import DIVERGE, OUTLET, Document
from tests.builders import run_to_end, text_doc


def _links(*docs: Document):
    claims_of = {d.id: segment(d) for d in docs}
    links = run_to_end(find_links(list(docs), claims_of))[1]
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    return [(text[link.a], text[link.b], link) for link in links]


NORTH = text_doc("north", "The two premiers tasked their teams to follow up on the fisheries accord. "
                      "Premier Berg voiced deep worries about the naval exercises near the islands. "
                      "The premiers also discussed the harbour tariffs.", side="N")
SOUTH = text_doc("south", "The leaders agreed to instruct their representatives to engage in consultations on "
                      "the fisheries accord. Premier Sol recalled the long friendship of the two fleets. "
                      "Berg emphasised the allegedly \u201cthreatening\u201d naval exercises near the islands.", side="S")


def test_paraphrased_readouts_link_and_unrelated_claims_stay_apart():
    links = _links(NORTH, SOUTH)
    pairs = {(a[:20], b[:20]) for a, b, _ in links}
    assert ("The two premiers tas", "The leaders agreed t") in pairs
    assert ("Premier Berg voiced ", "Berg emphasised the ") in pairs
    assert not any("friendship" in a + b for a, b, _ in links)
    hedged = [link for a, b, link in links if "naval" in a]
    assert hedged[0].relation == DIVERGE and hedged[0].reason == "hedge"


def test_translation_variants_of_one_readout_link():
    one = text_doc("v1", "The ministers discussed the outcomes of the Vilnius summit and the spirit of Vilnius. "
                     "He voiced serious concern about Kiev's guaranties to the Donbass region.", side="S")
    two = text_doc("v2", "The ministers talked about the results of the summit held in Vilnius. "
                     "He expressed serious concern about Kyiv's guarantees to the Donbas region.", side="S")
    links = _links(one, two)
    assert len(links) == 2
    assert all(link.a.startswith("e/v1") for _, _, link in links)


def test_outlet_sentence_links_to_the_claim_it_reports_and_commentary_does_not():
    outlet = text_doc("paper", "Berg, according to the readout, voiced deep worries about naval exercises near the "
                           "islands. Critics have long argued that maritime diplomacy in the region is a dead end.",
                  role=OUTLET)
    links = _links(outlet, NORTH)
    assert [(a[:10], b[:20]) for a, b, _ in links] == [("Berg, acco", "Premier Berg voiced ")]
    assert links[0][2].a.startswith("e/paper")


def test_links_are_deterministic_and_scored_between_zero_and_one():
    first, second = _links(NORTH, SOUTH), _links(NORTH, SOUTH)
    assert [link for *_, link in first] == [link for *_, link in second]
    assert all(0.0 <= link.score <= 1.0 for *_, link in first)


def test_progress_fractions_are_yielded_in_order():
    docs = [NORTH, SOUTH]
    fractions = list(find_links(docs, {d.id: segment(d) for d in docs}))
    assert fractions and fractions == sorted(fractions) and all(0.0 <= f <= 1.0 for f in fractions)


def test_an_outlet_quotation_links_to_the_one_official_claim_holding_it():
    briefing = text_doc("brief", "There was a lot of back-and-forth. The weather in the capital was fine all week.")
    outlet = text_doc("column", 'Such summits allow some "back-and-forth," as officials put it afterwards.', role=OUTLET)
    links = _links(outlet, briefing)
    assert [(a[:12], b[:18]) for a, b, _ in links] == [("Such summits", "There was a lot of")]


def test_claims_sharing_only_names_do_not_link():
    briefing = text_doc("brief2", "Deputy Foreign Minister Anna Berg Larsen joined us at the podium today.")
    outlet = text_doc("paper2", "Deputy Foreign Minister Anna Berg Larsen then flew to Rome for the summit.", role=OUTLET)
    links = _links(outlet, briefing, NORTH, SOUTH)
    assert not [a for a, _, _ in links if "Larsen" in a]


def test_one_outlet_sentence_reports_claims_of_two_readouts():
    outlet = text_doc("wire", "Berg voiced deep worries about the naval exercises near the islands, while Sol recalled the "
                          "long friendship of the two fleets.", role=OUTLET)
    links = _links(outlet, NORTH, SOUTH)
    targets = {link.b.split("#")[0] for *_, link in links}
    assert targets == {NORTH.id, SOUTH.id}


def test_a_call_sentence_does_not_stand_in_the_way_of_a_clear_counterpart():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol of Sweden. Premier Berg also spoke with Premier "
                          "Sol about the recent trawler seizures by gangs operating out of Swedish harbours that have "
                          "hurt fishing fleets across the region. The premiers discussed the harbour tariffs. They "
                          "discussed the ferry timetable for the summer. The premiers agreed to talk again in May.",
                 side="N")
    south = text_doc("south", "Premier Sol had a telephone conversation with Premier Berg. Against the background of press "
                          "reports on trawler seizures ostensibly planned on Swedish soil, Premier Sol said no requests "
                          "for help had come from Norwegian port authorities or the coast guard in the last month, "
                          "despite the readiness of the police to act. The talks also covered the ferry timetable for "
                          "the summer. Sol discussed the price of salmon exports in the call.", side="S")
    pairs = {(a[:20], b[:20]) for a, b, _ in _links(north, south)}
    assert ("Premier Berg also sp", "Against the backgrou") in pairs
    assert ("Premier Berg spoke t", "Premier Sol had a te") in pairs


def test_what_a_readout_says_after_its_topic_sentence_joins_the_same_counterpart():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol of Sweden. The premiers agreed to extend the "
                          "ferry concession on the Kattegat route for three years.", side="N")
    text = ("Premier Sol had a telephone conversation with Premier Berg.\n\nThe premiers discussed the ferry "
            "concession on the Kattegat route.{} Premier Sol proposed extending the concession for one year if port "
            "fees are cut.")
    joined = [link for a, b, link in _links(north, text_doc("south", text.format(""), side="S")) if "proposed" in b]
    assert joined and joined[0].relation == DIVERGE
    apart = _links(north, text_doc("south", text.format("\n\n"), side="S"))
    assert not any("proposed" in b for _, b, _ in apart)


def test_two_claims_of_one_readout_can_each_match_their_part_of_one_long_claim():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol. They discussed ways to keep a fisheries "
                          "quota dialogue on cod and herring stocks.\n\nPremier Berg restated his aim of a calm and "
                          "reliable partnership with Sweden.", side="N")
    south = text_doc("south", "Premier Sol had a telephone conversation with Premier Berg. Berg voiced interest in "
                          "building calm and reliable cooperation on matters such as fisheries quota talks, cod "
                          "stocks and herring stocks. The ferry timetable was reviewed.", side="S")
    links = _links(north, south)
    pairs = {(a[:20], b[:20]) for a, b, _ in links}
    assert ("They discussed ways ", "Berg voiced interest") in pairs
    assert ("Premier Berg restate", "Berg voiced interest") in pairs
    assert not any("ferry" in b for _, b, _ in links)


def test_a_second_claim_sharing_only_scattered_words_with_a_taken_partner_stays_apart():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\nPremier Berg voiced deep concern about "
                          "the naval drills near the islands.", side="N")
    south = text_doc("south", "Premier Sol had a telephone conversation with Premier Berg.\n\nBerg raised the naval "
                          "drills near the islands.\n\nSol expressed serious concern about the harbour tariffs and "
                          "voiced regret.", side="S")
    links = _links(north, south)
    assert ("Premier Berg voiced ", "Berg raised the nava") in {(a[:20], b[:20]) for a, b, _ in links}
    assert not any("tariffs" in b for _, b, _ in links)


def test_an_outlet_does_not_report_a_readout_dated_after_it():

    from readout_viewer.core.linking.pairs import may_report
    readout = replace(NORTH, date="2022-03-10")
    assert not may_report(replace(NORTH, role=OUTLET, date="2022-03-01"), readout)
    assert may_report(replace(NORTH, role=OUTLET, date="2022-03-09"), readout)  # a day's grace: time zones
    assert may_report(replace(NORTH, role=OUTLET, date="2022-03"), readout)  # a month is compared as a month
    assert may_report(replace(NORTH, role=OUTLET, date=None), readout)
    early = replace(text_doc("paper", "Premier Berg voiced deep worries about the naval exercises near the islands.",
                         role=OUTLET), date="2022-02-01")
    assert not _links(early, readout)
    assert _links(replace(early, date="2022-03-11"), readout)


def test_a_stock_phrase_in_common_is_not_a_report():
    readout = text_doc("north", "Premier Berg spoke today with Premier Sol of Sweden. Premier Berg raised the fisheries "
                            "quota with Premier Sol. Premier Berg called on Sweden to de-escalate tensions. Premier "
                            "Berg and Premier Sol agreed to meet in Oslo. Premier Sol praised the ferry link.", side="N")
    outlet = text_doc("paper", "Observers expect that the visit is unlikely to ease tensions soon.", role=OUTLET)
    assert not _links(outlet, readout)
    close = text_doc("paper2", "Berg called on Sweden to ease tensions, the readout said.", role=OUTLET)
    assert [b[:20] for _, b, _ in _links(close, readout)] == ["Premier Berg called "]


def test_an_outlet_retelling_one_side_also_reports_the_other_sides_counterpart():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\nThe premiers discussed the fisheries quota."
                          "\n\nPremier Berg proposed a personal summit meeting in a neutral country in the coming "
                          "months.", side="N")
    south = text_doc("south", "Premier Sol had a telephone conversation with Premier Berg.\n\nThe fisheries quota was "
                          "reviewed in detail.\n\nThe Norwegian premier suggested considering the possibility of "
                          "holding a personal summit in the foreseeable future.", side="S")
    paper = text_doc("paper", "The Norwegian premier proposed considering the possibility of holding a personal summit "
                          "meeting in the foreseeable future, the Swedish government said.", role=OUTLET)
    reported = {b[:25] for a, b, _ in _links(north, south, paper) if a.startswith("The Norwegian premier pro")}
    assert reported == {"The Norwegian premier sug", "Premier Berg proposed a p"}
    # without the other side's readout there is nothing to carry the report over to
    assert {b[:25] for _, b, _ in _links(north, paper)} == set()


def test_a_report_is_not_carried_to_a_counterpart_that_only_shares_its_topic():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\nPremier Berg strongly opposed unilateral "
                          "efforts to change the status quo or undermine peace and stability across the northern "
                          "strait.\n\nThe premiers discussed the fisheries quota.", side="N")
    south = text_doc("south", "Premier Sol had a telephone conversation with Premier Berg.\n\nThe true status quo of the "
                          "northern strait question, Premier Sol pointed out, is that there is but one kingdom in the "
                          "world and the strait is part of the kingdom and the government in the capital is its sole "
                          "legitimate government.\n\nThe fisheries quota was reviewed in detail.", side="S")
    paper = text_doc("paper", "Berg said that Norway remained committed to the fishing accord but strongly opposed "
                          "unilateral efforts to change the status quo or undermine peace and stability across the "
                          "northern strait.", role=OUTLET)
    reported = {b[:25] for a, b, _ in _links(north, south, paper) if a.startswith("Berg said")}
    assert reported == {"Premier Berg strongly opp"}  # not "The true status quo of the …" (0.20 alike)


def test_concept_index_offers_only_claims_that_share_a_concept():
    from readout_viewer.core.linking.terms import concept_index
    from readout_viewer.core.linking.weights import weights_for
    doc = text_doc("wh", "The leaders discussed border troops at length. Fishing quotas in the Baltic were settled.")
    claims = segment(doc)
    terms, _ = weights_for({doc.id: claims})
    index = concept_index(claims, terms)
    troops = terms[claims[0].id].concepts - terms[claims[1].id].concepts
    assert troops and all(index[c] == [claims[0]] for c in troops)
    assert set(index) == terms[claims[0].id].concepts | terms[claims[1].id].concepts


def test_echoes_take_closed_quotations_with_a_content_word():
    from readout_viewer.core.linking.quoted_phrases import quoted
    text = "He didn\u2019t say \u201cthe U.S. won\u2019t back down,\u201d only 'of the' and \"an open-ended"
    assert quoted(text) == ["the u s won't back down"]
    assert quoted("Russia's allies' view: \"no 'red lines' here\"") == ["no 'red lines' here", "red lines"]


# ---- families of missed and false links (our own literal folders)

def test_a_mention_of_the_call_does_not_outweigh_what_was_agreed_on_it():
    north = text_doc("north", "Premier Berg had a lengthy telephone conversation with Premier Sol.\n\nBoth sides agreed "
                          "to suspend attacks on the power grid for a month.", side="N")
    paper = text_doc("paper", "Sol agreed during a lengthy telephone conversation with Premier Berg to a moratorium on "
                          "attacks against the power grid.", role=OUTLET)
    assert any("power grid for a month" in b for _, b, _ in _links(paper, north))


def test_an_exchange_of_views_is_a_discussion_and_a_shared_view_an_agreement():
    from readout_viewer.core.linking.terms import terms
    exchange = terms("The premiers had an exchange of views on the quota.").concepts
    shared = terms("Sol shared the view of his guest on the quota.").concepts
    assert (exchange & shared) == terms("quota").concepts  # "view" is no longer what they share
    assert terms("discussed").concepts <= exchange and terms("agreed").concepts <= shared


def test_a_single_quoted_word_is_not_an_echo_of_a_readout():
    north = text_doc("north", "The premiers agreed to negotiate in good faith on the harbour fees.\n\nPremier Sol praised "
                          "the ferry link between the two capitals.", side="N")
    paper = text_doc("paper", "Observers called the atmosphere \u201cgood\u201d but saw no progress on the ferry link.",
                 role=OUTLET)
    assert not any("good faith" in b for _, b, _ in _links(paper, north))


def test_a_report_wrapped_in_commentary_is_found_by_its_piece():
    north = text_doc("north", "The two premiers tasked their teams to follow up on the fisheries discussions in the coming "
                          "weeks.", side="N")
    paper = text_doc("paper", "At the same time, that both readouts said the two premiers tasked their teams to follow up "
                          "on the fisheries discussions is encouraging, which is progress as the premier's goal in this "
                          "meeting was to get the northern fleet's concerns over quotas onto the agenda of the talks, "
                          "and he seems to have achieved that.", role=OUTLET)
    assert _links(paper, north)


def test_strikes_on_a_grid_are_attacks_but_strike_weapons_are_weapons():
    from readout_viewer.core.language.synonyms import concept
    assert concept("strikes") == concept("attacks")
    assert concept("strike") != concept("attack")


def test_a_compound_outlet_sentence_reports_two_claims_of_one_readout():
    readout = text_doc("readout", "The premier invited the envoy to visit the northern capital next spring. "
                              "The premier expressed readiness to receive trade officials in areas of mutual interest, "
                              "including the fisheries settlement.", side="N")
    outlet = text_doc("paper", "The premier invited the envoy to visit the northern capital next spring, the spokesman "
                           "said, adding that the premier was ready to receive trade officials on the fisheries "
                           "settlement.", role=OUTLET)
    reported = {b[:30] for a, b, _ in _links(outlet, readout)}
    assert reported == {"The premier invited the envoy ", "The premier expressed readines"}


def test_a_sentence_quoting_one_statement_also_reports_what_it_says_outside_the_quotation():
    post = text_doc("post", "I just had a lengthy and highly productive phone call with the premier. "
                        "We have agreed to have our teams start negotiations on the fisheries accord immediately.",
                side="N")
    outlet = text_doc("paper", "The envoy, visiting the northern capital on a tour of the region, said he and the premier "
                           "agreed to start negotiations on the fisheries accord at once during their \u201clengthy and highly "
                           "productive\u201d call.", role=OUTLET)
    reported = {b[:20] for a, b, _ in _links(outlet, post)}
    assert reported == {"I just had a lengthy", "We have agreed to ha"}


def test_a_quoting_sentence_reports_a_short_statement_outside_its_quotation_too():
    post = text_doc("post", "There is a tremendous opportunity for the fleets to double their catch. "
                        "Sol wants to do large timber trade with us when this dispute is over, and I agree.", side="N")
    outlet = text_doc("paper", "Premier Berg also said Sol wants timber trade, and he agreed with that, because \u201cthere "
                           "is a tremendous opportunity for the fleets to double their catch.\u201d", role=OUTLET)
    reported = {b[:20] for a, b, _ in _links(outlet, post)}
    assert reported == {"There is a tremendou", "Sol wants to do larg"}


def test_a_repeated_sentence_links_to_its_counterpart_each_time():
    north = text_doc("north", "The premiers should respect each other and pursue cooperation on the fisheries. "
                          "The harbour tariffs were discussed at length. "
                          "The premiers should respect each other and pursue cooperation on the fisheries, Berg "
                          "said, expressing readiness to build consensus on the harbour tariffs.", side="N")
    south = text_doc("south", "The premiers should respect each other and pursue cooperation on the fisheries. "
                          "I stand ready to build consensus on the harbour tariffs.", side="S")
    linked = [(a[-40:], b[:30]) for a, b, _ in _links(north, south)]
    told_twice = [b for a, b in linked if b.startswith("The premiers should respect")]
    assert len(told_twice) == 2


# A readout with a mention of the meeting and what was said in it, for the setting tests below.
MET = text_doc("north", "Premier Berg met virtually with Premier Sol of Sweden.\n\nPremier Sol called for steady ties "
                    "during the virtual meeting with Premier Berg.\n\nPremier Berg raised the harbour tariffs and the "
                    "ferry timetable.", side="N")


def test_a_mention_of_the_meeting_reports_the_mention_not_what_was_said_in_it():
    outlet = text_doc("paper", "Premier Berg had a virtual meeting with Premier Sol of Sweden.", role=OUTLET)
    assert [b[:20] for _, b, _ in _links(outlet, MET)] == ["Premier Berg met vir"]


def test_a_sentence_that_shares_only_the_setting_and_names_reports_nothing():
    # it says more than that the meeting took place, and none of what was said in it
    outlet = text_doc("paper", "Sweden welcomed the virtual meeting between Premier Sol and Premier Berg as a chance for "
                           "warmer ties.", role=OUTLET)
    assert not _links(outlet, MET)
    told = text_doc("paper2", "Sol called for steady ties with Norway, Stockholm said.", role=OUTLET)
    assert [b[:20] for _, b, _ in _links(told, MET)] == ["Premier Sol called f"]


def test_two_texts_of_one_government_link_only_where_they_tell_the_same_thing():
    readout = text_doc("readout", "The premiers discussed the responsible management of the fisheries dispute.\n\n"
                              "Premier Berg welcomed the new ferry timetable.", side="N")
    remarks = text_doc("remarks", "We have a responsibility to the world and to our people in the dispute.\n\n"
                              "And I welcome the new ferry timetable between our two countries.", side="N")
    pairs = {(a[:20], b[:20]) for a, b, _ in _links(readout, remarks)}
    assert pairs == {("Premier Berg welcome", "And I welcome the ne")}
    # readouts of two sides tell things in their own words: there a weak best match on shared content links
    other = replace(remarks, id="e/other", side="S")
    assert ("The premiers discuss", "We have a responsibi") in {(a[:20], b[:20]) for a, b, _ in _links(readout, other)}


def test_an_outlet_reports_one_half_of_a_long_official_sentence():
    readout = text_doc("readout", "We have agreed to have our teams start negotiations immediately, and we will begin by "
                              "calling Premier Lund of Denmark to inform him of the conversation and of the harbour "
                              "tariffs and the ferry timetable.\n\nPremier Berg raised the fishing quota.", side="N")
    outlet = text_doc("paper", "Berg said the two sides would start negotiations immediately.", role=OUTLET)
    assert [b[:20] for _, b, _ in _links(outlet, readout)] == ["We have agreed to ha"]


def test_two_readouts_sharing_only_the_setting_do_not_pair_but_a_topic_they_both_name_does():
    north = text_doc("north", "It is the first time for us to meet virtually.\n\nThey discussed Iceland and Greenland.",
                 side="N")
    south = text_doc("south", "Premier Sol called for developing steady ties during the virtual meeting with Premier "
                          "Berg.\n\nThe state of affairs around Iceland and Greenland was examined.", side="S")
    pairs = {(a[:20], b[:20]) for a, b, _ in _links(north, south)}
    assert pairs == {("They discussed Icela", "The state of affairs")}


def test_a_list_of_topics_pairs_with_the_other_readout_s_claim_on_each_item():
    north = text_doc("north", "We discussed Iceland, the Baltic Sea, energy, shipping, the power of the krona, and "
                          "various other subjects.\n\nPremier Berg thanked his host.", side="N")
    south = text_doc("south", "During the conversation, the subjects of the Baltic Sea settlement and of shipping were "
                          "also touched upon.\n\nThe topic of a settlement in Iceland was also discussed.", side="S")
    pairs = {(a[:20], b[:20]) for a, b, _ in _links(north, south)}
    assert pairs == {("We discussed Iceland", "During the conversat"), ("We discussed Iceland", "The topic of a settl")}


def test_a_sentence_with_commas_is_not_a_list_of_topics():
    assert enumerates("We discussed Ukraine, the Middle East, Energy, and the power of the Dollar.")
    assert not enumerates("On Taiwan, the premier underscored that the policy, which has not changed, holds.")


def test_ending_the_war_reports_a_cessation_of_hostilities():
    readout = text_doc("south", "Premier Berg spoke in favour of an early cessation of hostilities.\n\nPremier Sol "
                            "thanked his host for the ferry timetable.", side="S")
    outlet = text_doc("paper", "Berg wants to stop the war early, Stockholm said.", role=OUTLET)
    assert [b[:20] for _, b, _ in _links(outlet, readout)] == ["Premier Berg spoke i"]


def test_a_readout_republished_days_later_is_still_reported_by_the_event_s_outlets():
    readout = replace(text_doc("south", "Premier Sol said the fisheries quota must be raised by ten tonnes.", side="S"),
                      date="2022-03-22")  # a press release of the readout, four days after the call
    north = replace(text_doc("north", "Premier Berg spoke with Premier Sol.", side="N"), date="2022-03-18")
    paper = replace(text_doc("paper", "Sol said the fisheries quota must be raised by ten tonnes.", role=OUTLET),
                    date="2022-03-19")
    assert [b[:20] for a, b, _ in _links(paper, north, readout) if a.startswith("Sol said")] == ["Premier Sol said the"]
    # a readout of a later call, in another event, is still out of the outlet's reach
    later = replace(readout, id="e2/south", event="e2", date="2022-03-30")
    assert not [b for a, b, _ in _links(paper, north, later) if a.startswith("Sol said")]



def test_expounding_reports_outlining_and_aid_reports_assistance():
    readout = text_doc("north", "Premier Berg outlined the views of Norland and its partners on the dispute.\n\nPremier "
                            "Sol is ready to provide further humanitarian assistance to the islands.\n\nPremier Berg "
                            "raised the ferry timetable.", side="N")
    paper = text_doc("paper", "Berg expounded on the dispute, Oslo said.\n\nSol noted donations of aid for the islands.",
                 role=OUTLET)
    assert {(a[:12], b[:20]) for a, b, _ in _links(paper, readout)} == {
        ("Berg expound", "Premier Berg outline"), ("Sol noted do", "Premier Sol is ready")}


def test_two_readouts_are_not_paired_on_one_verb_and_a_mention_names_who_met():
    north = text_doc("north", "Norland stands for peace and opposes piracy.\n\nPremier Berg spoke today with Premier Sol.",
                 side="N")
    south = text_doc("south", "Sweden continues to oppose any unilateral changes to the quota.\n\nSo, that is how I would "
                          "think about the conversation today.", side="S")
    assert not _links(north, south)


def test_a_quoted_label_held_by_several_readouts_is_not_an_echo():
    south = text_doc("south", "They will make efforts for the settlement of the Baltic crisis.\n\nPremier Sol raised "
                          "the ferry timetable.", side="S")
    north = text_doc("north", "Premier Berg also discussed the Baltic crisis with Premier Sol.\n\nPremier Berg thanked "
                          "his host.", side="N")
    paper = text_doc("paper", "Sol said what Stockholm calls \u201cthe Baltic crisis\u201d was not something it wanted to see.",
                 role=OUTLET)
    assert not [b for a, b, _ in _links(paper, north, south) if a.startswith("Sol said")]


def test_an_outlet_sentence_needs_two_shared_words_besides_who_met_and_the_setting():
    readout = text_doc("north", "Premier Sol called for steady ties during the virtual meeting with Premier Berg.\n\n"
                            "Premier Berg raised the harbour tariffs with Premier Sol.\n\n"
                            "Premier Sol praised the ferry timetable agreed with Premier Berg.", side="N")
    # one shared word ("steady") besides the premiers, "virtual" and "meeting": a coincidence, not a report
    welcomed = text_doc("paper", "Sweden welcomed the virtual meeting of Premier Sol and Premier Berg as a steady step.",
                    role=OUTLET)
    assert not _links(welcomed, readout)
    # a name few claims use is a topic, not who met: with one more shared word it carries the report
    blogger = text_doc("north2", "Premier Berg also raised the detained blogger Tomas Keller with Premier Sol.\n\n"
                             "Premier Sol praised the ferry timetable agreed with Premier Berg.\n\n"
                             "Premier Berg raised the harbour tariffs with Premier Sol.", side="N")
    denied = text_doc("paper2", "The leaders did not discuss the detained Tomas Keller, Premier Sol's office said.",
                  role=OUTLET)
    assert [b[:20] for _, b, _ in _links(denied, blogger)] == ["Premier Berg also ra"]


def test_two_readouts_are_not_paired_on_the_names_the_event_is_about_and_one_word():
    """A weak pair of readout claims (each the other's best, under the threshold) needs two concepts in common
    besides the setting and the names the event is about; a topic's name still counts. 'Committed to the "one
    China" policy, guided by ... the three Joint Communiques' is no counterpart of 'the joint mission of Chinese and
    American leaders' (Biden-Xi, 2021)."""
    north = text_doc("north", "On Norland, Premier Berg underscored that Sweden remains committed to the one Norland "
                          "policy, guided by the Harbour Relations Act, the three Joint Communiques, and the Six "
                          "Assurances.\n\nPremier Berg thanked his host.", side="N")
    south = text_doc("south", "The joint mission of Sweden and Norland is peace on the seas, he said.\n\nSweden will "
                          "build a new lighthouse.", side="S")
    claims_of = {d.id: segment(d) for d in (north, south)}
    terms, w = weights_for(claims_of)
    left, right = claims_of[north.id], claims_of[south.id]
    paired = one_to_one(left, right, terms, w, MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD)
    assert [(a, b) for a, b in paired] == [(left[0].id, right[0].id)]  # a topic ("Norland") and "joint"
    w.who = frozenset({concept("norland"), concept("sweden")})  # in a folder about the two, who it is about
    assert not one_to_one(left, right, terms, w, MUTUAL_THRESHOLD, OFFICIAL_THRESHOLD)


def test_the_leaders_last_meeting_recalled_by_its_month_or_place_links_whatever_else_is_said():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\n"
                          "The call follows the two leaders' meeting in Lindhaven in November.\n\n"
                          "Premier Berg raised the harbour tariffs.", side="N")
    paper = text_doc("paper", "The nearly two-hour conversation was the premiers' first direct contact since a summit in "
                          "November that eased tensions over fishing rights.\n\n"
                          "Analysts expect a meeting of ministers in March.\n\n"
                          "Their meeting in Lindhaven went well, both said.", role=OUTLET)
    recalled = [a for a, b, _ in _links(paper, north) if b.startswith("The call follows")]
    # by the month, by the place; not a meeting of another month
    assert recalled == [paper.text.split("\n\n")[0], "Their meeting in Lindhaven went well, both said."]
    south = text_doc("south", "Premier Sol noted that his Lindhaven meeting with Premier Berg last November opened a "
                          "new chapter.", side="S")
    assert [b for a, b, _ in _links(north, south) if a.startswith("The call follows")] == [south.text]


def test_a_claim_that_says_more_than_the_meeting_recalls_nothing_by_its_month_alone():
    north = text_doc("north", "The premiers reviewed the fisheries accord they signed at their meeting in November.",
                 side="N")
    paper = text_doc("paper", "It was their first call since a summit in November.", role=OUTLET)
    assert _links(paper, north) == []


def test_a_sentence_reporting_a_leader_in_its_own_words_reports_its_best_counterpart_when_nothing_else_is_taken():
    south = text_doc("south", "The talks lasted two hours. First and foremost, I thanked the Premier for his support in "
                          "resuming direct negotiations between the two fleets on the fisheries accord. The harbour fees "
                          "were discussed.", side="S")
    # "exchanges", not "direct talks": those are negotiations (synonyms.PHRASES), the readout's own word, and score above
    # the threshold; this sentence is to share less than that with its best counterpart
    paper = text_doc("paper", "Premier Sol thanked Premier Berg for enabling the first direct exchanges between the fleets "
                          "in over three years.\n\nAnalysts thanked the fleets for resuming talks on the harbour.",
                 role=OUTLET)
    found = [(a[:20], b[:20], round(link.score, 2)) for a, b, link in _links(paper, south)]
    assert found == [("Premier Sol thanked ", "First and foremost, ", 0.31)]  # under the outlets' threshold (0.35)


def test_an_outlet_sentence_reporting_one_leader_does_not_report_the_other_leader_s_statement():
    readout = text_doc("readout", "Norwegian Premier Ola Berg spoke with Swedish Premier Per Sol on Monday.\n\n"
                              "Premier Berg welcomed the chance to speak candidly about the fishing quota, the harbour "
                              "tariffs and the ferry timetable.", side="NO")
    sol = text_doc("paper", "Sol stated his country's firm position on quotas for fishing, tariffs at the harbour and "
                        "the timetable of the ferry.", role=OUTLET)
    assert not [b for a, b, _ in _links(sol, readout) if a.startswith("Sol stated")]
    # the same words told of the leader who said them are a report of his statement
    berg = text_doc("paper", "Berg stated his country's firm position on quotas for fishing, tariffs at the harbour and "
                         "the timetable of the ferry.", role=OUTLET)
    assert [b[:20] for a, b, _ in _links(berg, readout) if a.startswith("Berg stated")] == ["Premier Berg welcome"]


def test_an_outlet_sentence_listing_topics_reports_a_claim_of_the_readout_on_each_item():
    readout = text_doc("readout", "The premiers discussed the exchange of detained fishermen between the two countries. "
                              "The state of the harbour tariff talks was reviewed in detail. "
                              "The sides touched on the timber quotas and the northern railway. "
                              "The premier invited the envoy to visit the northern capital next spring.", side="N")
    outlet = text_doc("paper", "According to the aide, during the conversation, which lasted an hour, the premiers "
                           "discussed the exchange of detained fishermen, the harbour tariff talks, the timber quotas "
                           "and the northern railway.", role=OUTLET)
    reported = {b[:30] for a, b, _ in _links(outlet, readout)}
    assert {"The premiers discussed the exc", "The state of the harbour tarif",
            "The sides touched on the timbe"} <= reported
    assert "The premier invited the envoy " not in reported


def test_a_long_outlet_sentence_joining_two_reports_by_and_and_a_quoted_verb_reports_each_part():
    from readout_viewer.core.linking.claim_parts import parts
    sentence = ("According to the press office, Berg again called on the envoy to withdraw the trawlers around the "
                "northern banks and \u201cmade it clear that the coast guard will respond firmly\u201d if they stay.")
    assert [p.strip()[:15] for p in parts(sentence)] == ["According to th", "\u201cmade it clear "]
    assert [p.strip()[:16] for p in parts("Berg called on Sol to withdraw the trawlers and warned of fines.")] == [
        "Berg called on S", "warned of fines."]
    assert parts("Berg and Sol made clear progress on the fisheries accord.") == []  # "and" inside a subject
