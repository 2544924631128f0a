"""Recall: words that name one act or thing in diplomatic and news usage are one concept (language/lexicon.py)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms


def test_resuming_and_restarting_talks_are_one_concept():
    assert concept("resumed") == concept("restarted") == concept("resumption") == concept("resuming")


def test_a_restarted_contact_meets_the_resumed_one():
    outlet = terms("Berg said the contact between the harbour negotiators was restarted.").concepts
    readout = terms("Contacts between the harbour negotiators have resumed.").concepts
    assert concept("resumed") in outlet & readout


def test_a_renewed_call_is_no_resumption():
    assert concept("renewed") != concept("resumed")


def test_allocating_aid_is_providing_assistance():
    assert concept("allocating") == concept("provide") == concept("assistance") == concept("aid")


def test_a_report_of_allocated_aid_meets_the_readout_on_provided_assistance():
    outlet = terms("Berg would sign the bill allocating new funds to the harbour towns.").concepts
    readout = terms("Berg will provide new funds to the harbour towns once he signs the bill.").concepts
    assert concept("provide") in outlet & readout


def test_a_clipped_word_is_the_word():
    assert concept("tv") == concept("television")
    assert concept("tech") == concept("technology") == concept("hi-tech") == concept("technologies")


def test_a_report_of_the_tv_tower_meets_the_television_tower():
    outlet = terms("He spoke of the strike on the Kharkiv TV tower.").concepts
    readout = terms("The attack on the Kharkiv television tower was discussed.").concepts
    assert concept("television") in outlet & readout


def test_high_tech_exports_meet_technology():
    outlet = terms("Xi criticised the ban on high-tech exports to China.").concepts
    readout = terms("Xi said the measures to suppress China's technology development create risks.").concepts
    assert concept("technology") in outlet & readout


def test_the_pandemic_by_any_of_its_names_is_one_topic():
    outlet = terms("Berg congratulated Sol for his leadership in fighting the COVID-19 pandemic.").concepts
    readout = terms("Berg commended Sol on his leadership in the fight against the coronavirus.").concepts
    assert concept("pandemic") in outlet & readout


def test_a_countrys_nationals_are_its_citizens():
    outlet = terms("Berg spoke about the safety of Norwegian nationals in the harbour towns.").concepts
    readout = terms("Berg raised the safety of the Norwegian citizens in the harbour towns.").concepts
    assert concept("citizens") in outlet & readout


def test_a_nation_is_no_citizen():
    assert concept("nation") != concept("citizens") and concept("national") != concept("citizens")


def test_to_speak_openly_is_to_speak_frankly():
    assert concept("openly") == concept("frank")


def test_an_open_door_is_not_frank():
    assert concept("open") != concept("frank")


def test_openly_exchanged_opinions_meets_a_frank_exchange_of_views():
    outlet = terms("Berg and Lund openly exchanged opinions on the harbour dispute.").concepts
    readout = terms("The two had a frank exchange of views on the harbour dispute.").concepts
    assert concept("frank") in outlet & readout


# to release, publish or disclose a record is one act (round 32, links43)
def test_releasing_publishing_and_disclosing_are_one_concept():
    assert concept("release") == concept("publish") == concept("publication") == concept("disclosing")


def test_a_report_of_publication_meets_the_readouts_release():
    outlet = terms("Sol stressed that the publication of the ballot counts of the vote is fundamental.").concepts
    readout = terms("The two leaders agreed on the need for immediate release of the ballot counts.").concepts
    assert concept("release") in outlet & readout

