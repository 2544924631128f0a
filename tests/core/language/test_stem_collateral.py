"""A word the six-letter cut gives a synonym group's stem is no member of the group: "position" cut to "positi" as
"positively" (the welcome group) is, so a side's position read as a welcome (stem_overrides.STEM_OVERRIDES)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms

POSITION = "Berg set out the island's position on the fisheries quotas."
WELCOME = "Sol welcomed the fisheries quotas."


def test_a_position_is_no_welcome():
    assert concept("position") != concept("welcomed")
    assert concept("position") != concept("positively")
    assert concept("welcomed") not in terms(POSITION).concepts
    assert concept("welcomed") in terms(WELCOME).concepts


def test_a_position_keeps_its_inflections_and_positive_stays_a_welcome():
    assert concept("position") == concept("positions") == concept("positioned")
    assert concept("positively") == concept("welcomed")


def test_words_the_cut_drew_into_a_group_stay_apart_from_it():
    assert concept("comment") != concept("commended") == concept("welcomed")
    assert concept("commenced") != concept("commended")
    assert concept("critical") != concept("criticized")
    assert concept("concerted") != concept("concern")
    assert concept("candidate") != concept("candid")
    assert concept("understanding") != concept("underscored")
    assert concept("presence") != concept("presented")


def test_a_word_the_group_wants_in_one_sense_only_is_read_by_its_sense():
    assert concept("interested") == concept("readiness") != concept("interests")
    assert concept("officially") != concept("official") == concept("representatives")
    assert concept("concern") not in terms("Berg spoke to Sol concerning the fisheries quotas.").concepts
    assert concept("concern") in terms("Berg voiced concern over the fisheries quotas.").concepts
