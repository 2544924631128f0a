"""The call-mention pattern is searched only in a text whose lower case holds one of its call words, and every text
it matches holds one (the letters re.IGNORECASE takes for ASCII ones included)."""

from readout_viewer.core.linking import claim_parts
from readout_viewer.core.linking.claim_parts import _CALL_MENTION, _CALL_WORDS, reported

MENTIONS = ["They agreed during a lengthy call to a pause in the strikes on energy sites.",
            "In their phone CONVERSATION on Wednesday, the leaders discussed trade and tariffs at length.",
            "After the Talks, both sides said they would meet again in the spring in Geneva.",
            "At the VideoConference the two presidents reviewed the state of relations.",
            "During the tal\u212as (a Kelvin sign for the k) the leaders discussed energy.",
            "Over a chat with Putin, Trump raised the question of prisoners and of trade."]


def test_every_text_the_pattern_matches_holds_a_call_word():
    for claim in MENTIONS:
        assert _CALL_MENTION.search(claim), claim
        assert any(word in claim.lower() for word in _CALL_WORDS), claim
        assert reported(claim) != claim or len(claim) < 20


def test_a_text_without_a_call_word_is_not_searched(monkeypatch):
    reported.cache_clear()  # a claim read before is answered from memory, without a search
    searched = []

    class Recording:
        def search(self, text):
            searched.append(text)
            return _CALL_MENTION.search(text)

        def sub(self, repl, text):
            return _CALL_MENTION.sub(repl, text)

    monkeypatch.setattr(claim_parts, "_CALL_MENTION", Recording())
    plain = "The sides agreed to a pause in strikes on energy infrastructure for thirty days."
    assert reported(plain) == plain
    assert searched == []
    reported(MENTIONS[0])
    assert searched == [MENTIONS[0]]


def test_a_frame_is_looked_for_only_where_that_stands(monkeypatch):
    assert reported("Ushakov said THAT the sides agreed on a pause.") == "the sides agreed on a pause."
    assert reported("The point is That the talks went well.") == "the talks went well."
    matched = []

    class Recording:
        def match(self, text):
            matched.append(text)

    monkeypatch.setattr(claim_parts, "_FRAME", Recording())
    reported("Ushakov said the sides agreed on a pause.")
    assert matched == []
