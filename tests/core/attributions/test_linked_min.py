"""A link is no support when no claim of the linked text holds a tenth of the statement's words (verdicts.LINKED_MIN):
the sentence's claim may be linked by its other half."""

from readout_viewer.core.model import AGREE, SUPPORTED, UNSUPPORTED, Link
from tests.core.attributions.test_attributions import check, folder, only

NEWS = "Snow fell. The Kremlin said the harvest festival drew record crowds across the southern provinces."


def test_a_link_to_a_text_sharing_no_word_is_no_support():
    a = only(check(folder(NEWS), [Link("news#2", "ru#1", AGREE, 0.9)]))
    assert (a.cited, a.verdict) == ("ru", UNSUPPORTED)


def test_a_link_to_a_text_sharing_some_words_still_carries_it():
    text = "Snow fell. The Kremlin said the grain corridor drew record crowds across the southern provinces."
    a = only(check(folder(text), [Link("news#2", "ru#1", AGREE, 0.9)]))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
