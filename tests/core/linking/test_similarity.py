"""Claim similarity's small rules: what counts as a date."""

from readout_viewer.core.linking.similarity import is_date, parts


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


def test_slim_weights_score_alike_and_keep_no_claims_memo():
    from readout_viewer.core.linking.similarity import Weights, score, terms
    a, b = terms("The grain corridor reopened at Odesa."), terms("Grain shipments left Odesa through the corridor.")
    w = Weights([a, b, terms("Both leaders spoke by phone.")])
    w.pieces["x#1"] = [a]
    before = score(a, b, w)
    slim = w.slim()
    assert (slim._mass, slim.mentions, slim.pieces) == ({}, {}, {})
    assert w._mass and w.pieces  # the folder's own weights keep theirs
    assert score(a, b, slim) == before and slim.idf("grain") == w.idf("grain")
