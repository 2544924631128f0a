"""A leader's report that opens by placing itself at another moment than the call ("Earlier, ...", "Within days of the
visit, ...") is background: the thin reports' pass gives it no counterpart."""

from tests.core.linking.test_clear_reports import ASSURED, CALL, REST, SUBSIDIES, _linked


def test_a_report_of_another_moment_takes_no_thin_counterpart():
    for opener in ("Earlier, ", "Within days of the regatta, ", "Last month, "):
        sentence = opener + ASSURED  # "Earlier, Berg said that Sol assured him ..."
        assert _linked(CALL, SUBSIDIES, *REST, sentence=sentence) == set(), opener


def test_the_same_report_without_the_opener_still_does():
    assert _linked(CALL, SUBSIDIES, *REST, sentence=ASSURED) == {SUBSIDIES}
