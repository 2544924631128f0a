"""Words of the call passed on by a third party (an aide after a sentence adverb, "according to her", a joint report
that "discussed" a point no readout names): listed as in no readout, as the leader's own would be."""

import pytest

from tests.builders import NORTH, unreported_texts

# A readout that tells what the two leaders discussed together: "discussed" is the joint act, shared by any such
# report, not a point the report retells.
JOINT = NORTH + " The two leaders discussed the importance of safe shipping in the strait."


# The aide's own words first, then the report the aide passes on (the one listed).
FRIENDLY = "Presidential aide Anna Lund told reporters that the conversation was very friendly. "


@pytest.mark.parametrize("report", [
    # a sentence adverb before the aide's name and a relative clause: the aide speaks, not "However"
    "However, Anders Lund, who will advise the president on foreign policy, said in television statements that Berg "
    "rejected the invitation to visit the northern islands because of his schedule.",
    # a leader's answer to an invitation, told "according to her" (the aide named before)
    "According to her, Sol apologized because she will not be able to attend the ceremony in the northern islands "
    "next month.",
    "According to her, Sol declined the invitation to the ceremony in the northern islands next month.",
])
def test_a_report_passed_on_by_an_aide_is_listed(tmp_path, report):
    listed = unreported_texts(tmp_path, FRIENDLY + report)
    assert listed and all(text in report for text in listed)  # the report (or its clause of the leader), not the aide's


def test_an_adverb_alone_before_the_aides_own_words_lists_nothing(tmp_path):
    news = ("However, Anders Lund, who will advise the president on foreign policy, said in television statements that "
            "the ferry across the northern strait was delayed by three days of storms.")
    assert unreported_texts(tmp_path, news) == []


def test_a_joint_report_that_discussed_a_point_no_readout_names_is_listed(tmp_path):
    news = ("According to Anders Lund, Berg and Sol discussed the recent announcement that the rebels will release "
            "fifty fishermen held in the northern islands.")
    assert unreported_texts(tmp_path, news, JOINT) != []


def test_a_joint_report_of_a_point_the_readout_names_is_not_listed(tmp_path):
    news = ("According to Anders Lund, Berg and Sol discussed safe shipping through the strait between the northern "
            "islands and the coast.")
    assert unreported_texts(tmp_path, news, JOINT) == []
