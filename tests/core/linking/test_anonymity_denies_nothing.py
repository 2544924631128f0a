"""How an unnamed source spoke ("who asked not to be identified without permission to speak publicly") denies nothing
the sentence reports (`negation.without_anonymity`): the call it tells is no denied call."""

from readout_viewer.core.language.negation import without_anonymity
from readout_viewer.core.linking.divergence_cues import cues


def test_a_source_who_asked_not_to_be_named_denies_nothing():
    told = cues("The two premiers spoke by phone for ten minutes, according to an aide who asked not to be "
                "identified without permission to speak publicly.")
    assert not told.negated and told.denial is None
    assert not cues("The premiers met at the port, said an aide who was not authorized to comment.").negated


def test_a_denial_beside_the_source_still_denies():
    assert "talk" in cues("An aide who asked not to be named said the premiers did not speak by phone.").negated
    assert "talk" in cues("The premiers did not speak by phone.").negated


def test_the_anonymity_is_blanked_in_place():
    text = "said an aide who asked not to be quoted."
    assert len(without_anonymity(text)) == len(text) and "not" not in without_anonymity(text)
