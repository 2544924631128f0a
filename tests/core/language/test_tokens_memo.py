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


def test_a_large_folders_short_texts_are_all_kept_until_reused():
    # The stages go over every text of the folder before reading one again: a folder of 115 texts has 3,725 short
    # ones, and a memo that held fewer would drop each before its reuse.
    claims = [f"Claim {i} of the folder said the talks went well." for i in range(3725)]
    first = [tokens(c) for c in claims]
    assert all(tokens(c) is words for c, words in zip(claims, first, strict=True))
