"""Recall: a day of the week ("on Thursday") says when a thing was said, as a month does, not what was said."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import is_date, is_month, terms
from readout_viewer.core.linking.weights import DATE_SHARE, Weights


def test_a_weekday_is_a_date_not_a_month():
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        c = concept(day.lower())
        assert is_date(c) and not is_month(c)


def test_a_weekday_weighs_as_a_date():
    w = Weights([terms("Berg spoke on Friday."), terms("Sol said on Friday the fishing quota stays."),
                 terms("The fishing fleet waits."), terms("Berg thanked Sol.")])
    friday, fishing = concept("friday"), concept("fishing")
    assert w.df[friday] == w.df[fishing] == 2
    assert abs(w.idf(friday) - DATE_SHARE * w.idf(fishing)) < 1e-9


def test_words_that_only_begin_like_a_day_are_no_date():
    assert not is_date(concept("sunny")) and not is_date(concept("monitor"))
