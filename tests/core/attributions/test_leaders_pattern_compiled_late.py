"""The leaders' names as one pattern (the subject of a report an aide relays) are compiled when a relayed report is
first read, not for every folder: a folder whose texts relay none never compiles it."""

from readout_viewer.core.attributions.check import _Checker
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, Claim, Document
from readout_viewer.core.quotes.check import check_quotes


def _doc(doc_id, text, role=OUTLET, source=None, side=None, kind=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind=kind)


def _checker(news):
    documents = [_doc("us", "President Ola Berg spoke today with President Eva Sol about the northern border.",
                      OFFICIAL, "The White House", "US", "readout"), _doc("news", news, source="Daily Paper")]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in
                     enumerate(loose_sentences(d.text), 1)] for d in documents}
    return _Checker(documents, claims, [], check_quotes(documents))


def test_a_folder_that_relays_no_report_leaves_the_leaders_pattern_uncompiled():
    checker = _checker("The talks were held on Monday. The border was quiet.")
    assert checker.leader_named is not None
    assert "search" not in vars(checker.leader_named)  # LazyPattern: its methods become its own when compiled
    assert checker.leader_named.search("as president ola berg said") is not None
    assert "search" in vars(checker.leader_named)
