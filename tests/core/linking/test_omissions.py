"""Omissions: an official statement is missing from each document it is checked against that holds nothing
linked to it: every other official text of its event (its own party's too, unless the statement is a transcript's)
and the event's outlets."""

from readout_viewer.core.language.clauses import opens_on_predicate
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


def test_a_partys_texts_leave_out_what_they_do_not_carry_of_its_accounts():
    # a readout's point that the party's briefer or its other readout skips is left out by them; a briefer's point
    # that the party's readouts skip is not: a briefing is expected to add to its readout
    docs = [_doc("readout", side="N"), _doc("briefing", side="N", kind="briefing"), _doc("theirs", side="S"),
            _doc("copy", side="N")]
    claims_of = {"readout": [_claim("readout#1")], "briefing": [_claim("briefing#1")], "theirs": [],
                 "copy": [_claim("copy#1")]}
    links = [Link("copy#1", "readout#1", AGREE, 0.9)]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    assert found == {"readout#1": ("briefing", "theirs"), "briefing#1": ("theirs",),
                     "copy#1": ("briefing", "theirs")}


def test_a_transcripts_statements_are_checked_against_the_other_side_and_the_outlets_not_its_own_readout():
    # what a briefer said and no outlet carried is left out by the outlets, as a readout's statement is
    docs = [_doc("briefing", side="N", kind="briefing"), _doc("readout", side="N"), _doc("theirs", side="S"),
            _doc("paper", OUTLET), _doc("their-briefing", side="S", kind="briefing")]
    said = ["The harbour fees will be reviewed by the council next year.",
            "And he stressed concerns that the harbour fees would rise.", "Thank you."]
    claims_of = {"briefing": [_claim(f"briefing#{i}", t) for i, t in enumerate(said)], "readout": [],
                 "theirs": [], "paper": [], "their-briefing": [_claim("their-briefing#1")]}
    links = [Link("paper#1", "briefing#1", AGREE, 0.6)]
    claims_of["paper"] = [_claim("paper#1")]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    assert found == {"briefing#0": ("theirs", "paper", "their-briefing"),
                     "briefing#1": ("theirs", "their-briefing"),  # the outlet carries it
                     "their-briefing#1": ("briefing", "readout", "paper")}


def test_questions_and_thin_statements_are_never_omitted():
    docs = [_doc("a", side="N"), _doc("b", side="S")]
    claims_of = {"a": [_claim("a#1", "Did they agree on fees?", QUESTION), _claim("a#2", "And we are prepared to do so."),
                       _claim("a#3", "It lasted for just over an hour.")], "b": []}
    assert [o.claim for o in find_omissions(docs, claims_of, [])] == ["a#3"]


def test_a_short_statement_that_judges_the_call_can_be_missing():
    docs = [_doc("a", side="N", kind="remarks"), _doc("paper", OUTLET)]
    claims_of = {"a": [_claim("a#1", "I believe it went very well."), _claim("a#2", "I believe it is so."),
                       _claim("a#3", "I hope it goes well."), _claim("a#4", "It was frank."),
                       _claim("a#5", "Frank, indeed.")], "paper": []}
    # a judgement of the call says what it says in few words; a hope, or a tone word with nothing that names the call
    # ("it was"), judges no call held, and two content words of a transcript do not stand alone
    assert [o.claim for o in find_omissions(docs, claims_of, [])] == ["a#1", "a#4"]


def test_two_content_words_stand_alone_in_an_account_not_in_a_transcript():
    # a readout or a leader's statement writes each sentence as a point; a briefer's short turn leans on the question
    short, thin = "And I'm not happy about that, I'm not happy.", "And we are prepared to do so."
    docs = [_doc("statement", side="N", kind="statement"), _doc("briefing", side="N", kind="briefing"),
            _doc("paper", OUTLET)]
    claims_of = {"statement": [_claim("statement#1", short), _claim("statement#2", thin)],
                 "briefing": [_claim("briefing#1", short)], "paper": []}
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, [])}
    assert found == {"statement#1": ("briefing", "paper")}


def _sentence_doc(doc_id: str, text: str, cuts: list[str]) -> tuple[Document, list[Claim]]:
    doc = Document(id=doc_id, path=f"{doc_id}.txt", title=doc_id, text=text, role=OFFICIAL, event="e", side="N")
    claims, at = [], 0
    for n, cut in enumerate(cuts, 1):
        at = text.index(cut, at)
        claims.append(Claim(f"{doc_id}#{n}", doc_id, at, at + len(cut), cut))
        at += len(cut)
    return doc, claims


def test_a_later_clause_is_carried_by_a_text_that_carries_its_sentences_opening():
    # one sentence joining two points: an outlet retelling its opening retells the sentence; a long opening is still
    # missing from a text that retells only the later clause, and the next sentence is a point of its own
    opening = ("The ministers reviewed the harbour fees charged to foreign trawlers in the northern ports over the "
               "past three winters, the landing rules of the coastal guard and the new quotas of the autumn season")
    text = f"{opening} and agreed to continue their dialogue. They discussed fishing quotas."
    doc, claims = _sentence_doc("a", text, [opening, "agreed to continue their dialogue.",
                                            "They discussed fishing quotas."])
    docs = [doc, _doc("paper", OUTLET), _doc("wire", OUTLET)]
    claims_of = {"a": claims, "paper": [_claim("paper#1")], "wire": [_claim("wire#1")]}
    links = [Link("paper#1", "a#1", AGREE, 0.6), Link("wire#1", "a#2", AGREE, 0.6)]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    assert found == {"a#1": ("wire",), "a#3": ("paper", "wire")}


def test_a_sentence_that_opens_by_saying_they_spoke_is_carried_by_a_text_that_carries_any_clause_of_it():
    # every text of the event reports the call, so what it was about carries the sentence; an opening that says
    # something else is still missing from a text that carries only its later clause
    review = ("The ministers reviewed the budget of the northern ports for the coming two years, the wages of the "
              "harbour pilots and the repairs of the old lighthouse on the cape")
    text = ("The ministers spoke today with the mayor to discuss the harbour fees, as well as the fishing quotas. "
            f"{review} and agreed to meet again.")
    doc, claims = _sentence_doc("a", text, ["The ministers spoke today with the mayor", "to discuss the harbour fees,",
                                            "as well as the fishing quotas.", review, "agreed to meet again."])
    docs = [doc, _doc("paper", OUTLET), _doc("wire", OUTLET)]
    claims_of = {"a": claims, "paper": [_claim("paper#1"), _claim("paper#2")], "wire": []}
    links = [Link("paper#1", "a#3", AGREE, 0.6), Link("paper#2", "a#5", AGREE, 0.6)]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    assert found == {"a#1": ("wire",), "a#2": ("wire",), "a#3": ("wire",), "a#4": ("paper", "wire"),
                     "a#5": ("wire",)}


def test_a_short_opening_is_carried_by_a_text_that_carries_the_next_verb_of_its_subject():
    # "The President welcomed the forthcoming presidency | and expressed support for ...": a few words cut from a
    # sentence an outlet retells whole, matched by nothing; a later clause with a subject of its own carries nothing
    text = ("The ministers welcomed the new harbour fees and expressed support for the fishing quotas. "
            "The mayor opened the northern port, and the ministers praised the fishing fleet.")
    doc, claims = _sentence_doc("a", text, ["The ministers welcomed the new harbour fees",
                                            "expressed support for the fishing quotas.", "The mayor opened the northern port,",
                                            "the ministers praised the fishing fleet."])
    docs = [doc, _doc("paper", OUTLET)]
    claims_of = {"a": claims, "paper": [_claim("paper#1"), _claim("paper#2")]}
    links = [Link("paper#1", "a#2", AGREE, 0.6), Link("paper#2", "a#4", AGREE, 0.6)]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    assert found == {"a#3": ("paper",)}


def test_an_opening_of_a_dozen_words_is_carried_by_a_text_that_carries_the_next_verb_of_its_subject():
    # "He expressed his horror at the ongoing drone strikes on civilian areas | and confirmed further military aid":
    # the golds' readers count an outlet that retells the aid as carrying the sentence, its opening with it
    opening = "The mayor expressed his dismay at the repeated storms over the northern ports and fishing villages"
    text = f"{opening} and confirmed new funds for the harbour walls."
    doc, claims = _sentence_doc("a", text, [opening, "confirmed new funds for the harbour walls."])
    docs = [doc, _doc("paper", OUTLET), _doc("wire", OUTLET)]
    claims_of = {"a": claims, "paper": [_claim("paper#1")], "wire": []}
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, [Link("paper#1", "a#2", AGREE, 0.6)])}
    assert found == {"a#1": ("wire",), "a#2": ("wire",)}


def test_a_clause_opens_on_a_predicate_when_its_subject_stays_before_it():
    assert opens_on_predicate("expressed support for the fishing quotas.")
    assert opens_on_predicate("have also agreed to meet again.")
    assert not opens_on_predicate("the ministers praised the fishing fleet.")
    assert not opens_on_predicate("to discuss the harbour fees,")
