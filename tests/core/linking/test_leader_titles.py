"""A readout's line that says its president spoke with another government's prime minister only mentions the call,
whether the folder writes "prime minister" as a name or not (`similarity.TITLES`), so the outlets' ledes can report it;
"had been" is no call held (`reports._SPOKE`)."""

from readout_viewer.core.linking.similarity import mention
from readout_viewer.core.linking.weights import weights_for
from readout_viewer.core.model import Claim
from tests.builders import text_doc
from tests.core.linking.test_align import _links

LINE = "President Ola Berg spoke today by phone with Prime Minister Ivan Sol of Sweden."
# "prime minister" written in lower case more often than not: the title is no name of this folder
OTHERS = ("The prime minister raised the harbour tariffs, as the prime minister had promised.",
          "The prime minister of Sweden and the prime minister of Finland met last year.",
          "Berg and Sol agreed to meet in Oslo.")


def test_a_line_naming_a_prime_minister_by_title_only_mentions_the_call():
    claims = [Claim(f"d#{n}", "d", 0, len(text), text) for n, text in enumerate((LINE, *OTHERS), 1)]
    terms, w = weights_for({"d": claims})
    assert mention(terms["d#1"], w)


def test_had_been_is_no_call_held():
    readout = text_doc("north", "Norwegian President Ola Berg spoke today with Swedish President Ivan Sol.\n\n"
                                "President Berg raised the harbour tariffs.", side="NO")
    waiting = ("Berg had been holding off calling Swedish President Ivan Sol, in part because he wanted to see the "
               "fishing fleets first.")
    held = "Berg had a call with Swedish President Ivan Sol on Monday, a week after the row over quotas and trawlers."
    paper = text_doc("paper", waiting + "\n\n" + held, role="outlet")
    spoke = readout.text.split("\n\n")[0]
    assert {a for a, b, _ in _links(paper, readout) if b == spoke} == {held}
