"""Speed, the same results: the acronyms a run of capitalised words spells, memoised by run (a bounded cache)."""

from readout_viewer.core.language import acronyms
from readout_viewer.core.language.acronyms import RUN_CACHE, expanded

TEXT = ("The Organization for Security and Co-operation in Europe met the North Atlantic Treaty Organization; "
        "President Biden said the North Atlantic Treaty Organization would help.")


def test_the_same_acronyms_once_each_in_order() -> None:
    assert expanded(TEXT, frozenset({"osce", "nato", "eu"})) == ["osce", "nato"]
    assert expanded(TEXT, frozenset()) == []


def test_runs_are_memoised_and_the_memo_is_bounded() -> None:
    acronyms._run_hits.cache_clear()
    expanded(TEXT, frozenset({"nato"}))
    info = acronyms._run_hits.cache_info()
    assert info.hits >= 1 and info.maxsize == RUN_CACHE  # the treaty organisation's run is read once
    assert acronyms._run_hits("North Atlantic Treaty Organization", frozenset({"nato"})) == (frozenset({"nato"}),)
