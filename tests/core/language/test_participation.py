"""A side's participation is its involvement: "with the participation of the International Atomic Energy Agency"
reports "with IAEA involvement" (synonyms.WORD_GROUPS)."""

from readout_viewer.core.language.synonyms import concept


def test_participation_is_involvement():
    assert concept("participation") == concept("involvement")
    assert concept("participation") == concept("participating")


def test_participation_is_no_part():
    assert concept("participation") != concept("part")
