"""The nouns for an official text are one list (language.documents) that the cue finder, its gates and the intensity
rule of linking all read."""

import re

from readout_viewer.core.attributions import cue_words, gates
from readout_viewer.core.language import documents
from readout_viewer.core.linking import divergence_cues


def test_the_pattern_takes_plurals_and_channels_whole():
    pattern = re.compile(rf"\b(?:{documents.document_nouns_pattern()})\b")
    assert pattern.fullmatch("statements")
    assert pattern.fullmatch("press  service")
    assert pattern.match("press release").group() == "press release"
    assert not pattern.fullmatch("statesman")


def test_each_user_reads_the_one_list():
    assert documents.document_nouns_pattern() == cue_words.DOC_NOUNS
    assert set(documents.DOCUMENT_NOUNS) <= set(gates.DOC_NOUNS)
    assert documents.document_words() <= divergence_cues.TEXT_SUBJECTS
    assert "communiqués" in divergence_cues.TEXT_SUBJECTS
