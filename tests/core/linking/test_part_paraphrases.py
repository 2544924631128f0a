"""With a sentence model, a claim of one side's short official text that tells alone a part of the other side's
compound sentence is linked to it from PART_COS, when no other claim of its text comes within PART_MARGIN of that
part (`part_paraphrases.part_reports`); without a model, under the floor or already linked, nothing."""

import pytest

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import align, context
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.part_paraphrases import PART_COS, PART_MARGIN, PART_MARK, part_reports, pieces
from tests.builders import StandInModel, run_to_end, text_doc

NORTH = ("Premier Lars Berg held talks by telephone with Premier Eva Sol.\n\n"
         "The premiers reviewed their cooperation, including the reopening of the ferry line across the strait "
         "next spring.")
SOUTH = ("Premier Eva Sol spoke by telephone with Premier Lars Berg.\n\n"
         "Both premiers praised the good relations between their countries.\n\n"
         "Boats will again carry passengers to the islands from April.")
COMPOUND, FERRY_PART = "e/north#2", f"e/north#2{PART_MARK}1"
CALL, PRAISE, BOATS = "e/south#1", "e/south#2", "e/south#3"


def _docs():
    return [text_doc("north", NORTH, side="N"), text_doc("south", SOUTH, side="S")]


def _reported(cosines, kept=None, sem=True):
    docs = _docs()
    claims_of = {d.id: segment(d) for d in docs}
    ctx = context_for(docs, claims_of)
    ctx = ctx._replace(sem=StandInModel(cosines)) if sem else ctx
    return part_reports(kept or {}, [(docs[0], docs[1])], ctx)


def test_the_compound_parts_at_its_case():
    assert pieces(NORTH.split("\n\n")[1]) == ["The premiers reviewed their cooperation",
                                             "including the reopening of the ferry line across the strait next spring."]


def test_a_claim_telling_one_part_alone_is_linked_to_the_compound():
    assert _reported({(FERRY_PART, BOATS): 0.75}) == {(COMPOUND, BOATS): 0.75}


@pytest.mark.parametrize("below", [0.01, 0.05])
def test_under_the_floor_nothing(below):
    assert _reported({(FERRY_PART, BOATS): round(PART_COS - below, 3)}) == {}


def test_a_second_claim_within_the_margin_tells_neither_apart():
    close = round(0.75 - PART_MARGIN + 0.01, 3)
    assert _reported({(FERRY_PART, BOATS): 0.75, (FERRY_PART, PRAISE): close}) == {}
    assert _reported({(FERRY_PART, BOATS): 0.75, (FERRY_PART, PRAISE): 0.6}) == {(COMPOUND, BOATS): 0.75}


def test_a_pair_already_linked_is_left_as_it_is():
    assert _reported({(FERRY_PART, BOATS): 0.75}, kept={(COMPOUND, BOATS): 0.3}) == {}


def test_words_alone_nothing():
    assert _reported({(FERRY_PART, BOATS): 0.75}, sem=False) == {}


def test_the_whole_linker_links_it_only_with_a_model(monkeypatch):
    docs = _docs()
    claims_of = {d.id: segment(d) for d in docs}
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert (COMPOUND, BOATS) not in found  # "Boats ... carry passengers" shares no word with the ferry line
    monkeypatch.setattr(context, "Semantic", lambda claims: StandInModel({(FERRY_PART, BOATS): 0.75}))
    found = {(lk.a, lk.b) for lk in run_to_end(align.find_links(docs, claims_of))[1]}
    assert (COMPOUND, BOATS) in found
