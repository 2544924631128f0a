"""The procedural phrases are looked for only in a sentence that holds one of their words."""

import pytest

from readout_viewer.core.language import kinds
from readout_viewer.core.model import PROCEDURAL, STATEMENT

# One phrase for each of _PROCEDURE's alternatives, in its order.
_PHRASES = ["thank you so much everyone", "good morning", "hi everyone", "hello everyone", "go ahead",
            "one more question", "take a few more questions", "over to you", "turn it back over", "on background",
            "off the record", "embargoed", "attributed to", "ground rules", "as a reminder", "a friendly reminder",
            "we're ready for questions", "i'll stop there", "i'm not going to get into", "we won't preview",
            "we can't comment", "i don't have anything more for you", "i do not have more to add",
            "can speak for himself", "let me just make two points", "i'd refer you to", "let me begin",
            "that's a fair question", "with that", "welcome to today's briefing", "that being said", "building on this",
            "a little bit more detail", "i'm so sorry for the delay", "sorry, go on", "i was taking down notes",
            "good to see you all here today", "we're going to leave it there", "we'll leave it at that",
            "we have a couple of things", "that's where things stand", "dear colleagues", "ladies and gentlemen",
            "proceed to the briefing", "i'll leave it to my press team", "that wraps up today's call",
            "this ends the session", "this concludes our conference"]


def test_every_procedural_phrase_holds_one_of_the_words_the_search_waits_for():
    for phrase in _PHRASES:
        assert kinds._PROCEDURE.search(phrase), phrase
        assert any(word in phrase for word in kinds._PROCEDURE_WORDS), phrase


class _Unsearchable:
    def sub(self, *args: object) -> str:
        raise AssertionError("searched")


def test_a_sentence_without_any_of_the_words_is_not_searched_for_procedure(monkeypatch: pytest.MonkeyPatch):
    assert kinds.kind_of("Okay, I'll stop there.") == PROCEDURAL
    monkeypatch.setattr(kinds, "_PROCEDURE", _Unsearchable())
    assert kinds.kind_of("The two leaders discussed trade, energy and the war in Ukraine.") == STATEMENT


def test_not_there_or_ends_alone_is_no_reason_to_search_for_procedure(monkeypatch: pytest.MonkeyPatch):
    assert kinds.kind_of("We will not comment on that.") == PROCEDURAL
    assert kinds.kind_of("I'll stop there.") == PROCEDURAL
    monkeypatch.setattr(kinds, "_PROCEDURE", _Unsearchable())
    for sentence in ("Putin did not say when the talks would resume, and Biden didn't either.",
                     "There the two leaders agreed that the war ends only with talks."):
        assert kinds.kind_of(sentence) == STATEMENT, sentence
