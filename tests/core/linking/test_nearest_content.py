"""The closest passage in one document: an omission's content (its concepts but the words set aside) is taken once,
and each statement sharing any of it is scored once, the best kept."""

from readout_viewer.core.linking import align, nearest
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.model import OFFICIAL, OUTLET, Claim, Document

OFFICIAL_TEXT = "President Putin invited Chancellor Scholz to visit Moscow and discuss grain exports next spring."
PAPER = ("Chancellor Scholz wants lower harbour fees in Hamburg.",
         "Grain exports may resume in spring, a ministry said.",
         "The chancellor may visit Moscow to discuss grain exports.",
         "Scholz and Putin spoke by phone.")


def _context():
    docs, claims_of = [], {}
    for doc_id, role, side, texts in (("kremlin", OFFICIAL, "RU", (OFFICIAL_TEXT,)), ("paper", OUTLET, None, PAPER)):
        text, claims = "", []
        for n, t in enumerate(texts, 1):
            claims.append(Claim(f"{doc_id}#{n}", doc_id, len(text), len(text) + len(t), t))
            text += t + " "
        docs.append(Document(doc_id, f"{doc_id}.txt", doc_id, text, role, "e", side=side))
        claims_of[doc_id] = claims
    return docs, claims_of, align.context_for(docs, claims_of)


def test_the_best_scored_statement_sharing_the_content_is_the_closest():
    docs, claims_of, context = _context()
    officials = nearest.Officials(context, docs)
    mine = context.terms["kremlin#1"]
    content = mine.concepts - officials.aside
    index = nearest._index(claims_of["paper"], context.terms, officials.aside)
    s, claim = nearest._nearest(mine, content, index, context.terms, context.w)
    scores = {c.id: score(mine, context.terms[c.id], context.w, names_only=1.0) for c in claims_of["paper"]
              if context.terms[c.id].concepts & content}
    assert claim.id == max(scores, key=scores.__getitem__) == "paper#3" and s == scores["paper#3"]
    assert nearest._nearest(mine, frozenset(), index, context.terms, context.w) is None
