"""Recall: a long outlet sentence whose second statement sits in a clause of its own verb — an absolute clause of the
leaders after a comma (", both agreeing on ...") or a second act after "as well as" — has that clause scored on its
own (`claim_parts.pieces_alone`, `counterparts._clauses`), so it reports the readout's sentence on that statement too."""

from readout_viewer.core.linking.claim_parts import pieces_alone
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

OSLO = text_doc("oslo", "Prime Minister Ola Berg had a telephone conversation today with Prime Minister Eva Sol of "
                "Sweden.\n\nThe leaders reviewed the progress in the partnership across trade, fisheries, energy and "
                "culture.\n\nThey assessed positively the progress made towards early conclusion of a mutually "
                "beneficial cod quota accord.\n\nThe leaders exchanged greetings on the midsummer festival.",
                side="NO")
STOCKHOLM = text_doc("stockholm", "Prime Minister Eva Sol spoke to Prime Minister Ola Berg of Norway today.\n\n"
                     "They discussed recent progress on the cod quota accord negotiations.\n\nThe leaders agreed to "
                     "remain in close contact.", side="SE")


def _paper(tail: str):
    return text_doc("paper", "Norwegian Prime Minister Ola Berg had a telephonic conversation today with his Swedish "
                    "counterpart Eva Sol after weeks of quarrels over the fishing fleets, the northern harbour and the "
                    f"lighthouse keepers of the western islands{tail}.", role=OUTLET)


def test_an_absolute_clause_of_the_leaders_is_scored_alone():
    paper = _paper(", both agreeing on concluding the cod quota accord talks at the earliest")
    assert any("early conclusion" in b for _, b, _ in _links(OSLO, STOCKHOLM, paper))


def test_the_clauses_of_a_sentence():
    assert pieces_alone("Berg talked to Sol about strengthening the partnership as well as inking the cod accord.") == [
        "Berg talked to Sol about strengthening the partnership", "inking the cod accord."]
    assert pieces_alone("Berg spoke with Sol, both agreeing on the accord.") == ["Berg spoke with Sol",
                                                                         "both agreeing on the accord."]
    assert pieces_alone("Berg spoke with Sol, with the latter urging calm.") == ["Berg spoke with Sol",
                                                                          "with the latter urging calm."]


def test_a_noun_after_as_well_as_and_a_name_after_with_stay_in_their_piece():
    assert pieces_alone("Berg and Sol discussed the quotas as well as the harbour tariffs.") == []
    assert pieces_alone("Berg spoke with Sol, with Berg urging calm.") == []
