"""A readout's sentence that names nobody who acts runs on the words of the leader the sentence before it in its
paragraph reports (`speakers.run_on`): an outlet's account of the other leader's words does not report it."""

from readout_viewer.core.language.speakers import run_on
from readout_viewer.core.model import Claim, Document
from tests.builders import text_doc
from tests.core.linking.reports import reporting

CENTENARY = "Next year marks the centenary of the Baltic harbour treaty."
SAID = ("Ola Berg said he raised the harbour tariffs and the quotas for the trawlers, and that next year is the "
        "centenary of the treaty on the Baltic harbour.")
CLAUSE = SAID[SAID.index("that next"):]  # the outlet sentence's clause of the centenary, Berg's words


def _readout(opener: str) -> Document:
    """Norway's readout: the leaders spoke, then a paragraph opened by `opener`, then the centenary."""
    return text_doc("north", "Norwegian President Ola Berg spoke today with Swedish President Ivan Sol.\n\n"
                    f"{opener} {CENTENARY}", side="NO")


def test_the_other_leaders_run_on_words_are_not_reported():
    assert reporting(_readout("Ivan Sol stressed that the two countries are close neighbours."), CENTENARY,
                     SAID) == []


def test_the_same_leaders_run_on_words_are():
    assert reporting(_readout("Ola Berg stressed that the two countries are close neighbours."), CENTENARY,
                     SAID) == [CLAUSE]


def test_a_sentence_naming_who_acts_runs_on_nobody():
    text = "Ivan Sol stressed the ties. Next year marks the centenary. We noted the quotas.\n\nThe fleet sailed."
    doc = text_doc("north", text, side="NO")
    said = ("Ivan Sol stressed the ties.", "Next year marks the centenary.", "We noted the quotas.", "The fleet sailed.")
    claims = [Claim(f"c{n}", doc.id, text.index(s), text.index(s) + len(s), s) for n, s in enumerate(said, 1)]
    out = run_on({"c1": "SE"}, [doc], {doc.id: claims}, {"Ivan Sol": "SE"})
    assert out == {"c1": "SE", "c2": "SE"}
