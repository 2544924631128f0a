"""A leader's family name of two letters ("Xi", "Li") is a leader concept; a name's particle is none (leaders42)."""

from readout_viewer.core.linking.terms import leader_concepts


def test_a_two_letter_family_name_names_its_leader():
    assert leader_concepts({"Ko Wen": "CN", "Ko": "CN"}) == {"ko": "CN", "wen": "CN"}


def test_a_name_particle_names_no_one():
    assert leader_concepts({"Ola de Berg": "NO", "Ana da Sol": "BR"}) == {"ola": "NO", "berg": "NO", "ana": "BR",
                                                                          "sol": "BR"}
