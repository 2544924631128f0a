"""The word gates before three case-insensitive patterns with no literal to skip to (call_mentions._THE_CALL and
_SPOKE_WITH, ledes._CHANCE): a text holding none of a gate's words, made caseless, is one the pattern finds nothing
in, so the search the gate spares would have found nothing."""

from readout_viewer.core.language.text import holds_any
from readout_viewer.core.linking import call_mentions as cm
from readout_viewer.core.linking import ledes
from readout_viewer.core.linking.weights import Weights
from tests.core.linking.gates import Refused, same_answers

# Pieces of sentences: each form in several cases and spacings, the letters re.IGNORECASE takes for ASCII ones (a
# Kelvin sign, a long s, a dotless i) and near misses ("recall", "phoned", "spokesman", "chancellor").
CALL_PIECES = ("in a ", "during their first ", "held his first ", "got A ", "took an ", "phone ", "call", "CALL",
               "ca\u006cl", "conversation", "ConVerſation", "talks", "Tal\u212aS", "first call between ",
               "(after the uprising) ", "between", "spoke by ", "talked over the ", "tele", "phone", "PHONE",
               "recall", "phoned", "spokesman", " ", ", ", "Biden ", "Putin ", "the ")
SPOKE_PIECES = ("spoke with ", "SPOKE to ", "ſpoke with ", "talked to ", "TALKED WITH ", "held talks with ",
                "had frank tal\u212as with ", "spoke", "talked", "held ", "had ", "frank ", "talks", " with ", " to ",
                " ", "  ", "Biden", "Putin", "the US president", "spokesman", "took", ", ")
CHANCE_PIECES = ("a chance", "the CHANCE", "an opportunity", "the opportunıty", "A Opportunİty", " to speak",
                 " to TALK", "a ", "the ", "chance", "opportunity", " this morning", " to ", "speak", "talk",
                 "chancellor", "opportunities", " ", "  ", "by phone")


def test_the_call_s_gate_gives_the_search_s_answer():
    same_answers(lambda t: holds_any(t, cm._CALL_WORDS) and cm._THE_CALL.search(t) is not None, cm._THE_CALL,
                 CALL_PIECES, seed=41, longest=6, least_found=400)


def test_spoke_with_s_gate_gives_the_search_s_answer():
    same_answers(lambda t: holds_any(t, cm._SPOKE_WORDS) and cm._SPOKE_WITH.search(t) is not None, cm._SPOKE_WITH,
                 SPOKE_PIECES, seed=41, longest=5, least_found=1000)


def test_the_chance_s_gate_gives_the_search_s_answer():
    same_answers(lambda t: holds_any(t, ledes._CHANCE_WORDS) and ledes._CHANCE.search(t) is not None, ledes._CHANCE,
                 CHANCE_PIECES, seed=41, longest=6, least_found=80)


def test_each_word_of_the_gates_is_needed():
    for pattern, words, text, word in (
            (cm._THE_CALL, cm._CALL_WORDS, "Biden said in a call with Putin", "call"),
            (cm._THE_CALL, cm._CALL_WORDS, "held a long conversation with him", "conversation"),
            (cm._THE_CALL, cm._CALL_WORDS, "during their first talks", "talks"),
            (cm._THE_CALL, cm._CALL_WORDS, "the two spoke by phone on Friday", "phone"),
            (cm._SPOKE_WITH, cm._SPOKE_WORDS, "Biden spoke with Putin", "spoke"),
            (cm._SPOKE_WITH, cm._SPOKE_WORDS, "Modi talked to Sunak", "talked"),
            (cm._SPOKE_WITH, cm._SPOKE_WORDS, "Sunak held further talks with Modi", "talks"),
            (ledes._CHANCE, ledes._CHANCE_WORDS, "had a chance this morning to speak", "chance"),
            (ledes._CHANCE, ledes._CHANCE_WORDS, "had the opportunity to talk", "opportunity")):
        assert pattern.search(text) is not None
        assert not holds_any(text, tuple(w for w in words if w != word)), text


def test_a_sentence_without_the_words_is_not_searched(monkeypatch):
    monkeypatch.setattr(cm, "_THE_CALL", Refused("a call word"))
    monkeypatch.setattr(cm, "_SPOKE_WITH", Refused("a verb of speaking"))
    w = Weights([])
    assert cm._call_in("The sides agreed to a pause in strikes on energy sites for thirty days.", w) is None
