"""`relate_once.related_once` gives the links `align.related_here` gives, in the same order and with each copy's own
claims, judging once the pairs whose judgement reads the same words, terms, score, dates and direction."""

from dataclasses import replace

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import relate_once
from readout_viewer.core.linking.align import find_links, related_here
from readout_viewer.core.linking.context import context_for
from tests.builders import OUTLET, run_to_end, text_doc

READOUT = ("Prime Minister Lars Berg held a telephone talk with Prime Minister Eva Sol.\n\n"
           "The two premiers agreed to run 12 ferries a day across the northern strait next spring.\n\n"
           "They also discussed energy prices and the winter grid.")
# a wire's sentences, copied word for word by two papers; the third paper gives another number of ferries
WIRE = ("Berg and Sol agreed to run 12 ferries a day across the northern strait next spring. "
        "They also discussed energy prices and the winter grid, the two offices said.")
OTHER = "Berg and Sol agreed to run 20 ferries a day across the northern strait next spring."


def _folder():
    docs = [text_doc("readout", READOUT, side="N"), text_doc("wire", WIRE, role=OUTLET),
            text_doc("copy1", WIRE, role=OUTLET), text_doc("copy2", WIRE, role=OUTLET),
            text_doc("other", OTHER, role=OUTLET)]
    claims_of = {d.id: segment(d) for d in docs}
    return docs, claims_of, context_for(docs, claims_of)


def test_the_links_are_those_judged_one_by_one():
    docs, claims_of, context = _folder()
    each = run_to_end(find_links(docs, claims_of, context=context, relater=related_here))[1]
    once = run_to_end(find_links(docs, claims_of, context=context, relater=relate_once.related_once))[1]
    assert once == each
    assert {link.a for link in each} >= {"e/wire#1", "e/copy1#1", "e/copy2#1", "e/other#1"}
    assert {link.relation for link in each} == {"agree", "diverge"}  # the other paper's date: judged on its own


def test_a_copy_is_judged_once_and_what_differs_is_judged_again(monkeypatch):
    docs, claims_of, context = _folder()
    made = []
    judged = relate_once.relate_one

    def counted(kept, ctx):
        made.append(kept[0].id)
        return judged(kept, ctx)
    monkeypatch.setattr(relate_once, "relate_one", counted)
    by_id = {c.id: c for cs in claims_of.values() for c in cs}
    claim = by_id["e/readout#2"]
    kept = [(by_id[a], claim, 0.8, ("2020-01-01", "2020-01-01"), True)
            for a in ("e/wire#1", "e/copy1#1", "e/copy2#1", "e/other#1")]
    kept.append((by_id["e/copy2#1"], claim, 0.7, ("2020-01-01", "2020-01-01"), True))  # another score
    kept.append((replace(by_id["e/copy1#1"], text=OTHER), claim, 0.8, ("2020-01-01", "2020-01-01"), True))
    links = run_to_end(relate_once.related_once(kept, context))[1]
    assert made == ["e/wire#1", "e/other#1", "e/copy2#1", "e/copy1#1"]  # the copies at one score take the wire's
    assert [(x.a, x.b) for x in links] == [(k[0].id, k[1].id) for k in kept]
    assert links == run_to_end(related_here(kept, context))[1]
    assert links[5].relation == "diverge" and links[1].relation == "agree"  # words of its own, judged on them
