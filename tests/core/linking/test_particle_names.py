"""A leader's name after a lower-case particle and a hyphen ("al-Sisi", "bin-Salman") is still a name (terms._words)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms


def test_the_name_after_a_lower_case_particle_is_a_name():
    found = terms("Egyptian President Abdel Fattah al-Sisi received the call on Saturday.")
    assert concept("sisi") in found.names and concept("sisi") not in found.plain


def test_a_compound_of_lower_case_words_stays_plain():
    found = terms("The leaders spoke about the long-term plans for the port.")
    assert concept("term") not in found.names
