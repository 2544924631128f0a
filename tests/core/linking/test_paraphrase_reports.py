"""With a sentence model, an outlet statement linked to nothing reports the official claim closest to it in meaning
from PARAPHRASE_COS (`paraphrases.paraphrase_reports`); without a model, under the floor, or already linked, nothing."""

import pytest

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import align, context
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.paraphrases import PARAPHRASE_COS, paraphrase_reports
from tests.builders import OUTLET, StandInModel, run_to_end, text_doc

READOUT = ("Prime Minister Lars Berg spoke by telephone with Prime Minister Eva Sol.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring.\n\n"
           "They also discussed energy prices and the winter grid.")
NEWS = ("Critics say the plan is costly.\n\n"
        "Boats will again carry passengers to the islands from April, the two governments decided.\n\n"
        "Heating bills were on the table too.")
CALL, FERRY, GRID = "e/readout#1", "e/readout#2", "e/readout#3"
CRITICS, BOATS, BILLS = "e/news#1", "e/news#2", "e/news#3"
# Any pair the test sets no cosine for: far from a paraphrase.
OTHER_COS = 0.2


def _docs():
    docs = [text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N")]
    return docs, {d.id: segment(d) for d in docs}


def _reported(cosines, kept=None):
    docs, claims_of = _docs()
    model = StandInModel(cosines, OTHER_COS)
    return paraphrase_reports(kept or {}, document_pairs(docs), context_for(docs, claims_of)._replace(sem=model)), model


def test_a_paraphrase_reports_the_official_claim_closest_in_meaning():
    got, model = _reported({(BOATS, FERRY): 0.78, (BOATS, GRID): 0.76})
    assert got == {(BOATS, FERRY): 0.78}
    assert {FERRY, BOATS, CRITICS} <= set(model.embedded)  # in one batch, before comparing


def test_the_whole_linker_links_it_only_with_a_model(monkeypatch):
    docs, claims_of = _docs()
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert (BOATS, FERRY) not in found  # words alone: "Boats ... carry passengers" shares no word with the ferry line
    monkeypatch.setattr(context, "Semantic", lambda claims: StandInModel({(BOATS, FERRY): 0.8}, OTHER_COS))
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert (BOATS, FERRY) in found


def test_without_a_sentence_model_nothing_is_linked():
    docs, claims_of = _docs()
    assert paraphrase_reports({}, document_pairs(docs), context_for(docs, claims_of)) == {}


@pytest.mark.parametrize("below", [0.01, 0.05])
def test_one_under_the_floor_is_not_linked(below):
    assert _reported({(BOATS, FERRY): round(PARAPHRASE_COS - below, 3)})[0] == {}


def test_a_statement_already_linked_gets_nothing_more():
    assert _reported({(BOATS, FERRY): 0.8, (BILLS, GRID): 0.8}, kept={(BOATS, CALL): 0.4})[0] == {(BILLS, GRID): 0.8}
