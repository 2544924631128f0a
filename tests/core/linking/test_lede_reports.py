"""A story's first statement left linked to nothing, naming a leader of the call but opening on no leader's act, reports
its best official counterpart from LEDE_FLOOR when the two share a content concept (`lede_passes.lede_reports`); a
sentence further down, a weaker one, one sharing only names, one naming no leader or telling another moment does not."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.lede_passes import LEDE_FLOOR, lede_reports
from readout_viewer.core.linking.pairs import document_pairs
from tests.builders import OUTLET, linked_starts, text_doc

READOUT = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring, and to share "
           "the cost of new harbour cranes in both island towns.\n\n"
           "Prime Minister Berg thanked Prime Minister Sol for the warm welcome given to Norwegian fishing crews.\n\n"
           "They also discussed energy prices and the winter grid.")
LEDE = "A ferry between Norway and Sweden will run again next spring under a deal struck by Berg and Sol on Monday."
ASIDE = "Critics say the plan is costly."


def _reported(news: str, kept: dict[tuple[str, str], float] | None = None) -> dict[tuple[str, str], float]:
    docs = [text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    return lede_reports(kept or {}, document_pairs(docs), context_for(docs, claims_of))


def _linked(news: str) -> set[tuple[str, str]]:
    return linked_starts(text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="N"))


def test_a_lede_in_its_own_words_reports_its_best_counterpart():
    found = _reported(f"{LEDE} {ASIDE}")
    assert list(found) == [("e/news#1", "e/readout#2")]
    assert LEDE_FLOOR <= found[("e/news#1", "e/readout#2")] < 0.35  # under the outlets' own threshold
    assert ("A ferry between Norw", "The two premiers agr") in _linked(f"{LEDE} {ASIDE}")


def test_the_same_sentence_further_down_is_not_linked_so():
    assert _reported(f"{ASIDE} {LEDE}") == {}
    assert not _linked(f"{ASIDE} {LEDE}")


def test_a_lede_already_linked_gets_nothing_more():
    assert _reported(f"{LEDE} {ASIDE}", {("e/news#1", "e/readout#3"): 0.5}) == {}


def test_a_lede_sharing_only_the_leaders_names_with_its_best_is_not_linked_so():
    # its best, the readout's call line, at 0.67: other passes judge it, this one does not take it
    caption = "A photograph of Norwegian Prime Minister Lars Berg and Swedish Prime Minister Eva Sol (in June."
    assert _reported(f"{caption} {ASIDE}") == {}


def test_a_lede_under_the_floor_is_not_linked_so():
    # its best, the readout's line on the ferry, at 0.11, sharing three content concepts
    news = "Under a deal struck by Berg and Sol on Monday, a ferry will run again, officials in the fishing towns of " \
           "the west coast said, though the price of tickets and the timetable of crossings remain unknown."
    assert _reported(f"{news} {ASIDE}") == {}


def test_a_lede_naming_no_leader_is_not_linked_so():
    # its best, the readout's line on the ferry, at 0.24
    assert _reported(f"A ferry between Norway and Sweden will run again next spring. {ASIDE}") == {}


def test_a_lede_that_opens_on_a_leaders_act_or_tells_another_moment_is_left_to_the_other_passes():
    # their best, the readout's line on the ferry, at 0.27 and 0.22
    for news in ("Berg said a ferry between Norway and Sweden will run again next spring under a deal with Sol.",
                 f"Last month, {LEDE[0].lower()}{LEDE[1:]}"):
        assert _reported(f"{news} {ASIDE}") == {}, news
