"""Recall: a day written as an ordinal ("on the 12th") is the number a date gives ("on January 12")."""

from readout_viewer.core.language.text import stem
from readout_viewer.core.linking.terms import terms


def test_an_ordinal_is_its_number():
    for ordinal, number in (("1st", "1"), ("22nd", "22"), ("3rd", "3"), ("12th", "12"), ("10th", "10")):
        assert stem(ordinal) == stem(number) == number


def test_dates_in_ordinals_meet_dates_in_numbers():
    spoken = terms("The ministers will meet on the 9th and 10th in Tromso, and the council on the 12th.").concepts
    written = terms("The ministers meet in Tromso on March 9-10 and the council on March 12.").concepts
    assert {"9", "10", "12"} <= spoken & written


def test_words_ending_like_an_ordinal_are_no_number():
    assert stem("north") != stem("nor") and not stem("month").isdigit() and stem("fifth") == "fifth"
