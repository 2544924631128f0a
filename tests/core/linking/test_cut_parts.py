"""A part of an outlet sentence cut from its subject (", as well as a personal meeting ..."), linked to nothing by
the outlet gates, is linked to the official claim it scores best from `cut_parts.CUT_PART_FLOOR` (helper links55)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import cut_parts
from readout_viewer.core.linking.counterparts import ranked
from tests.builders import paper_links, text_doc

READOUT = text_doc("readout", "President Ivan Berg had a telephone conversation with President Tom Sol.\n\n"
                              "Ivan Berg and Tom Sol agreed to continue personal contacts, including the organisation "
                              "of personal meetings.\n\n"
                              "The two leaders agreed to expand the ferry routes in the spring.", side="US",
                   kind="readout")
FIRST = "Berg and Sol spoke for an hour on Wednesday evening, the readout said. "
PART = "Ahead is the start of talks between Lund and Osk, as well as a personal meeting between the heads of the two states."


def test_the_sentence_is_cut_in_two_parts_the_second_in_lower_case():
    parts = [c.text for c in segment(text_doc("paper", FIRST + PART))][1:]
    assert parts == ["Ahead is the start of talks between Lund and Osk",
                     "a personal meeting between the heads of the two states."]


def test_a_part_cut_from_its_subject_reports_the_claim_it_scores_best():
    assert ("a personal meeting b", "Ivan Berg and Tom So") in paper_links(READOUT, FIRST + PART)


def test_a_part_that_scores_under_the_floor_stays_unlinked(monkeypatch):
    def lowered(*args):  # the same candidates, each scored just under the floor
        return [(cut_parts.CUT_PART_FLOOR - 0.01, claim) for _, claim in ranked(*args)]
    monkeypatch.setattr(cut_parts, "ranked", lowered)
    assert not any(a.startswith("a personal") for a, _ in paper_links(READOUT, FIRST + PART))

