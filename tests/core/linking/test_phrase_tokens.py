"""A claim's terms tokenise it as written when no phrase changes it (the tokens memo holds it once) and are memoised."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold, tokens
from readout_viewer.core.linking.terms import phrase_tokens, terms


def test_a_text_no_phrase_changes_shares_its_tokens_with_other_stages() -> None:
    text = "Biden Spoke with Putin about \u201cU.S.\u201d troops"
    assert phrase_tokens(text) is tokens(text)


def test_a_phrase_is_still_read_as_its_sense() -> None:
    words = [t.norm for t in phrase_tokens("They had an Exchange of views on Ukraine")]
    assert "discussed" in words and "views" not in words
    assert terms("They had an exchange of views").concepts == {concept("discussed")}


def test_folding_twice_is_folding_once_for_every_character() -> None:
    # the rule phrase_tokens rests on: tokens() folds its text, so tokenising the folded text gives the same words
    # at the same places
    for code in range(0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            once = fold(chr(code))
            assert fold(once) == once, hex(code)
    text = "ΟΔΥΣΣΕΥΣ met İstanbul\u2019s “Mayor” — ﬁne"
    assert tokens(fold(text)) == tokens(text)


def test_a_claims_terms_are_worked_out_once() -> None:
    known = frozenset({"NATO"})
    first = terms("Leaders of the North Atlantic Treaty Organization met", known)
    assert terms("Leaders of the North Atlantic Treaty Organization met", known) is first
    assert terms("Leaders of the North Atlantic Treaty Organization met") is not first
