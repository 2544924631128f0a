"""A sentence saying an official text lacks something ("the U.S. readout did not mention Bangladesh") is checked for
that absence: supported when the text names none of its words, unsupported with the claim that names them."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = "The President spoke today with the Chancellor. They discussed the grain corridor and the northern border."
DE_TEXT = "The Chancellor and the President discussed the grain corridor and the floods in Valdoria."


def _found(news_text, excerpt=False):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US", excerpt),
                reading("de", DE_TEXT, OFFICIAL, "Kanzleramt", "DE")]
    return news_attributions(official, news_text)


def test_a_text_said_to_lack_what_it_lacks_supports_it():
    for said in ("However, the U.S. readout did not mention the floods, raising questions.",
                 "The White House made no mention of the floods during the call in its readout.",
                 "But the White House published a readout that left out the floods."):
        found = _found(f"Snow fell. {said}")
        assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)], said
        assert "\u201cfloods\u201d" in (found[0].detail or "")


def test_a_text_said_to_lack_what_it_names_is_unsupported_with_the_evidence():
    found = _found("Snow fell. The White House statement on the call does not mention the northern border.")
    assert [(a.cited, a.verdict) for a in found] == [("us", UNSUPPORTED)]
    assert "northern border" in (found[0].detail or "")


def test_what_an_excerpt_lacks_is_not_supported():
    found = _found("Snow fell. The U.S. readout did not mention the floods.", excerpt=True)
    assert [(a.cited, a.verdict) for a in found] == [("us", UNSUPPORTED)]
    assert "excerpt" in (found[0].detail or "")
