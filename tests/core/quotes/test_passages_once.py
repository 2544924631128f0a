"""A quotation's passages in an official text are worked out once (translation._passages_once) and are what
`passages` gives; another quotation, or the same words cut into other pieces, is worked out again."""

from readout_viewer.core.language.text import tokens
from readout_viewer.core.quotes import translation
from readout_viewer.core.quotes.source_text import SourceText
from readout_viewer.core.quotes.translation import ConceptText, Quoted

TEXT = ("The two presidents discussed trade and energy security at length. They agreed to keep talking about climate "
        "change, the border and the prisoners held on both sides.")


def _text() -> ConceptText:
    return ConceptText(SourceText("kr", TEXT, tokens(TEXT)).settle(frozenset()), TEXT)


def _quoted(words: str) -> Quoted:
    return Quoted(tuple(translation.concept(w) for w in words.split()), (0,))


def test_passages_once_are_the_passages(monkeypatch):
    text = _text()
    first = _quoted("presidents discussed trade energy security")
    split = Quoted(first.concepts, (0, 2))  # the same words, two pieces: another worst piece
    other = _quoted("agreed keep talking climate change border")
    expected = {q: translation.passages(q, _text()) for q in (first, split, other)}
    calls = []
    real = translation.passages
    monkeypatch.setattr(translation, "passages", lambda q, t: calls.append(q) or real(q, t))
    for q in (first, split, other, first, other, split):
        found = translation._passages_once(q, text)
        assert [p._replace(text=None) for p in found] == [p._replace(text=None) for p in expected[q]]
        assert all(p.text is text for p in found)
    assert calls == [first, split, other]
    assert expected[first] and expected[other]
