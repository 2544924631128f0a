"""Speed, the same results: an official text's concepts read from its source's arrays, not word by word."""

import pytest

from readout_viewer.core.language.text import tokens
from readout_viewer.core.quotes.source_text import SourceText
from readout_viewer.core.quotes.translation import ConceptText

TEXT = "The two presidents discussed trade. They agreed to keep talking about climate change."


class _NoWords:
    """Stands for a source's words: reading them one by one is what the concept text no longer does."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("words made one by one")

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        raise AssertionError("words made one by one")


def test_concept_text_reads_keys_and_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    source = SourceText("d", TEXT, tokens(TEXT)).settle(frozenset())
    expected = ConceptText(source, TEXT)
    monkeypatch.setattr(SourceText, "words", property(lambda _: _NoWords()))  # a view made on each use
    found = ConceptText(source, TEXT)
    assert (found.where, found.concepts, found.sentence, found.at) == \
        (expected.where, expected.concepts, expected.sentence, expected.at)
    assert found.sentence[0] == 0 and found.sentence[-1] == 1
