"""Recall: the clauses of an outlet sentence scored on their own (`counterparts._clauses`): a clause that names another
leader than the sentence's speaker as the one who spoke, against that leader's statements (`linking/voices.py`), and
each piece of a long sentence, against the statements its speaker may have made."""

from readout_viewer.core.linking.voices import voices
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

LEADERS = {"Ola Berg": "NO", "Berg": "NO", "Eva Sol": "SE", "Sol": "SE"}
READOUT = text_doc("north", "Norwegian Prime Minister Ola Berg spoke by phone with Swedish Prime Minister Eva Sol.\n\n"
                   "Berg informed Sol about the recent talks with the fishing nations of the north.\n\n"
                   "Sol expressed support for the ongoing dialogue on the cod quotas and the willingness of Sweden to "
                   "help settle the dispute over the northern strait peacefully.\n\n"
                   "Berg invited Sol to the autumn regatta in Bergen.", side="NO")


def test_each_clause_with_a_leader_of_its_own_is_a_voice():
    assert voices("Berg briefed Sol on the talks, and Sol expressed support for the dialogue.", LEADERS) == [
        ("Berg briefed Sol on the talks", "NO"), ("Sol expressed support for the dialogue.", "SE")]
    assert voices("Berg said he told Sol that they must build stable ties, to which the Swedish leader voiced "
                  "agreement.", LEADERS) == [("Berg said he told Sol that they must build stable ties", "NO"),
                                              ("the Swedish leader voiced agreement.", "SE")]


def test_a_name_that_is_no_leader_hides_no_clause_after_it():
    assert voices("Berg thanked Sol for the talks between Oslo and Bergen, adding that Sol outlined his position.",
                  LEADERS) == [("Berg thanked Sol for the talks between Oslo and Bergen", "NO"),
                               ("Sol outlined his position.", "SE")]


def test_a_clause_of_another_leader_reports_his_statement():
    sentence = ("Berg briefed Sol on the recent talks with the fishing nations, and Sol voiced support for "
                "dialogue on cod quotas and said Sweden was willing to help settle the northern strait dispute.")
    paper = text_doc("paper", "Norwegian Prime Minister Ola Berg held a call with Swedish Prime Minister Eva Sol.\n\n"
                     + sentence, role=OUTLET)
    assert [b[:20] for a, b, _ in _links(paper, READOUT) if a.startswith("Berg briefed")] == [
        "Berg informed Sol ab", "Sol expressed suppor"]


def test_each_piece_of_a_long_sentence_reports_its_own_statement():
    readout = text_doc("north", "Norwegian Prime Minister Ola Berg spoke by phone with Swedish Prime Minister Eva Sol.\n\n"
                       "Berg informed Sol about the recent talks with the fishing nations of the north.\n\n"
                       "The leaders agreed that the cod quotas for the coming season would be set by their fisheries "
                       "ministers after a review of the stocks.\n\n"
                       "Berg invited Sol to the autumn regatta in Bergen.", side="NO")
    sentence = ("Berg told Sol about the recent talks with the fishing nations of the north and the prices of herring "
                "at the Bergen auctions, including the plan that the cod quotas of the coming season would be set by "
                "fisheries ministers after a review of the stocks, which was welcomed in Stockholm before an "
                "invitation to the autumn regatta in Bergen.")
    paper = text_doc("paper", "Norwegian Prime Minister Ola Berg held a call with Swedish Prime Minister Eva Sol.\n\n"
                     + sentence, role=OUTLET)
    assert sorted(b[:20] for a, b, _ in _links(paper, readout) if a.startswith("Berg told")) == [
        "Berg informed Sol ab", "Berg invited Sol to ", "The leaders agreed t"]
