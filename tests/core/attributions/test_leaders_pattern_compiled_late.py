"""The leaders' names (the subject of a report an aide relays) are looked up where a relayed report is read: no pattern
of them all is compiled, for a folder whose texts relay none or any other."""

from readout_viewer.core.attributions.check import _Checker
from readout_viewer.core.attributions.leader_names import LeaderNames
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


def test_a_folder_that_relays_no_report_compiles_no_pattern_of_the_leaders():
    checker = _checker("The talks were held on Monday. The border was quiet.")
    assert isinstance(checker.leader_named, LeaderNames)
    assert checker.leader_named.search("as president ola berg said") == (13, 21)  # "ola berg"
    assert checker.leader_named.fullmatch("ola berg")
