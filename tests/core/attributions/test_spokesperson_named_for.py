"""A spokesperson named beside the source he speaks for — after "the spokesperson for" it, in apposition before the
title ("Orla Brennick, the official spokesperson for Downing Street"), or after a presidency's adjective ("Norlandic
presidential spokesman ...") — speaks for that source's texts; a prime minister or a sentence's first word is none."""

from readout_viewer.core.attributions.people import spokespeople
from readout_viewer.core.model import SUPPORTED
from tests.builders import reading
from tests.core.attributions.test_unnamed_spokesperson import SAID, _cited


def _people(text, names=("downing street", "norlandic presidency")):
    return spokespeople([reading("a", text)], list(names))


def test_a_name_in_apposition_before_the_spokesperson_for_the_source():
    assert _cited(f"Orla Brennick, the official spokesperson for Downing Street, said {SAID}.") == [("gb", SUPPORTED)]
    assert _cited(f"Orla Brennick, Downing Street's spokesperson, said {SAID}.") == [("gb", SUPPORTED)]


def test_a_name_after_the_spokesperson_for_the_source():
    found = _cited(f"The official spokesman for Downing Street, Counsellor Orla Brennick, confirmed the call. "
                   f"Orla Brennick said that {SAID}.")
    assert found[-1] == ("gb", SUPPORTED)


def test_the_name_and_the_words_it_ends_on():
    people = _people("The official spokesman for Downing Street, Counsellor Orla Brennick, confirmed it.")
    assert people == {"Counsellor Orla Brennick": "downing street", "Orla Brennick": "downing street",
                      "Brennick": "downing street"}


def test_a_presidency_by_its_adjective():
    assert _people("Norlandic presidential spokesman Per Sund said so.") == {"Per Sund": "norlandic presidency",
                                                                           "Sund": "norlandic presidency"}


def test_a_prime_minister_or_a_first_word_is_no_spokesperson():
    assert _people("He called the Prime Minister of Downing Street, Ola Berg, on Monday.") == {}
    assert _people("Previously, Downing Street's spokesperson declined to comment.") == {}
    assert _people("Earlier he met the spokesman for Downing Street Relations Council.") == {}

