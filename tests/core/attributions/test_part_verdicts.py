"""A leader's unit an official text carries in part (in_part.py): each part no text carries is its own attribution,
unsupported, the rest keeping the unit's "supported" (in_part.split) — a readout that carries the first report of a
sentence vouches for nothing of a second one."""

from readout_viewer.core.attributions.unreported import Candidate
from readout_viewer.core.model import SUPPORTED, UNSUPPORTED, Attribution
from tests.builders import north_south

# What the Norwegian readout carries, told at length (the outlet's one claim lies mostly in it), and a second report.
CARRIED = ("President Berg said on the call on Wednesday that unlicensed foreign trawlers fishing in the strait would "
           "face penalties")
SECOND = "three warships would patrol the northern fjords until the spring thaw"
UNIT = Attribution("news", 0, 100, "north", "Berg", SUPPORTED, None, 1.0, "north carries it")


def test_the_part_no_text_carries_is_its_own_unsupported_attribution():
    from readout_viewer.core.attributions.in_part import split  # new with the rule: main lacks it

    parts = split(UNIT, Candidate("Berg", "; searched", spans=(("Berg", 60, 100),), in_part=True))
    assert [(a.start, a.end, a.verdict) for a in parts] == [(0, 60, SUPPORTED), (60, 100, UNSUPPORTED)]
    assert parts[1].detail is not None and parts[1].detail.endswith("; searched")  # why, for a person
    assert parts[1].cited == "north" and parts[1].found_in is None


def test_a_part_in_the_middle_leaves_the_rest_supported():
    from readout_viewer.core.attributions.in_part import split

    parts = split(UNIT, Candidate("Berg", "", spans=(("Berg", 30, 60),), in_part=True))
    assert [(a.start, a.end, a.verdict) for a in parts] == [(0, 30, SUPPORTED), (30, 60, UNSUPPORTED),
                                                             (60, 100, SUPPORTED)]


def test_other_attributions_stay_whole():
    from readout_viewer.core.attributions.in_part import split

    assert split(UNIT, None) == [UNIT]
    assert split(UNIT, Candidate("Berg", "", spans=(("Berg", 60, 100),))) == [UNIT]  # an aide's relay: no unit cut


def test_a_second_report_gets_its_own_verdict(tmp_path):
    text = f"{CARRIED}, adding that {SECOND}."
    analysis = north_south(tmp_path, "Norwegian President Ola Berg spoke today with Swedish President Eva Sol. "
                                     "He said unlicensed trawlers would face penalties.", text + "\n")
    verdicts = {text[a.start:a.end].strip(" ,."): a.verdict for a in analysis.attributions}
    assert verdicts.get(f"adding that {SECOND}") == UNSUPPORTED  # main: one attribution, supported whole
    assert verdicts.get(CARRIED) == SUPPORTED


def test_a_sentence_carried_whole_stays_one_attribution(tmp_path):
    text = f"{CARRIED}, adding that unlicensed trawlers would face penalties."
    analysis = north_south(tmp_path, "Norwegian President Ola Berg spoke today with Swedish President Eva Sol. "
                                     "He said unlicensed trawlers would face penalties.", text + "\n")
    assert [a.verdict for a in analysis.attributions] == [SUPPORTED]  # a guard: passes on main too
