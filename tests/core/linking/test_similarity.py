"""Claim similarity's small rules: what counts as a date."""

from readout_viewer.core.linking.claim_parts import parts
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import is_date, terms
from readout_viewer.core.linking.weights import Weights


def test_a_concept_that_begins_a_month_is_a_date():
    assert all(is_date(c) for c in ("dec", "decemb", "december", "may", "sep", "septem", "2022"))
    assert not any(is_date(c) for c in ("de", "ma", "decembe r", "mayor", "marches", "talk"))


def test_a_long_claim_parts_before_a_second_verb_of_its_subject():
    text = ("A readout of the call from the aide stated the conversation lasted almost an hour, and began with Berg "
            "announcing the parliament had passed his tax bill, followed by Sol wishing him success on it.")
    assert parts(text) == ["A readout of the call from the aide stated the conversation lasted almost an hour",
                           "began with Berg announcing the parliament had passed his tax bill",
                           " Sol wishing him success on it."]


def test_a_claim_parts_before_and_with_a_verb_of_saying():
    assert parts("The aide stated that Sol congratulated Berg on the holiday and remarked that the fleet played a "
                 "role in the founding of the republic.") == [
        "The aide stated that Sol congratulated Berg on the holiday",
        "remarked that the fleet played a role in the founding of the republic."]


def test_a_claim_parts_before_a_condition_or_a_time_clause_without_a_comma():
    assert parts("Berg said his ministry will quickly send new patrol boats to guard the strait as soon as the "
                 "council passes the budget and he signs it.") == [
        "Berg said his ministry will quickly send new patrol boats to guard the strait",
        "the council passes the budget and he signs it."]
    assert parts("Sol will visit the port once the bridge reopens.") == ["Sol will visit the port", "the bridge reopens."]


def test_slim_weights_score_alike_and_keep_no_claims_memo():
    from readout_viewer.core.linking.similarity import score
    from readout_viewer.core.linking.terms import terms
    from readout_viewer.core.linking.weights import Weights
    a, b = terms("The grain corridor reopened at Odesa."), terms("Grain shipments left Odesa through the corridor.")
    w = Weights([a, b, terms("Both leaders spoke by phone.")])
    w.pieces["x#1"] = [a]
    before = score(a, b, w)
    slim = w.slim()
    assert (slim._mass, slim.mentions, slim.pieces) == ({}, {}, {})
    assert w._mass and w.pieces  # the folder's own weights keep theirs
    assert score(a, b, slim) == before and slim.idf("grain") == w.idf("grain")


def test_two_mentions_of_calls_with_different_leaders_are_not_one_meeting():
    from readout_viewer.core.linking.terms import leader_concepts
    claims = ["As you all know, Premier Berg held a video call today with Premier Sol.",
              "Premier Ola Berg spoke today with Premier Eva Sol.",
              "Premier Ola Berg spoke today with Chancellor Tor Lund.",
              "Premier Berg spoke today."]
    bags = [terms(c) for c in claims]
    w = Weights(bags)
    w.leaders = leader_concepts({"Ola Berg": "NO", "Eva Sol": "SE", "Tor Lund": "DK"})
    assert score(bags[0], bags[1], w, names_only=1.0) > 0  # Berg and Sol both times
    assert score(bags[0], bags[2], w, names_only=1.0) == 0  # Sol's call is not Lund's
    assert score(bags[3], bags[2], w, names_only=1.0) > 0  # naming fewer leaders is no other meeting
