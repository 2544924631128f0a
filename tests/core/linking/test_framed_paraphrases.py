"""With a sentence model, an unlinked outlet statement between two lines linked in one official text reports the
claim closest to it in meaning from FRAMED_COS when that claim lies in the stretch they frame
(`framed_paraphrases.framed_reports`, through `paraphrases.paraphrase_reports`)."""

import pytest

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import align, context
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.framed_paraphrases import FRAMED_COS
from readout_viewer.core.linking.neighbour_paraphrases import NEAR_COS
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.paraphrases import PARAPHRASE_COS, paraphrase_reports
from tests.builders import OUTLET, StandInModel, run_to_end, text_doc

READOUT = ("Premier Lars Berg held talks by telephone with Premier Eva Sol on the northern strait.\n\n"
           "The premiers agreed to reopen the ferry line across the strait next spring.\n\n"
           "They discussed the price of electricity for the coming winter.\n\n"
           "Both premiers will meet in the port of Varn in May.")
NEWS = ("Premier Lars Berg held talks by telephone with Premier Eva Sol about the northern strait.\n\n"
        "Boats will again carry passengers to the islands from April.\n\n"
        "They discussed the price of electricity for the coming winter, officials said.\n\n"
        "Critics say the plan is costly.")
CALL, FERRY, POWER, VISIT = "e/readout#1", "e/readout#2", "e/readout#3", "e/readout#4"
TALKS, BOATS, PRICES, CRITICS = "e/news#1", "e/news#2", "e/news#3", "e/news#4"
FRAMED = {(TALKS, CALL): 0.6, (PRICES, POWER): 0.6}  # the two neighbours' links, as the words make them
UNDER_NEAR = 0.55  # over the framed floor, under the floor of a claim beside one neighbour's link (NEAR_COS)


def _reported(cosines, kept):
    docs = [text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    return paraphrase_reports(kept, document_pairs(docs), context_for(docs, claims_of)._replace(sem=StandInModel(cosines)))


def test_a_statement_between_two_retold_lines_reports_the_claim_they_frame():
    assert FRAMED_COS < 0.6 < PARAPHRASE_COS
    assert _reported({(BOATS, FERRY): 0.6}, FRAMED) == {(BOATS, FERRY): 0.6}


def test_the_frame_may_span_several_claims_and_hold_the_neighbours_own():
    kept = {(TALKS, CALL): 0.6, (PRICES, VISIT): 0.6}
    assert _reported({(BOATS, POWER): 0.55, (BOATS, FERRY): 0.5}, kept) == {(BOATS, POWER): 0.55}
    assert _reported({(BOATS, CALL): 0.55}, kept) == {(BOATS, CALL): 0.55}


def test_with_one_neighbour_linked_nothing_is_taken_under_the_floor():
    assert FRAMED_COS < UNDER_NEAR < NEAR_COS
    assert _reported({(BOATS, FERRY): UNDER_NEAR}, {(TALKS, CALL): 0.6}) == {}


def test_a_closest_claim_outside_the_frame_is_not_taken():
    assert _reported({(BOATS, VISIT): 0.6, (BOATS, FERRY): 0.55}, FRAMED) == {}


def test_neighbours_linked_out_of_order_frame_nothing():
    assert _reported({(BOATS, FERRY): UNDER_NEAR}, {(TALKS, POWER): 0.6, (PRICES, CALL): 0.6}) == {}


@pytest.mark.parametrize("below", [0.01, 0.1])
def test_under_the_framed_floor_nothing(below):
    assert _reported({(BOATS, FERRY): round(FRAMED_COS - below, 3)}, FRAMED) == {}


def test_the_last_statement_has_no_frame():
    assert _reported({(CRITICS, VISIT): UNDER_NEAR}, {(PRICES, POWER): 0.6}) == {}


def test_the_whole_linker_links_it_only_with_a_model(monkeypatch):
    docs = [text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert {(TALKS, CALL), (PRICES, POWER)} <= found  # the frame, made by the words
    assert (BOATS, FERRY) not in found  # "Boats ... carry passengers" shares no word with the ferry line
    monkeypatch.setattr(context, "Semantic", lambda claims: StandInModel({(BOATS, FERRY): 0.6}))
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert (BOATS, FERRY) in found
