"""An office that relays its leader through a pronoun ("Berg's office said he warned ...") relays the leader its own
words name; a pronoun after a cue naming no leader relays no one."""

from readout_viewer.core.attributions.leader_names import LeaderNames
from readout_viewer.core.attributions.relayed import _office_leader
from tests.core.attributions.test_unreported_stances import _excerpts_texts

WARNED = "warned that Norway would send three warships to the northern strait next month.\n"


def test_an_office_relays_its_leader_through_a_pronoun(tmp_path):
    texts = _excerpts_texts(tmp_path, f"Berg's office said he {WARNED}")
    assert any(t.startswith("Berg's office said he warned") for t in texts)


def test_the_leader_an_office_cue_names():
    leaders = LeaderNames(["berg", "holm"])
    assert _office_leader("Berg's office", leaders) == "Berg"
    assert _office_leader("the ministry", leaders) == ""
    assert _office_leader("Berg's office", None) == ""
