"""Forms of address and ranks before a name ("the Hon.", "Rt. Hon.", "Maj. Gen.", "Capt.", "Adm.") end no sentence."""

import pytest

from readout_viewer.core.language import sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences.sentences(text)]


@pytest.mark.parametrize("title", ["Hon.", "Rt. Hon.", "Maj. Gen.", "Capt.", "Adm.", "Cmdr.", "Brig. Gen."])
def test_a_title_before_a_name_ends_no_sentence(title):
    text = f"The Prime Minister held a meeting with the {title} Anthony Albanese. They agreed."
    assert split(text) == [f"The Prime Minister held a meeting with the {title} Anthony Albanese.", "They agreed."]


def test_a_sentence_still_ends_before_a_word_that_only_looks_like_a_title():
    assert split("He called it an honour. Hon Kong is not a city.") == ["He called it an honour.",
                                                                        "Hon Kong is not a city."]
