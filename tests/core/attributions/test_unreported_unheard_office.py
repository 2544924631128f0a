"""What a leader said on the call, told by the office of a side that has no text in the folder ("Macron \u201ccondemned
...,\u201d his office announced"), is the other side's own account the folder lacks: in no readout; what the leaders did
not discuss, as an aide tells it, relays the leaders."""

from readout_viewer.core.analysis import analyze
from readout_viewer.core.attributions.leader_names import LeaderNames
from readout_viewer.core.attributions.relayed import relayed_leader
from tests.builders import READOUT_FRONT, SOUTH

OFFICE = ("Berg \u201cwarned that Norway would send three warships to the northern strait next month,\u201d his office "
          "said in a statement.\n")


def test_a_quotation_opened_after_the_subject_relays_that_leader():
    named = LeaderNames(["berg", "ola berg"])
    assert relayed_leader("Berg \u201cwarned that Norway would send warships.", named) == "Berg"
    assert relayed_leader("\u201cNorway would send warships,\u201d the office said.", named) == ""


def test_the_unheard_sides_office_telling_its_leaders_words_is_in_no_readout(tmp_path):
    (tmp_path / "south.md").write_text(READOUT_FRONT.format(s="Office of the Swedish President", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text("Sweden's president spoke with Norwegian President Ola Berg on Wednesday.\n\n"
                                       + OFFICE)
    analysis = analyze(tmp_path)
    assert [analysis.claim[u.claim].text for u in analysis.unreported] == [OFFICE.strip()]


def test_what_the_leaders_did_not_discuss_relays_the_leaders():
    named = LeaderNames(["berg", "sol"])
    told = "The two presidents did not discuss the fishing season, the aide said."
    assert relayed_leader(told, named) == "the leaders"
    assert relayed_leader("The fishing season was not discussed, the aide said.", named) == "the leaders"
    assert relayed_leader("The aide said the fishing season will open in May.", named) == ""
