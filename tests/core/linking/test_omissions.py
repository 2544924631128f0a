"""Omissions: an official statement is missing from each document it is checked against that holds nothing
linked to it: the other parties' official texts and the event's outlets; never its own party's texts."""

from readout_viewer.core.linking.omissions import find_omissions
from readout_viewer.core.model import AGREE, OFFICIAL, OUTLET, QUESTION, Claim, Document, Link

SAID = "The ministers agreed on new harbour fees."


def _doc(doc_id: str, role: str = OFFICIAL, event: str = "e", side: str | None = None, kind: str | None = None):
    return Document(id=doc_id, path=f"{doc_id}.txt", title=doc_id, text="x" * 40, role=role, event=event, side=side,
                    kind=kind)


def _claim(cid: str, text: str = SAID, kind: str = "statement") -> Claim:
    return Claim(cid, cid.split("#")[0], 0, len(text), text, kind)


def test_official_claims_list_the_documents_that_do_not_carry_them():
    docs = [_doc("a", side="N"), _doc("b", side="S"), _doc("paper", OUTLET), _doc("other", event="f")]
    claims_of = {"a": [_claim("a#1"), _claim("a#2")], "b": [_claim("b#1")], "paper": [_claim("paper#1")],
                 "other": []}
    links = [Link("a#1", "b#1", AGREE, 0.8), Link("paper#1", "a#2", AGREE, 0.6)]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    assert found == {"a#1": ("paper",), "a#2": ("b",), "b#1": ("paper",)}


def test_a_partys_own_texts_never_omit_each_other():
    docs = [_doc("readout", side="N"), _doc("briefing", side="N", kind="briefing"), _doc("theirs", side="S")]
    claims_of = {"readout": [_claim("readout#1")], "briefing": [_claim("briefing#1")], "theirs": []}
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, [])}
    assert found == {"readout#1": ("theirs",), "briefing#1": ("theirs",)}


def test_a_transcripts_own_answers_are_not_checked_against_outlets():
    docs = [_doc("briefing", side="N", kind="briefing"), _doc("readout", side="N"), _doc("theirs", side="S"),
            _doc("paper", OUTLET)]
    claims_of = {"briefing": [_claim("briefing#1")], "readout": [], "theirs": [], "paper": []}
    assert [o.missing_from for o in find_omissions(docs, claims_of, [])] == [("theirs",)]


def test_a_transcripts_account_of_the_call_is_checked_against_outlets():
    docs = [_doc("briefing", side="N", kind="briefing"), _doc("readout", side="N"), _doc("theirs", side="S"),
            _doc("paper", OUTLET)]
    told = "And he stressed concerns that the harbour fees would rise."
    claims_of = {"briefing": [_claim("briefing#1", told)], "readout": [], "theirs": [], "paper": []}
    assert [o.missing_from for o in find_omissions(docs, claims_of, [])] == [("theirs", "paper")]


def test_a_transcripts_sentence_on_the_call_itself_is_checked_against_outlets():
    # the call (or its tone) as subject, or the leaders together, tells the call like a readout
    docs = [_doc("briefing", side="N", kind="briefing"), _doc("readout", side="N"), _doc("theirs", side="S"),
            _doc("paper", OUTLET)]
    told = ["The tone of the conversation between the two premiers was serious and substantive.",
            "They both discussed the importance of fair harbour fees.", "It was a useful meeting.",
            "The harbour fees will be reviewed by the council next year."]
    claims_of = {"briefing": [_claim(f"briefing#{i}", t) for i, t in enumerate(told)], "readout": [], "theirs": [],
                 "paper": []}
    assert [o.missing_from for o in find_omissions(docs, claims_of, [])] == [("theirs", "paper")] * 3 + [("theirs",)]


def test_a_transcripts_clause_that_goes_on_with_an_account_is_an_account_too():
    docs = [_doc("briefing", side="N", kind="briefing"), _doc("readout", side="N"), _doc("theirs", side="S"),
            _doc("paper", OUTLET)]
    told = ["Both leaders acknowledged that there were areas where fees could fall,",
            "that the coming talks would settle the harbour fees.",  # the rest of the leaders' sentence
            "The harbour fees will be reviewed by the council next year.",
            "that the council may also review the quotas."]  # the rest of the briefer's own sentence
    claims_of = {"briefing": [_claim(f"briefing#{i}", t) for i, t in enumerate(told)], "readout": [], "theirs": [],
                 "paper": []}
    assert [o.missing_from for o in find_omissions(docs, claims_of, [])] == [("theirs", "paper")] * 2 + [("theirs",)] * 2


def test_a_briefing_that_is_its_partys_only_account_is_checked_against_outlets_whole():
    # an aide's comment to the press where no readout was issued stands for the readout
    docs = [_doc("aide", side="N", kind="briefing"), _doc("theirs", side="S"), _doc("paper", OUTLET),
            _doc("their-briefing", side="S", kind="briefing")]
    claims_of = {"aide": [_claim("aide#1")], "theirs": [], "paper": [], "their-briefing": [_claim("their-briefing#1")]}
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, [])}
    assert found == {"aide#1": ("theirs", "paper", "their-briefing"), "their-briefing#1": ("aide",)}


def test_questions_and_thin_statements_are_never_omitted():
    docs = [_doc("a", side="N"), _doc("b", side="S")]
    claims_of = {"a": [_claim("a#1", "Did they agree on fees?", QUESTION), _claim("a#2", "And we are prepared to do so."),
                       _claim("a#3", "It lasted for just over an hour.")], "b": []}
    assert [o.claim for o in find_omissions(docs, claims_of, [])] == ["a#3"]


def test_a_short_statement_that_judges_the_call_can_be_missing():
    docs = [_doc("a", side="N"), _doc("paper", OUTLET)]
    claims_of = {"a": [_claim("a#1", "I believe it went very well."), _claim("a#2", "I believe it is so."),
                       _claim("a#3", "I hope it goes well."), _claim("a#4", "It was frank."),
                       _claim("a#5", "Frank, indeed.")], "paper": []}
    # a judgement of the call says what it says in few words; a hope, or a tone word with nothing that names the call
    # ("it was"), judges no call held, and two content words do not stand alone
    assert [o.claim for o in find_omissions(docs, claims_of, [])] == ["a#1", "a#4"]
