"""A carrier that gives a leader's words "as saying" ("CCTV reported Xi as saying", "Xinhua cited President Putin
as saying") relays them: the leader quoted speaks, checked as the leader's words are."""

from readout_viewer.core.model import SUPPORTED, UNSUPPORTED
from tests.core.attributions.test_attributions import check, folder

LEAD = "Russian President Vladimir Putin spoke with the Chancellor on Monday. "


def _found(news):
    return [(a.cited_as, a.verdict) for a in check(folder(LEAD + news)) if a.doc == "news"]


def test_a_broadcaster_reported_the_leader_as_saying():
    assert ("Putin", SUPPORTED) in _found(
        "\u201cNo new missile batteries would be placed near the northern border,\u201d CCTV reported Putin as saying.")


def test_an_agency_cited_the_leader_by_title_as_saying():
    assert ("President Putin", UNSUPPORTED) in _found(
        "Xinhua cited President Putin as saying that a new bridge over the eastern river would open next spring.")
