"""With a sentence model, an unlinked outlet statement whose neighbour is linked in an official text near the claim
closest to it in meaning reports that claim from NEAR_COS, when no other statement of its article is as close to the
claim and no other claim of that text comes within NEAR_MARGIN (`neighbour_paraphrases.neighbour_reports`, through
`paraphrases.paraphrase_reports`)."""

import pytest

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import align, context
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.framed_paraphrases import FRAMED_COS
from readout_viewer.core.linking.neighbour_paraphrases import NEAR_CLAIMS, NEAR_COS, NEAR_MARGIN
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.paraphrases import PARAPHRASE_COS, paraphrase_reports
from tests.builders import OUTLET, StandInModel, run_to_end, text_doc

READOUT = ("Premier Lars Berg held talks by telephone with Premier Eva Sol on the northern strait.\n\n"
           "The premiers agreed to reopen the ferry line across the strait next spring.\n\n"
           "They discussed the price of electricity for the coming winter.\n\n"
           "Both premiers will meet in the port of Varn in May.")
NEWS = ("Premier Lars Berg held talks by telephone with Premier Eva Sol about the northern strait.\n\n"
        "Boats will again carry passengers to the islands from April.\n\n"
        "Critics say the plan is costly.")
CALL, FERRY, POWER, VISIT = "e/readout#1", "e/readout#2", "e/readout#3", "e/readout#4"
TALKS, BOATS, CRITICS = "e/news#1", "e/news#2", "e/news#3"
BESIDE = {(TALKS, CALL): 0.6}  # the previous statement's link, as the words make it


def _reported(cosines, kept):
    docs = [text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    return paraphrase_reports(kept, document_pairs(docs), context_for(docs, claims_of)._replace(sem=StandInModel(cosines)))


def test_a_statement_beside_a_retold_line_reports_the_claim_next_to_its_link():
    assert FRAMED_COS < NEAR_COS < 0.65 < PARAPHRASE_COS
    assert _reported({(BOATS, FERRY): 0.65}, BESIDE) == {(BOATS, FERRY): 0.65}


def test_the_next_statement_link_counts_as_well():
    assert _reported({(BOATS, FERRY): 0.65}, {(CRITICS, POWER): 0.6}) == {(BOATS, FERRY): 0.65}


def test_a_claim_more_than_NEAR_CLAIMS_from_the_neighbours_link_is_not_taken():
    assert NEAR_CLAIMS == 2
    assert _reported({(BOATS, POWER): 0.65}, BESIDE) == {(BOATS, POWER): 0.65}  # two claims on
    assert _reported({(BOATS, VISIT): 0.65}, BESIDE) == {}  # three claims on


@pytest.mark.parametrize("below", [0.01, 0.05])
def test_under_the_floor_nothing(below):
    assert _reported({(BOATS, FERRY): round(NEAR_COS - below, 3)}, BESIDE) == {}


def test_a_second_claim_of_the_text_within_the_margin_tells_neither_apart():
    close = round(0.65 - NEAR_MARGIN + 0.02, 3)
    assert _reported({(BOATS, FERRY): 0.65, (BOATS, VISIT): close}, BESIDE) == {}
    assert _reported({(BOATS, FERRY): 0.65, (BOATS, VISIT): 0.5}, BESIDE) == {(BOATS, FERRY): 0.65}


def test_another_statement_of_the_article_closer_to_the_claim_takes_it_from_this_one():
    assert _reported({(BOATS, FERRY): 0.65, (CRITICS, FERRY): 0.7}, BESIDE) == {}
    assert _reported({(BOATS, FERRY): 0.65, (TALKS, FERRY): 0.65}, BESIDE) == {}  # a tie: neither is sure


def test_with_no_neighbour_linked_nothing_is_taken_under_the_paraphrase_floor():
    assert _reported({(BOATS, FERRY): 0.65}, {}) == {}


def test_the_whole_linker_links_it_only_with_a_model(monkeypatch):
    docs = [text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert (TALKS, CALL) in found  # the neighbour's link, made by the words
    assert (BOATS, FERRY) not in found  # "Boats ... carry passengers" shares no word with the ferry line
    monkeypatch.setattr(context, "Semantic", lambda claims: StandInModel({(BOATS, FERRY): 0.65}))
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert (BOATS, FERRY) in found
