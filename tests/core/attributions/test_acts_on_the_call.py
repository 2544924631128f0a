"""An act done on the call ("Berg invited Sol to a summit ...") is no stance a readout words otherwise: told as done
(not in the perfect, which tells an earlier act or one a question asks about), what no readout carries of it is
listed as done on the call, with a reason line that says "did", not "said"."""

from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.sentence_cues import acts
from tests.builders import north_south

INVITED = "President Berg invited Sol to an online climate summit to be hosted by Norway on April 22.\n"
ASKED = ("When asked if President Berg had invited Sol to an online climate summit to be hosted by Norway on April 22, "
         "the minister answered that the spring schedule was not yet settled.\n")
THANKED = "President Berg thanked Sol for an online climate summit to be hosted by Norway on April 22.\n"


def _listed(root, news: str) -> dict[str, str]:
    """Each claim listed as in no readout, with its reason line."""
    analysis = north_south(root, "Norwegian President Ola Berg spoke today with Swedish President Eva Sol. "
                                 "President Berg proposed a joint patrol of the strait.", news)
    return {analysis.claim[u.claim].text: u.detail for u in analysis.unreported}


def test_an_invitation_no_readout_carries_is_listed_as_done_on_the_call(tmp_path):
    listed = _listed(tmp_path, INVITED)  # main: a stance, never listed beside the leader's own readout
    assert [t for t in listed if t.startswith("President Berg invited")]
    assert all(d.startswith("reports what Berg did on the call") for d in listed.values())


def test_an_invitation_in_a_question_is_no_act_told(tmp_path):
    assert not [t for t in _listed(tmp_path, ASKED) if "invited" in t]  # as on main


def test_a_stance_beside_the_leader_s_readout_is_still_no_report(tmp_path):
    assert not [t for t in _listed(tmp_path, THANKED) if "thanked" in t]  # as on main


def _cue(text: str, verb: str) -> Cue:
    start = text.index(verb)
    return Cue(0, 4, 0, start + len(verb), ())  # the cue phrase: "Berg ... <verb>"


def test_acts_reads_the_verb_of_the_cue_and_its_tense():
    assert acts("Berg invited Sol to Oslo.", _cue("Berg invited Sol to Oslo.", "invited"))
    assert not acts("Berg had invited Sol to Oslo.", _cue("Berg had invited Sol to Oslo.", "invited"))
    assert not acts("Berg has invited Sol to Oslo.", _cue("Berg has invited Sol to Oslo.", "invited"))
    assert not acts("Berg thanked Sol for Oslo.", _cue("Berg thanked Sol for Oslo.", "thanked"))
