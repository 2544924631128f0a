"""Acronyms: a name spelt out in full and its acronym elsewhere in the folder are one concept."""

from readout_viewer.core.language.acronyms import acronyms_in, expanded
from readout_viewer.core.linking.terms import terms


def test_names_spelt_out_meet_their_acronyms():
    known = acronyms_in(["Talks at the IAEA and the WTO resume.", "The EU objects."])
    assert known == {"iaea", "wto", "eu"}
    assert expanded("the International Atomic Energy Agency said", known) == ["iaea"]
    assert expanded("at the World Trade Organization in Geneva", known) == ["wto"]
    assert expanded("the European Union and its members", known) == ["eu"]
    assert expanded("President Anna Berg of Norway", known) == []


def test_small_words_and_hyphenated_parts_in_names():
    known = acronyms_in(["the OSCE", "the JCPOA"])
    assert expanded("the Organization for Security and Co-operation in Europe", known) == ["osce"]
    assert expanded("the Joint Comprehensive Plan of Action on Iran", known) == ["jcpoa"]


def test_a_spelt_out_name_shares_a_concept_with_its_acronym():
    known = frozenset({"wto"})
    assert terms("Ministers met at the WTO.", known).concepts & terms(
        "Ministers met at the World Trade Organization.", known).concepts >= {"wto"}
