"""An outlet's lede that names a leader by title and country alone ("the President of the United States spoke by phone
with the Kenyan President, Tom Sol, whom ...") says the two leaders spoke: it reports the call line beside its content
(`ledes._met`, `titled.titled_leaders`); a former leader so titled is no one who spoke."""

from tests.builders import paper_links
from tests.core.linking.test_held_call_ledes import CALL_LINE, READOUT

HEADLINE = "Kenya and the United States mend ties over the harbour accord. "
NEXT = " The ferries will sail in May."


def _links(lede: str) -> set[tuple[str, str]]:
    return paper_links(READOUT, HEADLINE + lede + NEXT)


def test_a_lede_naming_a_leader_by_title_and_country_reports_the_call_line():
    lede = ("On Monday, the President of the United States spoke by phone with the Kenyan President, Tom Sol, whom he "
            "praised for the harbour accord.")
    assert (lede[:20], CALL_LINE) in _links(lede)


def test_a_former_leader_so_titled_did_not_speak():
    lede = ("On Monday, the former President of the United States spoke by phone with the Kenyan President, Tom Sol, "
            "whom he praised for the harbour accord.")
    assert (lede[:20], CALL_LINE) not in _links(lede)
