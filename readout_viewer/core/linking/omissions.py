"""Omissions: for each official statement, the documents of its event that carry nothing linked to it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.clauses import opens_on_predicate
from readout_viewer.core.language.ends_index import SentenceEnds
from readout_viewer.core.language.figures import figures
from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.reports import says_anyone_spoke
from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.language.text import tokens
from readout_viewer.core.language.tone import judged
from readout_viewer.core.linking.checked import checks, is_transcript
from readout_viewer.core.linking.retold import retold_whole
from readout_viewer.core.model import Claim, Document, Link, Omission

# A statement with fewer content words than this ("And we are prepared to do so.", "Those are the steps we are
# taking.") leans on the sentence before it: it cannot be found missing on its own. A figure counts as one more
# ("It lasted for just over an hour." reports a duration), and a statement that judges the call ("I believe it went
# very well.") says what it says in a few words: it can be missing whatever their number (six events that may be
# read, pooled: omission 0.886 -> 0.890, three outlets that leave out a leader's "it went very well" found; dev and
# the old held-out folder unchanged).
MIN_CONTENT_WORDS = 3
# An account (a readout, a leader's statement) writes each sentence to stand as a point of its own, so two content
# words are enough for one of its statements to be missed ("And I'm not happy about that, I'm not happy."); the
# floor of MIN_CONTENT_WORDS stays for a transcript, whose short turns lean on the question or the answer before
# ("That's what diplomacy is.", "Those are the steps we are taking."). Fourteen events that may be read, pooled:
# omission 1338 -> 1345 of 1518; the eighteen kept out 1804 -> 1814 of 2112; dev and the old held-out folder the same.
MIN_ACCOUNT_CONTENT_WORDS = 2
# An official sentence cut before a second verb of its subject ("The President welcomed Indonesia's forthcoming G20
# Presidency | and expressed support for Indonesia's leadership in the Indo-Pacific ...") leaves an opening that an
# outlet retelling the sentence's later verb is not said to leave out: the golds' readers judge such a sentence as one
# point ("He expressed his horror at the ongoing Russian drone strikes on civilian areas | and confirmed that the UK
# would continue providing further military aid ..." is present in the four outlets that retell the aid alone). An
# opening of at most this many words rides on such a later clause (the later clause rides on its opening already,
# `openings`). Census (Round 40) over dev, the old folder and the readable events, every opening with a later verb of
# its subject linked to a text and itself not, where the gold judges the opening for that text: up to 10 words, 9
# present; 11 to 15 words, 13 present (3 carried already, the sentence retold whole) and 3 left out ("Vladimir Putin
# wished Donald Trump success in implementing the planned reforms" twice beside the congratulation retold; one outlet of
# two for "The Russian President mentioned measures undertaken by Russian specialists ..."); 16 to 25, 1 present; past
# 25, 1 left out (a 27-word thanks for an invitation with the refusal). A later clause with a subject of its own or none
# ("the two exchanged ideas ...", "that Washington had no intention ...") carries no opening: 6 present, 8 left out.
# read36 omission 2545 -> 2554 of 2780 (10 words, before: 2545; 12: 2546; 15 and 20: 2553; no bound: 2553); dev, the old
# folder and every link unchanged. An opening past this names a sentence's worth of its own.
SHORT_OPENING_WORDS = 25


def _content_words(claim: Claim) -> int:
    return len({t.norm for t in tokens(claim.text) if t.norm not in STOPWORDS}) + bool(figures(claim.text))


def can_be_missing(claim: Claim, doc: Document) -> bool:
    """Whether a claim of `doc` can be found missing on its own: a statement with MIN_CONTENT_WORDS content words
    (MIN_ACCOUNT_CONTENT_WORDS in an account, not a transcript), or one that judges the call ("We had a call." leans
    on what follows; a question, procedure or caption is no claim of the event's)."""
    floor = MIN_CONTENT_WORDS if is_transcript(doc) else MIN_ACCOUNT_CONTENT_WORDS
    return claim.is_statement and (_content_words(claim) >= floor or bool(judged(claim.text)))


def checked_against(doc: Document, documents: Sequence[Document]) -> list[str]:
    """The documents that an official document's statements may be missing from: the same event's other official
    texts and its outlets. An account's statements (a readout, a statement) are checked against its own party's
    other texts too: what one of a party's two readouts says and the other skips, or what its readout says and its
    briefer never mentions, the golds' readers count as left out (twelve events that may be read, pooled: omission
    1225 -> 1231 of 1391). A transcript's statements are checked against the other parties' texts and the outlets,
    as a readout's are (eight events nobody tuned on count them so: omission 0.796 -> 0.866), but not against its
    own party's accounts: a briefing is expected to add to its readout, and checking it so put a briefer's answers
    ("He's not doing this to saber-rattle.") at the head of corpus/'s most-omitted list (1237 of 1391 with them)."""
    return [d.id for d in documents if checks(doc, d)]


def openings(doc: Document, claims: Sequence[Claim], ends: list[int] | None = None) -> dict[str, str]:
    """Each later clause of a sentence -> the sentence's opening clause ("The leaders reviewed the progress in
    relations" for "highlighted that the partnership is aimed at ..."): the clause that names who acts. A text that
    retells a sentence's opening is counted as carrying the sentence, as readers do ("discussed the peace accords
    and agreed to continue their dialogue": an outlet that reports the talks is not said to leave out the
    agreement); the opening itself is still missing from a text that retells only a later clause. Twelve events
    that may be read, pooled: omission 1214 -> 1225 of 1391 (a later clause riding on any earlier one, not only
    the opening, gave 1225 too; riding both ways, 1230 but the older kept-out pool fell 1406 -> 1402). `ends`, when
    given, is `sentence_ends(doc.text)`."""
    ends = sentence_ends(doc.text) if ends is None else ends
    first: dict[int, Claim] = {}
    out = {}
    for claim in claims:
        opening = first.setdefault(bisect_left(ends, claim.start), claim)
        if opening is not claim and claim.start >= opening.end:
            out[claim.id] = opening.id
    return out


def companions(doc: Document, claims: Sequence[Claim], ends: list[int] | None = None
               ) -> dict[str, tuple[str, ...]]:
    """Each claim -> the claims of its sentence whose carrying carries it: a later clause's opening (`openings`), and
    every other clause of a sentence that opens by saying the leaders spoke ("President Joseph R. Biden, Jr. spoke
    today with Prime Minister Narendra Modi of India | to discuss the Prime Minister's recent trip to Poland and
    Ukraine, | as well as the United Nations General Assembly meetings in September."): every text of the event
    reports the call, so a text that reports what it was about carries the sentence, as the golds' readers count it
    (fourteen events that may be read, pooled: omission 1345 -> 1347 of 1518; the eighteen kept out, dev and the old
    held-out folder the same). An opening of up to SHORT_OPENING_WORDS rides on the later clauses of its sentence that
    open on a verb of its subject ("He expressed his horror at the drone strikes | and confirmed further military
    aid"); a longer opening names a point of its own, and a later clause with a subject of its own carries nothing.
    `ends`, when given, is `sentence_ends(doc.text)`."""
    opening = openings(doc, claims, ends)
    out: dict[str, tuple[str, ...]] = {cid: (head,) for cid, head in opening.items()}
    later: dict[str, list[str]] = {}
    for cid, head in opening.items():
        later.setdefault(head, []).append(cid)
    text = {c.id: c.text for c in claims}
    for head, rest in later.items():
        verbs = tuple(cid for cid in rest if opens_on_predicate(text[cid]))
        if verbs and len(text[head].split()) <= SHORT_OPENING_WORDS:
            out[head] = verbs
        if says_anyone_spoke(text[head]):
            sentence = (head, *rest)
            out.update((cid, tuple(c for c in sentence if c != cid)) for cid in sentence)
    return out


def find_omissions(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                   links: Sequence[Link], before: Sequence[Omission] = (), ends: SentenceEnds | None = None
                   ) -> list[Omission]:
    """Each official statement with the documents it is checked against that hold no claim linked to it or to the
    clauses of its sentence that carry it (`companions`), and that do not retell its sentence whole around a link to
    another of its clauses (retold.py); found
    again on changed links, an omission keeps the closest passages found `before` (linking/nearest.py) of the
    documents that still leave it out. `ends` is the analysis's index of sentence ends, when given (else one made
    for this call)."""
    ends = SentenceEnds() if ends is None else ends
    nearest = {o.claim: o.nearest for o in before if o.nearest}
    doc_of = {c.id: c.doc for cs in claims_of.values() for c in cs}
    linked: dict[str, set[str]] = {}
    for link in links:
        linked.setdefault(link.a, set()).add(doc_of.get(link.b, ""))
        linked.setdefault(link.b, set()).add(doc_of.get(link.a, ""))
    retold = retold_whole(documents, claims_of, links, ends)
    out = []
    for doc in documents:
        if not doc.is_official or not doc.compared:
            continue
        others = checked_against(doc, documents)
        riding = companions(doc, claims_of.get(doc.id, ()), ends.of(doc))
        for claim in claims_of.get(doc.id, ()):
            if not can_be_missing(claim, doc):
                continue
            carriers = linked.get(claim.id, set()).union(retold.get(claim.id, ()),
                                                         *(linked.get(c, set()) for c in riding.get(claim.id, ())))
            missing = tuple(d for d in others if d not in carriers)
            if missing:
                out.append(Omission(claim.id, missing, tuple(n for n in nearest.get(claim.id, ()) if n.doc in missing)))
    return out
