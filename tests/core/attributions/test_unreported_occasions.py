"""A leader's words to an audience (and a pronoun going on for them) are no report "in no readout"."""

from readout_viewer.core.attributions.occasions import told_elsewhere
from tests.builders import unreported_texts


def test_a_leaders_words_to_an_audience_and_a_pronoun_going_on_for_them_are_no_report(tmp_path):
    forum = ("\u201cThe strait is ours to guard,\u201d President Berg told the Harbour Youth forum in Bergen. He added, "
             "\u201cNorway would send three warships to the northern strait next month.\u201d\n")
    assert unreported_texts(tmp_path, forum) == []


def test_told_elsewhere_needs_the_audience_in_the_pronouns_sentence_or_the_one_before():
    text = "\u201cWe guard it,\u201d Berg told the Harbour Youth forum in Bergen. He added, \u201cThree ships.\u201d"
    added = text.index("He added")
    assert told_elsewhere(text, 0, added, "Berg")
    assert told_elsewhere(text, added, len(text), "He (Berg)")
    assert not told_elsewhere(text, added, len(text), "He (Sol)")  # the one before names another speaker
    alone = "\u201cWe guard it,\u201d Berg said. He added, \u201cThree ships.\u201d"
    assert not told_elsewhere(alone, alone.index("He added"), len(alone), "He (Berg)")
