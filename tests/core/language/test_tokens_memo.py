"""A short text's words are tokenised once and handed out again; a long text's each time; the words are the same."""

from readout_viewer.core.language import text
from readout_viewer.core.language.text import MEMO_TEXT, tokens


def test_a_short_text_is_tokenised_once():
    claim = "The U.S. side stressed Kyiv\u2019s co-operation, the Kremlin said."
    assert tokens(claim) is tokens(claim)
    assert [t.norm for t in tokens(claim)] == ["the", "us", "side", "stressed", "kyiv's", "co-operation", "the",
                                               "kremlin", "said"]


def test_a_long_text_is_not_kept_and_reads_the_same():
    document = "Putin told Biden that NATO must stop. " * (MEMO_TEXT // 20)
    assert len(document) > MEMO_TEXT
    assert tokens(document) is not tokens(document)
    assert tokens(document) == text._tokenise(document)
    words = document.split()[:8]
    assert [t.norm for t in tokens(document)[:8]] == [w.strip(".").lower() for w in words]
