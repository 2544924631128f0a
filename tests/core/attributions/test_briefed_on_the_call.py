"""A leader who briefed the other on something on the call, or conveyed something to him, did an act whose object
(what he briefed on, what he conveyed) a readout carries or lacks, no stance a readout words otherwise: what no
readout carries of it is listed as done on the call; one in the perfect ("has briefed": an earlier one) and a stance
beside the leader's readout are not."""

from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.sentence_cues import acts
from tests.builders import north_south

BRIEFED = "President Berg also briefed Sol on a Norwegian plan to build a new rail tunnel between Narvik and Kiruna for iron ore freight.\n"
HAS_BRIEFED = "President Berg has briefed Sol on a Norwegian plan to build a new rail tunnel between Narvik and Kiruna for iron ore freight.\n"
CONVEYED = ("President Berg also conveyed Norway's stance on the Narvik rail tunnel for iron ore freight to Sol, a senior "
            "official at the Foreign Ministry said.\n")
HAS_CONVEYED = "President Berg has conveyed Norway's stance on the Narvik rail tunnel for iron ore freight to Sol.\n"
PRAISED = "President Berg also praised Sol for a Norwegian plan to build a new rail tunnel between Narvik and Kiruna for iron ore freight.\n"


def _listed(root, news: str) -> dict[str, str]:
    """Each claim listed as in no readout, with its reason line."""
    analysis = north_south(root, "Norwegian President Ola Berg spoke today with Swedish President Eva Sol. "
                                 "President Berg proposed a joint patrol of the strait.", news)
    return {analysis.claim[u.claim].text: u.detail for u in analysis.unreported}


def test_a_briefing_no_readout_carries_is_listed_as_done_on_the_call(tmp_path):
    listed = _listed(tmp_path, BRIEFED)  # main: a stance, never listed beside the leader's own readout
    assert [t for t in listed if t.startswith("President Berg also briefed")]
    assert all(d.startswith("reports what Berg did on the call") for d in listed.values())


def test_a_briefing_in_the_perfect_is_no_act_of_the_call(tmp_path):
    assert not [t for t in _listed(tmp_path, HAS_BRIEFED) if "briefed" in t]  # as on main


def test_what_a_leader_conveyed_that_no_readout_carries_is_listed_as_done_on_the_call(tmp_path):
    listed = _listed(tmp_path, CONVEYED)  # main: a stance, never listed beside the leader's own readout
    assert [t for t in listed if t.startswith("President Berg also conveyed")]
    assert all(d.startswith("reports what Berg did on the call") for d in listed.values())
    assert not [t for t in _listed(tmp_path, HAS_CONVEYED) if "conveyed" in t]  # as on main


def test_a_stance_beside_the_leader_s_readout_is_still_no_report(tmp_path):
    assert not [t for t in _listed(tmp_path, PRAISED) if "praised" in t]  # as on main


def _cue(text: str, verb: str) -> Cue:
    start = text.index(verb)
    return Cue(0, 4, 0, start + len(verb), ())  # the cue phrase: "Berg ... <verb>"


def test_acts_reads_a_briefing_told_as_done():
    assert acts("Berg briefed Sol on Oslo.", _cue("Berg briefed Sol on Oslo.", "briefed"))
    assert not acts("Berg had briefed Sol on Oslo.", _cue("Berg had briefed Sol on Oslo.", "briefed"))
    assert acts("Berg conveyed his plan to Sol.", _cue("Berg conveyed his plan to Sol.", "conveyed"))
