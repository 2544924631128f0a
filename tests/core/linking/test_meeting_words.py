"""The words of an act told in other words: a country's other name, and a participle opening told alone."""

from readout_viewer.core.linking.claim_parts import parts
from tests.builders import paper_links, text_doc

PARTICIPATION = text_doc("post", "President Dag Lund of Norway spoke today with President Aki Vale of Finland.\n\n"
                         "We are working on Türkiye's participation.", side="NO")
HOST = text_doc("statement", "President Dag Lund spoke today with President Aki Vale.\n\nNoting that Norway stands "
                "ready to host a summit at the leaders' level, President Lund voiced his belief that setting up "
                "working groups on fishing, timber and shipping quotas will pave the way for lasting trade.",
                side="NO")


def test_a_sentence_opening_on_a_participle_of_saying_parts_at_its_comma():
    assert parts("Noting that Norway stands ready to host a summit at the leaders' level, President Lund voiced his "
                 "belief that working groups will pave the way.")[0] == \
        "Noting that Norway stands ready to host a summit at the leaders' level"
    assert parts("Norway stands ready to host a summit at the leaders' level, as President Lund said.")[0] == \
        "Norway stands ready to host a summit at the leaders' level"  # no participle: the cut it had before
    # the opening beside the sentence's own pieces (here the whole): the main clause alone is no piece of it
    assert parts("Noting the weather was fine, he left.") == ["Noting the weather was fine",
                                                              "Noting the weather was fine, he left."]


def test_turkey_reports_turkiye():
    assert paper_links(PARTICIPATION, "The two agreed to work on involving Turkey.") == \
        {("The two agreed to wo", "We are working on Tü")}


def test_the_opening_of_a_participle_sentence_is_reported_alone():
    assert ("Lund reiterated his ", "Noting that Norway s") in paper_links(
        HOST, "Lund reiterated his willingness to host a meeting between the Swedish and Danish leaders.")
