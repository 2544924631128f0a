"""The agency that carries a side's readouts is that side's carrier by its name and kind too ("China's state-run Xinhua
News Agency reported that ..."); a report "citing a government" is no cue of the call's government (it may be another's:
"German media reports, citing a government spokesperson")."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_state_media import _found


def test_a_report_citing_a_government_is_no_cue_of_the_call_s_government():
    # "German media reports, citing a government spokesperson" cites the German government, a side with no text here:
    # never the one government of the folder (attr24's "citing" cue, not landed: it pinned this on the Kremlin);
    # Denmark is no party to the call, so nothing is said of the words (test_third_governments.py)
    found = _found("The two countries should expand trade in salmon and solar panels, according to Danish media "
                   "reports, citing a government spokesperson.")
    assert all(cited != "cn" for cited, _, _ in found) and found == []


def test_the_readout_agency_by_its_name_and_kind():
    assert _found("China's state-run Xinhua News Agency reported that the two countries should expand trade in salmon "
                  "and solar panels.") == [("cn", "Xinhua News Agency", SUPPORTED)]
