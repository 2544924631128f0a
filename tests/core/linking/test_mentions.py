"""Claims linked by what they mention: the tone in which a text judges the call."""

from dataclasses import replace

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.tone import SUCCESS, judged
from readout_viewer.core.linking.mentions import judgements
from readout_viewer.core.model import OUTLET, Claim
from tests.builders import text_doc
from tests.core.linking.test_align import _links

FRANK = concept("frank")


def test_a_tone_word_next_to_the_call_judges_it():
    assert judged("Putin described the exchange as \u201cfrank and substantive,\u201d") == \
        {FRANK, concept("substantive")}
    assert judged("in what was described as a \"very informative\" and \"frank\" conversation") == \
        {concept("informative"), FRANK}
    assert judged("I believe it went very well.") == {SUCCESS}
    assert judged("Trump said the talks \u201cwent very well.\u201d") == {SUCCESS}
    # "went well" has the call for its subject, whoever and whenever stand between
    assert judged("Trump said his call with Russian President Vladimir Putin earlier in the day went \"very well\"") \
        == {SUCCESS}
    assert judged("They had a call; separately, the grain harvest across the southern provinces of the whole country "
                  "this autumn went very well.") == frozenset()


def test_a_tone_word_about_something_else_judges_nothing():
    assert judged("They called for a constructive role of the regional bodies.") == frozenset()
    assert judged("Both sides agreed that the call was long, and that the ministers should take useful steps on "
                  "the fisheries accord next spring.") == frozenset()
    # hoped for or planned, not the call held
    assert judged("I look forward to a candid and forthright discussion.") == frozenset()
    assert judged("He said Washington is ready to have a candid conversation with Beijing.") == \
        frozenset()
    # "it was" is the call unless the sentence names what else it is
    assert judged("I would like to note that it was very substantive and quite frank.") == \
        {FRANK, concept("substantive")}
    assert judged("On Iran, it was a useful opportunity to compare notes.", topical=True) == frozenset()


def test_judgements_link_the_most_alike_judgement_that_shares_a_sense():
    senses = {"paper#1": frozenset({FRANK}), "paper#2": frozenset({FRANK, "indept"}),
              "north#1": frozenset({FRANK}), "south#1": frozenset({FRANK, "indept"}), "south#2": frozenset(),
              "north#2": frozenset({SUCCESS})}
    north = [_claim("north#1"), _claim("north#2")]
    south = [_claim("south#1"), _claim("south#2")]
    links = judgements({"paper#1": north + south, "paper#2": north + south}, senses)
    assert sorted(links) == [("paper#1", "north#1"), ("paper#2", "south#1")]
    assert judgements({"paper#3": north}, {**senses, "paper#3": frozenset({"excell"})}) == {}


# Two sides' accounts that judge the call: one in two sentences of its own, the other in one.
TONE_NORTH = text_doc("north", "Premier Berg spoke with Premier Sol today.\n\nI believe it went very well.\n\n"
                           "The tone and spirit of the conversation were excellent.", side="N")
TONE_SOUTH = text_doc("south", "I would like to note that it was very substantive and quite frank, and overall very "
                           "useful.\n\nWe discussed the fisheries accord.", side="S")


def test_an_outlet_judging_the_call_reports_the_readout_that_judges_it_in_the_same_sense():
    north, south = TONE_NORTH, TONE_SOUTH
    paper = text_doc("paper", "Berg took to social media to praise the call as having gone \"very well.\"\n\n"
                          "Sol described the exchange as \u201cfrank and substantive.\u201d\n\n"
                          "Analysts called the harbour tariffs a useful lever.", role=OUTLET)
    links = {(a, b) for a, b, _ in _links(paper, north, south)}
    assert ("Berg took to social media to praise the call as having gone \"very well.\"",
            "I believe it went very well.") in links
    assert ("Sol described the exchange as \u201cfrank and substantive.\u201d", south.text.split("\n\n")[0]) in links
    assert not any(a.startswith("Analysts") for a, _ in links)


def test_the_two_sides_accounts_judging_the_call_in_their_own_words_answer_each_other():
    north, south = TONE_NORTH, TONE_SOUTH
    frank = south.text.split("\n\n")[0]
    links = {(a, b) for a, b, _ in _links(north, south)}
    assert {("I believe it went very well.", frank),
            ("The tone and spirit of the conversation were excellent.", frank)} <= links
    briefing = replace(south, kind="briefing")  # a transcript judges more than the call: no answer is told apart
    assert ("I believe it went very well.", frank) not in {(a, b) for a, b, _ in _links(north, briefing)}


def _claim(claim_id: str) -> Claim:
    return Claim(id=claim_id, doc=claim_id.split("#")[0], start=0, end=1, text="x")


def test_a_claim_that_only_names_the_places_discussed_reports_another_that_names_one_of_them():
    north = text_doc("north", "Premier Berg spoke with Premier Sol today.\n\n"
                          "We talked about a lot of things, including Iran, and we also talked about the war with "
                          "Ukraine.\n\nBerg raised the harbour tariffs.", side="US")
    paper = text_doc("paper", "The heads of state also discussed the situation in Iran and the Middle East in general.\n\n"
                          "He also confirmed the two discussed Iran.\n\n"
                          "The premiers discussed Iran's new oil pipeline and its export quotas for the winter.\n\n"
                          "Berg will travel to Iran next week.", role=OUTLET)
    found = {a for a, b, _ in _links(paper, north) if b.startswith("We talked about")}
    # a place named without a verb of discussion, or with more said of it, is no mention of a topic
    assert found == {paper.text.split("\n\n")[0], "He also confirmed the two discussed Iran."}
    relation = {a: link.relation for a, b, link in _links(paper, north) if b.startswith("We talked about")}
    # "the war with Ukraine" and "the situation in Iran" frame two things: no divergence of framing
    assert set(relation.values()) == {"agree"}


def test_a_topic_named_with_two_words_of_description_is_still_only_a_topic():
    north = text_doc("north", "Premier Berg spoke with Premier Sol today.\n\n"
                          "The topic of a settlement in Ukraine was also discussed.", side="RU")
    paper = text_doc("paper", "The leaders discussed the war in Ukraine and possible peace talks.\n\n"
                          "The leaders discussed Ukraine's grain exports from the northern ports.", role=OUTLET)
    found = {a for a, b, _ in _links(paper, north) if b.startswith("The topic of")}
    # "possible peace talks" and "a settlement" describe the topic; its grain exports from the ports say what of it
    assert found == {"The leaders discussed the war in Ukraine and possible peace talks."}


def test_the_parties_of_the_call_are_not_its_topics():
    north = text_doc("north", "The leaders discussed Russia and Ukraine.", side="RU")
    paper = text_doc("paper", "They also discussed Russia.", role=OUTLET)
    assert _links(paper, north) == []


def test_a_long_claims_relation_is_judged_on_the_part_that_reports_its_counterpart():
    north = text_doc("north", "Premier Berg spoke with Premier Sol today.\n\nPremier Sol wished Premier Berg success in "
                          "implementing the planned harbour reforms, together with warm congratulations on the national "
                          "holiday of Norland, Harbour Day, celebrated tomorrow.", side="S")
    paper = text_doc("paper", "Details: the aide stated that Sol congratulated Berg on the national holiday of Norland, "
                          "Harbour Day, and remarked that the fleet played a significant role in the founding of the "
                          "republic.", role=OUTLET)
    found = [link for a, b, link in _links(paper, north) if b.startswith("Premier Sol wished")]
    # "significant" stands in the part that reports nothing of the counterpart's "wished": no divergence of intensity
    assert [link.relation for link in found] == ["agree"]


def test_an_outlet_sentence_opening_on_the_leaders_call_reports_the_readouts_line_that_they_spoke():
    north = text_doc("north", "President Ola Berg of Norway spoke today with President Ivan Sol of Sweden.\n\n"
                          "President Berg raised the harbour tariffs.", side="NO")
    south = text_doc("south", "Swedish President Ivan Sol had a telephone conversation with Norwegian President Ola "
                          "Berg.\n\nThe presidents discussed the fisheries accord.", side="SE")
    paper = text_doc("paper", "Norwegian President Ola Berg spoke on the phone with Swedish President Ivan Sol on "
                          "Tuesday, their first conversation since the summit in the spring.\n\n"
                          "In a telephonic conversation between Ola Berg and Ivan Sol, the fisheries dispute came "
                          "up again amid a row over quotas and trawlers.\n\n"
                          "He added that Berg told Sol that the fees would fall, as the harbours were full.\n\n"
                          "Sweden welcomed a telephone call between Ola Berg and Ivan Sol as a step forward for "
                          "the fleets.", role=OUTLET)
    found = {(a, b) for a, b, _ in _links(paper, north, south)}
    spoke = {north.text.split("\n\n")[0], south.text.split("\n\n")[0]}
    for lede in paper.text.split("\n\n")[:2]:
        assert {(lede, b) for b in spoke} <= found, lede
    # what was said on the call, and a reaction to it, are no report that the leaders spoke
    assert not any(b in spoke and a in paper.text and not a.startswith(("Norwegian President", "In a telephonic"))
                   for a, b in found)


def test_an_outlet_sentence_opening_on_one_leader_calling_the_other_reports_the_readouts_line_that_they_spoke():
    north = text_doc("north", "President Ola Berg of Norway spoke today with President Ivan Sol of Sweden.\n\n"
                          "President Berg raised the harbour tariffs.", side="NO")
    paper = text_doc("paper", "Norwegian President Ola Berg called Swedish President Ivan Sol late on Tuesday, a week "
                          "after the row over quotas and trawlers.\n\n"
                          "Norwegian President Ola Berg called on Swedish President Ivan Sol to lower the fees, a week "
                          "after the row over quotas and trawlers.", role=OUTLET)
    spoke = north.text.split("\n\n")[0]
    found = {a for a, b, _ in _links(paper, north) if b == spoke}
    # one leader calling the other says that they spoke; calling on him to do a thing says what was asked
    assert found == {paper.text.split("\n\n")[0]}


def test_a_readouts_opening_that_the_leaders_spoke_up_to_what_for_reports_the_other_sides_line_that_they_spoke():
    north = text_doc("north", "President Berg spoke today with President Sol of Sweden to underscore the lasting "
                          "friendship of the two fleets and their shared commitment to open sea lanes and fair harbour "
                          "fees.\n\nPresident Berg raised the harbour tariffs of Sweden with President Sol.\n\n"
                          "Berg and Sol agreed that Norway and Sweden would meet in the spring.\n\n"
                          "Berg told Sol that Norway would open its ports.", side="NO")
    south = text_doc("south", "Swedish President Ivan Sol had a telephone conversation with Norwegian President Ola "
                          "Berg.\n\nSol and Berg discussed the fisheries accord of Sweden and Norway.\n\n"
                          "Ivan Sol told Ola Berg that the trawlers of Sweden would stay in port.\n\n"
                          "Sol reminded Berg that Norway and Sweden signed the accord in the spring.", side="SE")
    found = [(a, b) for a, b, _ in _links(north, south)]
    openings = (north.text.split("\n\n")[0], south.text.split("\n\n")[0])
    # one link, in the order of the documents' pair, whichever text's opening made it
    assert [p for p in found if set(p) == set(openings)] == [openings]
