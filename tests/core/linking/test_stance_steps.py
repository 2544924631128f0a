"""A stance changed: what one text has a side merely note, the other has it support (rel7)."""

from readout_viewer.core.linking.stance_steps import stances
from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts


def test_noted_against_supports_diverges():
    link = related_texts("Premier Osk noted the fishing plan that has been proposed by Norway and affirmed the coastal "
                         "states' support of talks on the dispute.",
                         "Osk said Denmark supports the fishing position paper of Norway.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    assert link.detail == "one says \u201cnoted\u201d, the other \u201csupports\u201d"


def test_noted_against_welcomed_agrees():
    assert related_texts("The sides noted progress in the talks on the fishing quotas.",
                         "The two ministers welcomed progress toward the fishing quotas.").relation == AGREE


def test_a_plan_endorsed_by_others_is_no_stance_of_the_call():
    assert related_texts("The Danish side positively noted the peace initiative of the coastal states.",
                         "They discussed a peace initiative endorsed by several coastal states.").relation == AGREE
    assert stances("a plan endorsed by several states") == frozenset()


def test_a_side_that_notes_and_supports_keeps_its_support():
    assert related_texts("Osk noted the fishing plan and supported the Norwegian position paper.",
                         "Osk said Denmark supports the Norwegian position paper.").relation == AGREE


def test_support_as_a_noun_is_no_stance_verb():
    assert related_texts("Osk noted the importance of the council's decision on the fishing talks.",
                         "Osk and Berg discussed Denmark's support for the fishing talks.").relation == AGREE


def test_the_supported_object_ends_at_a_joined_verb():
    (kind, verb, obj), = stances("Denmark supports the fishing plan and urged talks")
    assert (kind, verb, len(obj)) == ("support", "supports", 2)
    assert stances("Denmark supports the fishing plan and urged talks") == stances("Denmark supports the fishing plan")


def test_a_joined_verb_is_an_and_before_a_past_tense_content_word():
    from readout_viewer.core.language.clauses import joins_predicate
    words = "proposed by china and affirmed support by osk and lund".split()
    assert [i for i in range(len(words)) if joins_predicate(words, i)] == [3]
