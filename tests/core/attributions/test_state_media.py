"""A side's state media and the agency that carries its readouts ("Chinese state news agency Xinhua reported",
"according to China's state-run media") cite that side's government: its official texts are the source; a leader the
same sentence names still speaks ("Xi told Zelenskiy ..., Chinese state media reported")."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.core.attributions.test_attributions import check, doc

CN_TEXT = ("Chinese President Xi Jinping spoke with Norwegian President Ola Berg on Friday. Xi said the two countries "
           "should expand trade in salmon and solar panels.")


def _found(news):
    docs = [doc("cn", CN_TEXT, OFFICIAL, "Ministry of Foreign Affairs of the People's Republic of China", "CN",
                "readout"), doc("news", news, source="Daily Paper")]
    return [(a.cited, a.cited_as, a.verdict) for a in check(docs) if a.doc == "news"]


def test_the_agency_that_carries_the_readouts_cites_the_government():
    assert _found("The two countries should expand trade in salmon and solar panels, Chinese state news agency "
                  "Xinhua reported.") == [("cn", "Xinhua", SUPPORTED)]


def test_state_media_by_the_sides_adjective():
    assert _found("Chinese state media said the two countries should expand trade in salmon and solar panels.") == [
        ("cn", "Chinese state media", SUPPORTED)]


def test_a_leader_named_beside_the_carrier_speaks():
    assert [who for _, who, _ in _found("Xi said the two countries should expand trade in salmon and solar panels, "
                                         "Chinese state media reported.")] == ["Xi"]
