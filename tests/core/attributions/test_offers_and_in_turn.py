"""A leader's offer or proposal made on the call ("Berg offered Sol ...", "Berg proposed ...") and a leader's words told
"in turn" ("Sol in turn said ...") are reports of the call: what no readout carries of them is listed as in no
readout; what a readout carries is not (docs/engine.md, Round 46, helper unrep19)."""

from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.sentence_cues import acts
from tests.builders import north_south

NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. "
         "President Berg proposed a joint patrol of the strait.")
OFFERED = "President Berg offered Sol a new icebreaker for the northern shipping lanes before the winter.\n"
PROPOSED_ELSE = "President Berg proposed a common fund for rebuilding the flooded railway bridges in the north.\n"
PROPOSED_CARRIED = "President Berg proposed a joint patrol of the strait.\n"
IN_TURN = ("President Berg spoke about the strait.\n\n"
           "Sol in turn said Sweden would open three new border crossings for freight before the winter.\n")
IN_TURN_CARRIED = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol.\n\n"
                   "Berg in turn proposed a joint patrol of the strait.\n")


def _listed(root, news: str) -> dict[str, str]:
    """Each claim listed as in no readout, with its reason line."""
    analysis = north_south(root, NORTH, news)
    return {analysis.claim[u.claim].text: u.detail for u in analysis.unreported}


def test_an_offer_no_readout_carries_is_listed_as_done_on_the_call(tmp_path):
    listed = _listed(tmp_path, OFFERED)  # main: no cue at all ("offered" is no verb of the cues), nothing listed
    assert [t for t in listed if t.startswith("President Berg offered")]
    assert all(d.startswith("reports what Berg did on the call") for d in listed.values())


def test_a_proposal_no_readout_carries_is_listed(tmp_path):
    listed = _listed(tmp_path, PROPOSED_ELSE)  # main: no cue, nothing listed
    assert [t for t in listed if t.startswith("President Berg proposed a common fund")]


def test_the_proposal_the_readout_carries_is_not_listed(tmp_path):
    assert not [t for t in _listed(tmp_path, PROPOSED_CARRIED) if "proposed" in t]  # as on main


def test_words_told_in_turn_are_listed(tmp_path):
    listed = _listed(tmp_path, IN_TURN)  # main: "Sol in turn said" is no cue, nothing listed
    assert [t for t in listed if t.startswith("Sol in turn said")]


def test_what_the_readout_carries_told_in_turn_is_not_listed(tmp_path):
    assert not [t for t in _listed(tmp_path, IN_TURN_CARRIED) if "in turn" in t]


def _cue(text: str, verb: str) -> Cue:
    start = text.index(verb)
    return Cue(0, 4, 0, start + len(verb), ())  # the cue phrase: "Berg ... <verb>"


def test_an_offer_or_a_proposal_is_an_act_told_as_done():
    for said in ("Berg offered Sol a visit.", "Berg proposed a truce."):
        verb = said.split()[1]
        assert acts(said, _cue(said, verb))  # main: neither verb is an act
    said = "Berg had proposed a truce."
    assert not acts(said, _cue(said, "proposed"))  # an earlier act, as for an invitation
