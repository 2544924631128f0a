"""Claim similarity's small rules: what counts as a date."""

from readout_viewer.core.linking.similarity import _is_date


def test_a_concept_that_begins_a_month_is_a_date():
    assert all(_is_date(c) for c in ("dec", "decemb", "december", "may", "sep", "septem", "2022"))
    assert not any(_is_date(c) for c in ("de", "ma", "decembe r", "mayor", "marches", "talk"))
