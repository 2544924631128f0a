"""A sentence that only announces the list after it states nothing of its own (seen by helper omit3: China's
readout's "The overview is as follows." was counted as left out by every outlet)."""

from readout_viewer.core.language.kinds import kind_of
from readout_viewer.core.model import PROCEDURAL, STATEMENT


def test_an_announced_list_is_procedure():
    assert kind_of("The overview is as follows.") == PROCEDURAL
    assert kind_of("The two sides agreed as follows:") == PROCEDURAL


def test_as_follows_after_a_topic_of_its_own_stays_a_statement():
    assert kind_of("China's position on the crisis in Ukraine and on nuclear safety, which the president explained "
                   "at length, is as follows.") == STATEMENT
    assert kind_of("The overview follows the talks.") == STATEMENT
