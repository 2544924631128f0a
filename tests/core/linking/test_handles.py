"""A leader's own post that names the other leader by a handle in capitalised parts ("I had a phone call with PM
@RishiSunak") names him: an outlet's line that the two spoke reports it (`terms.spelled_handles`, official texts
only, the handle kept beside the name it spells)."""

from readout_viewer.core.linking.terms import spelled_handles
from tests.builders import text_doc
from tests.core.linking.test_align import _links

POST = "I had a phone call with PM @OlaBerg."
SWEDEN = text_doc("sweden", f"{POST}\n\nWe discussed the harbour tariffs and the quotas for the trawlers.\n\n"
                            "President Sol raised the fishing rights of the islands.", side="SE")


def test_a_handle_in_capitalised_parts_spells_a_name():
    assert spelled_handles(POST) == "I had a phone call with PM @OlaBerg Ola Berg."
    assert spelled_handles("Follow @sweden_gov for more.") == "Follow @sweden_gov for more."


def test_a_call_line_reports_a_post_naming_the_other_leader_by_handle():
    lede = "Swedish President Ivan Sol had a telephone conversation with Ola Berg."
    paper = text_doc("paper", f"{lede}\n\nThe harbour tariffs were discussed too.\n\nSol also raised the fishing "
                              "rights.", role="outlet")
    assert (lede, POST) in {(a, b) for a, b, _ in _links(paper, SWEDEN)}
