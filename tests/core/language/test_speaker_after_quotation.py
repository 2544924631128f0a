"""A quotation closed on its speaker ('"...," said Berg'): the leader after the verb is whose words it holds."""

from readout_viewer.core.language.speakers import Speakers

LEADERS = {"Ola Berg": "NO", "Berg": "NO", "Per Sol": "SE", "Sol": "SE"}


def _code(text: str) -> str | None:
    found = Speakers(LEADERS).found(text)
    return found[-1][2] if found else None


def test_the_leader_after_a_closing_quotation_mark_spoke():
    assert _code("\u201cThe quota is fair to both fleets,\u201d said Berg.") == "NO"
    assert _code("The two would meet, \u2018since the accord turns ten next year,\u2019 stated Per Sol.") == "SE"
    assert _code('"We will guard the strait," the aide wrote.') is None  # no leader named
    assert _code("\u201cThe quota is fair,\u201d said the minister.") is None  # no leader named


def test_the_last_leader_in_the_sentence_speaks():
    # "said Sol, adding that ...": Sol's words, though Berg's name stood earlier in the sentence
    assert _code("Berg's offer stood, but \u201cthe quota stays,\u201d said Sol, adding that talks go on.") == "SE"


def test_a_quotation_that_tells_of_a_third_person_is_not_the_speaker_s_own_words():
    # Sol quotes his post on what Berg did: the act reported is Berg's, so the sentence is given no speaker here
    assert _code("\u201cHe also thanked Sweden for hosting the summit,\u201d explained Sol.") is None
    assert _code("\u201cThey agreed to meet,\u201d said Sol.") is None
