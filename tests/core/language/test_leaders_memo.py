"""Speed, the same results: the leaders a text names, memoised by text in a bounded cache; callers get their own dict."""

from readout_viewer.core.language import countries
from readout_viewer.core.language.countries import LEADERS_CACHE, leaders_in

TEXT = "Russian President Vladimir Putin spoke with U.S. President Joe Biden on Thursday."


def test_the_same_leaders_from_the_memo_and_a_fresh_dict_each_time() -> None:
    countries._leaders_in.cache_clear()
    first = leaders_in(TEXT)
    assert first["Putin"] == "RU" and first["Biden"] == "US"
    first["Putin"] = "changed"
    assert leaders_in(TEXT)["Putin"] == "RU"  # the memo is not the caller's dictionary
    assert countries._leaders_in.cache_info().hits == 1


def test_the_leaders_memo_is_bounded() -> None:
    countries._leaders_in.cache_clear()
    for n in range(LEADERS_CACHE + 5):
        leaders_in(f"{TEXT} ({n})")
    assert countries._leaders_in.cache_info().currsize == LEADERS_CACHE



def test_a_title_case_headline_names_no_verb_or_title_as_a_leader():
    from readout_viewer.core.language.countries import leaders_in
    assert leaders_in("The President of Russia Had a Phone Call with the President of the United States") == {}
    assert leaders_in("Russian President Vladimir Putin Had a Call") == {"Vladimir Putin": "RU", "Putin": "RU"}
