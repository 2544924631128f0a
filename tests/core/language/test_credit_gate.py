"""The bracketed credit ("[Photo/Xinhua]") is looked for only where a "[" stands: a text without one is cut into
sentences and claims with the credit's pattern neither searched nor compiled, and one with it as before."""

import re

import pytest

from readout_viewer.core.language import segment, sentences
from readout_viewer.core.system.lazyre import LazyPattern


@pytest.fixture
def fresh_credit(monkeypatch):
    """The credit's pattern as a new, uncompiled LazyPattern."""
    pattern = LazyPattern(sentences.BRACKET_CREDIT, re.IGNORECASE)
    monkeypatch.setattr(sentences, "INLINE_CREDIT", pattern)
    return pattern


def test_a_text_without_a_bracket_leaves_the_credit_uncompiled(fresh_credit):
    text = "Putin met Mr. Xi in Moscow. The two sides agreed to talk again. Photo shows them on Monday."
    assert len(sentences.sentences(text)) == 3
    assert segment.claim_spans(text)
    assert not {"search", "match"} & set(vars(fresh_credit))


def test_a_credit_still_closes_its_caption(fresh_credit):
    text = "The leaders shake hands in Beijing, March 18, 2022. [Photo/Xinhua] The two sides met for talks."
    assert sentences.sentences(text) == [(0, 66), (67, len(text))]
    assert sentences.credit_in(text, 0, 66) and not sentences.credit_in(text, 67, len(text))
