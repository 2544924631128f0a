"""A leader's standing position ("has said") and what a leader said on another call, with a leader the readouts never
name, are no report "in no readout" of this call; a sentence of a report linked to a readout leaves the others of its
unit in no readout."""

from readout_viewer.core.attributions.unreported import Candidate, another_call, find_unreported
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import AGREE, DIVERGE, OFFICIAL, UNSUPPORTED, Attribution, Claim, Link
from tests.builders import NORTH, SOUTH, WARSHIPS, reading, unreported_texts

STANDING = WARSHIPS.replace("President Berg warned that", "President Berg has said that")
OTHER_CALL = WARSHIPS + ", hours after Berg spoke in a telephone call with Danish Prime Minister Jens Holm"


def test_a_standing_position_is_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, STANDING + ".\n") == []
    often = WARSHIPS.replace("President Berg warned that", "President Berg has repeatedly said that")
    (tmp_path / "often").mkdir()
    assert unreported_texts(tmp_path / "often", often + ".\n") == []


def test_a_position_said_of_the_call_in_the_present_perfect_is_in_no_readout(tmp_path):
    [report] = unreported_texts(tmp_path, STANDING + " after his call with the Swedish president.\n")
    assert report.startswith("President Berg has said")


def test_words_beside_another_leaders_call_are_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, OTHER_CALL + ".\n") == []


def test_a_call_with_a_leader_the_readouts_name_is_this_call():
    accounts = fold(NORTH + "\n" + SOUTH)
    assert another_call(OTHER_CALL, accounts)
    assert not another_call(OTHER_CALL.replace("Danish Prime Minister Jens Holm", "Swedish President Eva Sol"), accounts)
    assert not another_call(OTHER_CALL.replace("Danish Prime Minister Jens Holm", "Jens Holm"), accounts)  # no title


def test_the_same_words_alone_are_in_no_readout(tmp_path):
    [report] = unreported_texts(tmp_path, WARSHIPS + ".\n")
    assert report.startswith("President Berg warned")


UNIT = ("“President Berg proposed a joint patrol. He warned that Norway would send three warships north. He said "
        "radar stations would be rebuilt,” his office added.")


def _listed(links: list[Link]) -> list[str]:
    """The claims find_unreported lists for UNIT, one attribution of three sentences (a claim each), given `links`."""
    readout, paper = reading("north", NORTH, role=OFFICIAL), reading("paper", UNIT)
    ends = [UNIT.index(". ") + 1, UNIT.index(". He said") + 1, len(UNIT)]
    claims = [Claim(f"paper#{n}", "paper", start, end, UNIT[start:end])
              for n, (start, end) in enumerate(zip([0, ends[0] + 1, ends[1] + 1], ends), 1)]
    said = Attribution("paper", 0, len(UNIT), None, "his office", UNSUPPORTED, score=0.7)
    found = find_unreported([readout, paper], {"paper": claims}, links, [said], {0: Candidate("Berg", "")})
    return [u.claim for u in found]


def test_a_sentence_linked_to_a_readout_leaves_the_others_of_its_unit_in_no_readout():
    assert _listed([]) == ["paper#1", "paper#2", "paper#3"]
    # the first sentence diverges from the readout's: the readout carries it; the other two it does not
    assert _listed([Link("paper#1", "north#2", DIVERGE, 0.5)]) == ["paper#2", "paper#3"]
    assert _listed([Link("north#2", "paper#2", AGREE, 0.5)]) == ["paper#1", "paper#3"]
