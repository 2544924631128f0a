"""call_mentions reads an outlet claim's leaders (`_who_spoke`) and its text's lede once, not once for each official
text of its event it is paired with; the links are those of reading them at every pair."""

from collections import Counter

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import call_mentions as cm
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import OUTLET
from tests.builders import run_to_end, text_doc

OURS = text_doc("ours", "US President Ivan Berg spoke today with Kenyan President Tom Sol.\n\n"
                        "President Berg praised President Sol for the harbour accord.", side="US", kind="readout")
THEIRS = text_doc("theirs", "Kenyan President Tom Sol held a phone call today with US President Ivan Berg.\n\n"
                            "The two leaders agreed to expand the ferry routes in the spring.", side="KE",
                  kind="readout")
PAPER = text_doc("paper", "The storm season was the first thing on the desks of both capitals this week. US "
                          "President Ivan Berg and Kenyan President Tom Sol held a phone call on Monday. Ferries "
                          "from the two ports will sail again in May.", role=OUTLET)


def _links() -> set[tuple[str, str]]:
    docs = [OURS, THEIRS, PAPER]
    claims_of = {d.id: segment(d) for d in docs}
    return {(k.a, k.b) for k in run_to_end(find_links(docs, claims_of))[1]}


def test_each_claim_s_leaders_are_read_once(monkeypatch):
    asked: Counter[str] = Counter()
    ledes: Counter[str] = Counter()
    who_spoke, held_lede = cm._who_spoke, cm._held_lede

    def counting_who(claim, context):
        asked[claim.id] += 1
        return who_spoke(claim, context)

    def counting_lede(claims, w):
        ledes[claims[0].doc if claims else ""] += 1
        return held_lede(claims, w)

    monkeypatch.setattr(cm, "_who_spoke", counting_who)
    monkeypatch.setattr(cm, "_held_lede", counting_lede)
    links = _links()
    assert asked and max(asked.values()) == 1
    assert ledes == Counter({PAPER.id: 1})
    # the paper's call sentence reports both readouts' call lines (asked once, answered for both pairs)
    assert {(f"{PAPER.id}#2", f"{OURS.id}#1"), (f"{PAPER.id}#2", f"{THEIRS.id}#1")} <= links
