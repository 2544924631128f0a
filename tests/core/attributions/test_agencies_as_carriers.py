"""An outlet's report "citing" state media or the government cites that government, as "according to" does ("According
to a Herald report, citing state broadcaster CCTV, ..."); and the agency that carries a side's readouts is that side's
carrier by its name and kind too ("China's state-run Xinhua News Agency reported that ...")."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.core.attributions.test_attributions import check, doc

CN_TEXT = ("Chinese President Xi Jinping spoke with Norwegian President Ola Berg on Friday. Xi said the two countries "
           "should expand trade in salmon and solar panels.")


def _found(news):
    docs = [doc("cn", CN_TEXT, OFFICIAL, "Ministry of Foreign Affairs of the People's Republic of China", "CN",
                "readout"), doc("news", news, source="Daily Paper")]
    return [(a.cited, a.cited_as, a.verdict) for a in check(docs) if a.doc == "news"]


def test_a_report_citing_state_media_cites_the_government():
    assert _found("According to a Herald report, citing state broadcaster CCTV, the two countries should expand trade "
                  "in salmon and solar panels.") == [("cn", "state broadcaster", SUPPORTED)]


def test_a_report_citing_the_government():
    assert _found("The two countries should expand trade in salmon and solar panels, according to media reports, "
                  "citing the government.") == [("cn", "the government", SUPPORTED)]


def test_the_readout_agency_by_its_name_and_kind():
    assert _found("China's state-run Xinhua News Agency reported that the two countries should expand trade in salmon "
                  "and solar panels.") == [("cn", "Xinhua News Agency", SUPPORTED)]
