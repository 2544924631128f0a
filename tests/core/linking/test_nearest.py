"""The closest passage of an omission: in each document that leaves a statement out, the statement that shares
most of its content, for a person to tell a true omission from the same thing in other words."""

import json

from readout_viewer.core import jsonio
from readout_viewer.core.linking import nearest
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.omissions import find_omissions
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import spelled, words_for
from readout_viewer.core.model import AGREE, OFFICIAL, OUTLET, Analysis, Claim, Document, Link, Near, Omission

INVITED = "In their phone call President Putin invited Chancellor Scholz to visit Moscow next spring."
SETTING = ("Chancellor Scholz and President Putin held a long phone call on Tuesday.",  # who and the setting alone
           "Chancellor Scholz wants lower harbour fees in Hamburg.",
           "President Putin expects grain exports to resume in June.")
PAPER = (*SETTING, "The two agreed on visiting each other's capitals soon.")  # the invitation, in other words


def _folder(paper=PAPER, official=(INVITED,)):
    docs, claims_of = [], {}
    for doc_id, role, side, texts in (("kremlin", OFFICIAL, "RU", official), ("paper", OUTLET, None, paper)):
        text, claims = "", []
        for n, t in enumerate(texts, 1):
            claims.append(Claim(f"{doc_id}#{n}", doc_id, len(text), len(text) + len(t), t))
            text += t + " "
        docs.append(Document(doc_id, f"{doc_id}.txt", doc_id, text, role, "e", side=side))
        claims_of[doc_id] = claims
    return docs, claims_of


def _closest(docs, claims_of):
    found = find_omissions(docs, claims_of, [])
    return nearest.closest(found, context_for(docs, claims_of), docs)


def test_the_closest_passage_is_the_one_sharing_content_with_the_shared_words_as_it_writes_them():
    (omission,) = _closest(*_folder())
    assert omission.missing_from == ("paper",)
    near = omission.near("paper")
    assert near is not None and near.claim == "paper#4" and near.words == ("visiting",)
    assert 0 < near.score < 1


def test_a_document_sharing_only_names_and_the_setting_has_no_closest_passage():
    (omission,) = _closest(*_folder(paper=SETTING))
    assert omission.missing_from == ("paper",) and omission.nearest == ()
    assert omission.near("paper") is None


def test_each_document_that_leaves_it_out_gets_its_own_passage():
    docs, claims_of = _folder()
    text = "Moscow said Scholz may visit in spring."
    docs.append(Document("wire", "wire.txt", "wire", text, OUTLET, "e"))
    claims_of["wire"] = [Claim("wire#1", "wire", 0, len(text), text)]
    (omission,) = _closest(docs, claims_of)
    assert [(n.doc, n.claim) for n in omission.nearest] == [("paper", "paper#4"), ("wire", "wire#1")]
    assert omission.near("wire").words == ("Moscow", "visit", "spring")


def test_found_again_on_new_links_an_omission_keeps_the_passages_of_documents_that_still_leave_it_out():
    docs, claims_of = _folder()
    text = "Moscow said Scholz may visit in spring."
    docs.append(Document("wire", "wire.txt", "wire", text, OUTLET, "e"))
    claims_of["wire"] = [Claim("wire#1", "wire", 0, len(text), text)]
    before = _closest(docs, claims_of)
    linked = [Link("paper#4", "kremlin#1", AGREE, 1.0, origin="manual")]  # an analyst links the passage
    (after,) = find_omissions(docs, claims_of, linked, before)
    assert after.missing_from == ("wire",) and [n.doc for n in after.nearest] == ["wire"]
    assert find_omissions(docs, claims_of, linked)[0].nearest == ()  # nothing to carry: none found again


def test_the_contract_writes_nearest_only_when_there_is_one_and_reads_analyses_written_without_it():
    docs, claims_of = _folder()
    claims = tuple(c for d in docs for c in claims_of[d.id])
    with_near = Analysis("/f", tuple(docs), claims, (), tuple(_closest(docs, claims_of)), (), (), ())
    data = json.loads(jsonio.dumps(with_near))
    assert data["omissions"][0]["nearest"] == [{"doc": "paper", "claim": "paper#4", "score":
                                                with_near.omissions[0].nearest[0].score, "words": ["visiting"]}]
    assert jsonio.from_dict(data) == with_near
    del data["omissions"][0]["nearest"]  # as the first version of the contract wrote it
    assert jsonio.from_dict(data).omissions == (Omission("kremlin#1", ("paper",)),)
    bare = Analysis("/f", tuple(docs), claims, (), (Omission("kremlin#1", ("paper",)),), (), (), ())
    assert "nearest" not in json.loads(jsonio.dumps(bare))["omissions"][0]


def test_shared_words_are_given_once_each_in_the_texts_own_spelling():
    words = spelled("The U.S. side said visiting and Visits to the US were welcome.")
    assert words_for(words, {"america", "visit"}) == ("U.S", "visiting")
    assert words_for(words, set()) == ()
    assert Near("d", "d#1", 0.2, ("x",)).words == ("x",)


def test_one_word_shared_with_a_long_passage_is_under_the_floor_and_shows_nothing():
    crowd = ("Farmers, bakers, millers, truckers, dockers, welders, miners, nurses, teachers, pilots, fishermen, "
             "brewers, carpenters, plumbers and tailors all struck in spring over wages, pensions, rents and taxes.")
    docs, claims_of = _folder(paper=(*SETTING, crowd))
    context = context_for(docs, claims_of)
    assert 0 < score(context.terms["kremlin#1"], context.terms["paper#4"], context.w, names_only=1.0) < \
        nearest.NEAR_FLOOR  # it shares "spring", and nothing else
    assert _closest(docs, claims_of)[0].nearest == ()


def test_in_a_bulk_event_only_the_official_texts_that_leave_it_out_get_a_closest_passage():
    docs, claims_of = _folder()
    text = "The Kremlin readout says President Putin will visit Berlin in spring."
    docs.append(Document("berlin", "berlin.txt", "berlin", text, OFFICIAL, "e", side="DE"))
    claims_of["berlin"] = [Claim("berlin#1", "berlin", 0, len(text), text)]
    for n in range(nearest.NEAR_EVERY_DOCUMENT_UP_TO):  # wire copies: the event now has too many texts
        wire = f"Wire {n} said visiting each other's capitals was agreed."
        docs.append(Document(f"wire{n}", f"wire{n}.txt", f"wire{n}", wire, OUTLET, "e"))
        claims_of[f"wire{n}"] = [Claim(f"wire{n}#1", f"wire{n}", 0, len(wire), wire)]
    (omission,) = [o for o in _closest(docs, claims_of) if o.claim == "kremlin#1"]
    assert "paper" in omission.missing_from and "wire0" in omission.missing_from
    assert [n.doc for n in omission.nearest] == ["berlin"]


def test_the_other_words_of_a_leaders_name_are_who_not_content():
    docs, claims_of = _folder(paper=(*SETTING, "Olaf Scholz spoke of visiting Moscow."),
                              official=(INVITED, "German Chancellor Olaf Scholz was thanked for the call."))
    context = context_for(docs, claims_of)
    aside = nearest._who(docs, context.w)
    assert {"scholz", "olaf"} <= aside and "russia" not in aside  # Moscow is a place, never a given name

# The closest passage in one document: an omission's content (its concepts but the words set aside) is taken once,
# and each statement sharing any of it is scored once, the best kept.
CONTENT_OFFICIAL = "President Putin invited Chancellor Scholz to visit Moscow and discuss grain exports next spring."
CONTENT_PAPER = ("Chancellor Scholz wants lower harbour fees in Hamburg.",
                 "Grain exports may resume in spring, a ministry said.",
                 "The chancellor may visit Moscow to discuss grain exports.",
                 "Scholz and Putin spoke by phone.")


def test_the_best_scored_statement_sharing_the_content_is_the_closest():
    docs, claims_of = _folder(CONTENT_PAPER, (CONTENT_OFFICIAL,))
    context = context_for(docs, claims_of)
    officials = nearest.Officials(context, docs)
    mine = context.terms["kremlin#1"]
    content = mine.concepts - officials.aside
    index = nearest._index(claims_of["paper"], context.terms, officials.aside)
    s, claim = nearest._nearest(mine, content, index, context.terms, context.w)
    scores = {c.id: score(mine, context.terms[c.id], context.w, names_only=1.0) for c in claims_of["paper"]
              if context.terms[c.id].concepts & content}
    assert claim.id == max(scores, key=scores.__getitem__) == "paper#3" and s == scores["paper#3"]
    assert nearest._nearest(mine, frozenset(), index, context.terms, context.w) is None
