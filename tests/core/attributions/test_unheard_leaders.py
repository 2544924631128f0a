"""The other party of a call told by one side only ("President of Türkiye Recep Tayyip Erdoğan" in the Kremlin's
readout, no Turkish text in the folder) is still a leader: their words are checked against the accounts the folder
holds, each of which reports what both leaders said, and the source cited is not in the folder."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.core.attributions.test_attributions import check, doc

NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. Eva Sol stressed that the fishing "
         "quota must be shared fairly between the two fleets.")


def _found(news):
    docs = [doc("north", NORTH, OFFICIAL, "Office of the Norwegian President", "NO", "readout"),
            doc("news", news, source="Daily Paper")]
    return [(a.cited, a.cited_as, a.verdict, a.detail) for a in check(docs) if a.doc == "news"]


def test_words_the_one_account_carries_are_supported():
    [(cited, cited_as, verdict, detail)] = _found("Sol said the fishing quota must be shared fairly between the two "
                                                  "fleets.")
    assert (cited, cited_as, verdict) == (None, "Sol", SUPPORTED)
    assert "Office of the Norwegian President" in detail


def test_words_no_account_carries_are_unsupported_never_misattributed():
    # checked against the accounts of the call, not dismissed as a source the folder lacks
    assert _found("Sol said Sweden would build a new bridge over the strait next year.") == [
        (None, "Sol", UNSUPPORTED, "no official account of the call carries it; the source's own text is not in the "
                                   "folder")]


def test_the_unheard_sides_government_is_checked_as_its_leader_is():
    [(cited, cited_as, verdict, _)] = _found("The Swedish side said the fishing quota must be shared fairly between "
                                             "the two fleets.")
    assert (cited, cited_as, verdict) == (None, "The Swedish side", SUPPORTED)


def test_its_statement_named_alone_stands_for_it():
    found = _found("Stockholm issued a statement after the call. The statement said Sweden would build a new bridge "
                   "over the strait next year.")
    assert [(c, who, v) for c, who, v, _ in found] == [(None, "The statement (Stockholm)", UNSUPPORTED)]


def test_a_body_its_account_is_cited_under_follows_the_sides_adjective():
    from readout_viewer.core.attributions.side_names import unheard_bodies
    assert {"turkish communications directorate", "ankara", "turkish side"} <= set(unheard_bodies({"TR"}))

