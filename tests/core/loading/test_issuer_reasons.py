"""An issuer's reasons quote the text on one line, cut as every other quotation of a text is (language/text.clip)."""

from readout_viewer.core.loading import issuer


def test_a_signature_s_runs_of_spaces_are_one_space_in_the_reason():
    found = issuer.infer("x", "", "The two sides spoke at length.\n\nThe Kremlin,    Moscow\n")
    assert any("('The Kremlin, Moscow')" in c.why for c in found.cues), [c.why for c in found.cues]
