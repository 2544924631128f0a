"""A report of both leaders together is no report in no readout when an official claim of both leaders names a point
of it (evidence._joint_carrier): the readout tells the joint act in other words. One leader's report sharing that
point, or a joint report sharing only a country's name or the joint verb, is still listed."""

from tests.builders import NORTH, WARSHIPS, unreported_texts

# The Norwegian readout with a claim of both presidents: what they agreed, "ferry" its point.
JOINT_NORTH = NORTH + " The two presidents agreed to keep the ferry line open through the winter."
REPORT = WARSHIPS + ".\n"


def test_a_joint_report_naming_a_point_of_the_readouts_joint_claim_is_not_listed(tmp_path):
    texts = unreported_texts(tmp_path, "Norwegian President Ola Berg and Swedish President Eva Sol said they agreed "
                                       "that the ferry service across the gulf must survive the storms.\n\n" + REPORT,
                             JOINT_NORTH)
    assert texts == [WARSHIPS + "."]


def test_one_leaders_report_sharing_that_point_is_still_listed(tmp_path):
    texts = unreported_texts(tmp_path, "President Berg said that the ferry service across the gulf must survive the "
                                       "storms.\n\n" + REPORT, JOINT_NORTH)
    assert texts == ["President Berg said that the ferry service across the gulf must survive the storms.",
                     WARSHIPS + "."]


def test_a_joint_report_sharing_only_a_countrys_name_and_the_joint_verb_is_still_listed(tmp_path):
    joint = "Norwegian President Ola Berg and Swedish President Eva Sol said they agreed that Norway must survive the " \
            "storms across the gulf."
    texts = unreported_texts(tmp_path, joint + "\n\n" + REPORT, JOINT_NORTH + " The presidents agreed on Norway's role.")
    assert texts == [joint, WARSHIPS + "."]
