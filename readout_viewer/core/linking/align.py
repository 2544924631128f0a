"""Claim alignment: link outlet claims to the official claims they report, and official claims across sides."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Generator, Mapping, Sequence
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from readout_viewer.core.language.clauses import enumerates
from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.language.speakers import folder_leaders, speakers_of
from readout_viewer.core.linking.mentions import durations, lede_links, place_links, previous_meetings, tone_links
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD, Pair, document_pairs, same_side
from readout_viewer.core.linking.quoted_phrases import ECHO_SCORE, Echoes, echoes_for
from readout_viewer.core.linking.readouts import (
    COMPLEMENT_OVERLAP,
    LONG_ONE_WAY_THRESHOLD,
    MUTUAL_THRESHOLD,
    ONE_WAY_THRESHOLD,
    best_across_documents,
    neighbours,
    one_to_one,
    partners,
)
from readout_viewer.core.linking.reporting import related
from readout_viewer.core.linking.runs import Runs
from readout_viewer.core.linking.semantic import Semantic
from readout_viewer.core.linking.similarity import (
    SETTING,
    Terms,
    Weights,
    concept_index,
    leader_concepts,
    mention,
    reported,
    score,
    weights_for,
)
from readout_viewer.core.linking.similarity import terms as similarity_terms
from readout_viewer.core.model import DIVERGE, Claim, Document, Link, statements_of

# An outlet claim and the official claim it reports share at least this many concepts: one rare word in
# common ("always") is a coincidence, and a stock phrase ("unlikely to ease tensions" / "called on Russia to
# de-escalate tensions") is not a report either (2 and 3 give the same figures on every gold).
OUTLET_SHARED = 3
# ... and this many of them besides who the event is about and the setting (Weights.who, SETTING): "China
# welcomed a virtual meeting between Xi and Biden" does not report "Xi called for a sound relationship during
# a virtual meeting with Biden" on one shared word. Four English events pooled: link precision 0.722 -> 0.736,
# recall unchanged.
OUTLET_CONTENT = 2
# A sentence that opens on a leader saying or doing a thing (`reports.reports_a_leader`, and a leader as its speaker,
# `language/speakers`: not "Analysts said the call was unlikely to ease tensions") may share only this many concepts,
# two of them content, with an official claim it reports closely, from CLOSE_THRESHOLD up: a short official claim says
# a thing in few words ("Modi emphasised the need for peace and stability to return to the region" / "expressed full
# support for early return of peace and stability", 0.49). Any sentence at 0.45 with two shared concepts let in a tone
# ("described the tone as serious" / "a serious dialogue"): read9 0.813 -> 0.812; a leader's report: read9 0.814 ->
# 0.815 and kept11 0.768 -> 0.769, one true link each (0.35 and 0.40 give the same figures).
CLOSE_SHARED = 2
CLOSE_THRESHOLD = 0.45
# An outlet claim that quotes an official claim word for word reports that statement; elsewhere it links
# only to close paraphrases of it (another translation), not to claims that share its attribution.
ANCHORED_THRESHOLD = 0.6
# What such a claim says besides its quotation is compared on its own when it keeps this many content concepts
# ("Trump also pointed out that Russia wants to trade with the United States, and he agreed with that, because
# '...'": 4), fewer than a long claim's piece needs (PIECE_MIN): the quotation already tied it to the event.
REST_MIN = 4
# A second counterpart in the same document is kept when it scores this share of the best one: a compound
# sentence can report two claims of one readout.
SECOND_RATIO = 0.85
# ... or, whatever its score, when it matches another part of the sentence: this many content concepts (not
# names, not words nearly every claim uses) that the best counterpart does not share.
PART_CONCEPTS = 2
# At most this many counterparts per outlet claim in each official document.
MAX_PER_DOC = 2
# ... and this many for a claim that lists topics ("the leaders discussed the exchange of citizens, the Middle East
# settlement, the Iranian nuclear program and bilateral relations"), each on another item of the list: one content
# concept the first counterpart does not share.
LIST_PER_DOC = 4
ITEM_CONCEPTS = 1
# A briefing or transcript with more claims than this offers a weak best match for anything; official pairs
# with such a document, and two texts of one government (_same_side), use OUTLET_THRESHOLD for both floors.
LONG_DOC_CLAIMS = 40
# An outlet claim that reports an official claim this closely (a quotation, a retelling) is held to report its
# counterpart in the other side's readout of the event too, when its own words meet that counterpart's from
# RELAY_FLOOR up: the same thing told in the other side's words. Below 0.25 the counterpart shares a topic, not
# the statement ("opposed unilateral efforts to change the status quo" carried to "the true status quo of the
# Taiwan question is ..."): at the two readouts' own floor (0.18) 10 of the 12 relays under 0.25 on the events
# that may be read were false. Four English events pooled: link precision 0.745 -> 0.776, recall unchanged;
# dev unchanged; lost: "a summit in a third country" carried to "a personal summit in the foreseeable future"
# (0.22-0.24) in the old held-out folder, whose omission figure goes 0.915 -> 0.894.
RELAY_THRESHOLD = 0.6
RELAY_FLOOR = 0.25
# An outlet sentence that reports a leader and was linked to nothing reports its best official counterpart from
# this score up (below OUTLET_THRESHOLD): above the floor at which two sentences share a topic rather than the
# statement (RELAY_FLOOR's reason). Ten English events pooled, with REPORT_CONTENT: 0.22 / 0.25 / 0.28 give link
# F1 0.771 / 0.771 / 0.772 (0.769 without the rule), dev 0.909 at each. Taking such a counterpart in every
# official text where the sentence has none, rather than once, added false links (0.773, dev 0.901 at 0.22).
REPORT_THRESHOLD = RELAY_FLOOR
# ... and shares this many content concepts with it: a report of a leader's words that no readout carries ("Berg
# warned that Norway would send three warships to the northern strait") shares a place or two with some readout
# sentence ("proposed a joint patrol of the fishing grounds in the northern strait"), and must stay unlinked to be
# listed as in no readout (with 2: pooled 0.774, and such a report linked).
REPORT_CONTENT = 3
# A piece of a long outlet claim that reports an official claim scores this share of its own score: the whole
# claim wins when it reports as well.
PIECE_SHARE = 0.9
# The semantic signal (linking/semantic.py), when a sentence model is installed: an outlet sentence whose
# meaning is this far from an official claim's (cosine of all-MiniLM-L6-v2) is not a report of it, however many
# words they share. Measured on the held-out events (docs/engine.md): 0.45 kept the most true links per false one
# dropped; adding paraphrases by cosine alone (a rescue from 0.65 up) or mixing the cosine into the pairing of
# two readouts added more false links than true ones, so the signal only vetoes.
COS_VETO = 0.45
_ID = attrgetter("id")  # a claim's id, read by C code over a list of claims


def _best(claim: Claim, index: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms], w: Weights,
          threshold: float, sem: Semantic, speakers: Mapping[str, str], mine: Terms | None = None
          ) -> list[tuple[float, Claim]]:
    """The counterparts of one claim in one document (its claims by concept): the best, and a close second;
    a long claim also by its pieces; never one that reports another leader's words than the claim does; with a
    sentence model, never a pair far apart in meaning. `mine`: the claim's terms when not its own (a part of it)."""
    mine = terms[claim.id] if mine is None else mine
    pieces = w.pieces.get(claim.id, ())
    spoke = speakers.get(claim.id)  # _same_speaker, asked once for each claim rather than for each shared concept
    close = spoke is not None and reports_a_leader(claim.text)  # opens on a leader saying or doing a thing
    least = (CLOSE_SHARED if close else OUTLET_SHARED) if threshold > 0 else 0
    kept = [o for o in _sharing(mine, index, least) if spoke is None or speakers.get(o.id, spoke) == spoke]
    scored = [(_outlet_score(mine, pieces, terms[o.id], w.pieces.get(o.id, ()), w, least), o) for o in kept]
    if sem.active:
        scored = [(s, o) for s, o in scored if s < threshold or sem.cos(claim.id, o.id) >= COS_VETO]
    scored.sort(key=lambda x: (-x[0], x[1].id))
    if not scored or scored[0][0] < threshold:
        return []
    top, first = scored[0]
    told = mine.concepts & terms[first.id].concepts
    if enumerates(claim.text):  # a list of topics reports a claim of the other side on each of its items
        return [(s, o) for s, o in scored[:LIST_PER_DOC] if s >= threshold and (
            s >= top * SECOND_RATIO or _another_part(mine, terms[o.id], told, w, ITEM_CONCEPTS))]
    return [(s, o) for s, o in scored[:MAX_PER_DOC] if s >= threshold and (
        s >= top * SECOND_RATIO or _another_part(mine, terms[o.id], told, w))]


def _sharing(mine: Terms, index: Mapping[str, Sequence[Claim]], least: int) -> list[Claim]:
    """The claims of a document (`index`: its claims by concept) sharing at least `least` concepts with `mine`, in
    the order first met: one sharing fewer scores 0 (`_outlet_score`), and counting them spares scoring them."""
    near = list(chain.from_iterable([index.get(c, ()) for c in mine.concepts]))
    ids = list(map(_ID, near))
    counts = Counter(ids)  # the index holds a claim once under each of its concepts: how many it shares
    return [o for i, o in dict(zip(ids, near)).items() if counts[i] >= least]


def _same_speaker(speakers: Mapping[str, str], a: str, b: str) -> bool:
    """Whether two claims may report the same words: not when each names a different side's leader as the one who
    spoke or acted ("Xi stated China's position" does not report "Biden welcomed the opportunity to speak")."""
    x, y = speakers.get(a), speakers.get(b)
    return x is None or y is None or x == y


def _outlet_score(mine: Terms, pieces: Sequence[Terms], other: Terms, others: Sequence[Terms], w: Weights,
                  least: int = OUTLET_SHARED) -> float:
    """How well an outlet claim reports an official one: as wholes, or by the best pair of their pieces (no piece
    shares more than its whole, so a pair sharing too little as wholes is not scored further); a pair sharing fewer
    than OUTLET_SHARED concepts (from `least` up: a leader's report) only when it is close."""
    shared = mine.concepts & other.concepts
    if len(shared) < OUTLET_SHARED:
        return _close(mine, other, shared, w) if len(shared) >= least else 0.0
    if len(shared - w.who - SETTING) < OUTLET_CONTENT and not (mention(mine, w) and mention(other, w)):
        return 0.0
    pairs = _piece_pairs(mine, pieces, other, others)
    return max([score(mine, other, w, min_shared=OUTLET_SHARED)] +
               [PIECE_SHARE * score(p, q, w, min_shared=OUTLET_SHARED) for p, q in pairs])


def _close(mine: Terms, other: Terms, shared: frozenset[str], w: Weights) -> float:
    """The score of two claims sharing few concepts, when it reaches CLOSE_THRESHOLD and OUTLET_CONTENT of them are
    content (not who the event is about, not the setting); else 0."""
    if len(shared - w.who - SETTING) < OUTLET_CONTENT:
        return 0.0
    s = score(mine, other, w)
    return s if s >= CLOSE_THRESHOLD else 0.0


def _piece_pairs(mine: Terms, pieces: Sequence[Terms], other: Terms, others: Sequence[Terms]
                 ) -> list[tuple[Terms, Terms]]:
    """The pairs of a long claim's pieces (or the whole) with the other claim (or its pieces): either sentence
    may tell two things, and one of them may be what the other reports."""
    return [(p, other) for p in pieces] + [(mine, q) for q in others] + [(p, q) for p in pieces for q in others]


def _another_part(mine: Terms, other: Terms, told: frozenset[str], w: Weights, part: int = PART_CONCEPTS) -> bool:
    """Whether a second counterpart matches another part of a compound outlet sentence: little of the weight it
    shares with the sentence is shared with the first counterpart too ("'X invited Y to Moscow,' Peskov said,
    adding that X was ready to receive Y's officials" reports two claims)."""
    shared = (mine.concepts & other.concepts) - w.names - w.common
    weight = sum(w.idf(c) for c in shared)
    return len(shared - told) >= part and sum(w.idf(c) for c in shared & told) <= COMPLEMENT_OVERLAP * weight


def _align_pair(pair: Pair, claims_of: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms],
                w: Weights, echoes: Echoes, runs: Runs, index: Mapping[str, Sequence[Claim]], sem: Semantic,
                speakers: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """Scores of the claim pairs kept between two documents (`index`: the claims of `pair.b` by concept)."""
    left, right = claims_of.get(pair.a.id, ()), claims_of.get(pair.b.id, ())
    if pair.a.is_official:
        long_pair = max(len(left), len(right)) > LONG_DOC_CLAIMS or same_side(pair)
        floor = OUTLET_THRESHOLD if long_pair else MUTUAL_THRESHOLD
        kept = one_to_one(left, right, terms, w, floor, OUTLET_THRESHOLD if long_pair else pair.threshold,
                          LONG_ONE_WAY_THRESHOLD if long_pair else ONE_WAY_THRESHOLD)
        if not long_pair:
            kept.update(neighbours(kept, (pair.a, pair.b), left, right, terms, w))
        kept.update(previous_meetings(left, right, terms, w))  # either readout may be the one that only recalls it
        kept.update({(a, b): s for (b, a), s in previous_meetings(right, left, terms, w).items()})
        return kept
    kept = durations(left, right)
    recalled = previous_meetings(left, right, terms, w)
    kept.update(recalled)
    for ca in left:
        found = _best(ca, index, terms, w, pair.threshold, sem, speakers)
        said = ca.text
        if echoes.anchored(ca):  # its quotation ties it to one statement; what it says besides may report others
            said = echoes.unquoted(ca)
            rest = similarity_terms(reported(said), w.acronyms)
            found = [(s, cb) for s, cb in found if s >= ANCHORED_THRESHOLD]
            if len(rest.concepts - w.names) >= REST_MIN:
                # its part's terms passed as such: a copy of `terms` with them would copy every claim's (the
                # whole folder's, serially) for each such claim, which made a large folder's linking quadratic
                found += _best(ca, index, terms, w, pair.threshold, sem, speakers, mine=rest)
        for s, cb in found:
            kept[(ca.id, cb.id)] = max(s, kept.get((ca.id, cb.id), 0.0))
        repeated = [cb for cb in runs.echoed(said, pair.b.id) if not sem.active or sem.cos(ca.id, cb.id) >= COS_VETO]
        for cb in echoes.echoed(ca, pair.b.id) + repeated:
            kept[(ca.id, cb.id)] = max(kept.get((ca.id, cb.id), 0.0), ECHO_SCORE)
    return _past_recalled(kept, recalled)


def _past_recalled(kept: dict[tuple[str, str], float], recalled: Mapping[tuple[str, str], float]
                   ) -> dict[tuple[str, str], float]:
    """The pairs kept, less an outlet claim's link to the official claim that only recalls the leaders' last meeting
    when it reports another claim of that text more closely ("Reflecting on the progress since their meeting at the
    Woodside Summit, ..." reports "They reviewed and encouraged progress on key issues discussed at the Woodside
    Summit", not "The call follows the two leaders' meeting in Woodside")."""
    best: dict[str, float] = {}
    for (a, b), s in kept.items():
        if (a, b) not in recalled or s > recalled[(a, b)]:
            best[a] = max(best.get(a, 0.0), s)
    return {(a, b): s for (a, b), s in kept.items()
            if not ((a, b) in recalled and s <= recalled[(a, b)] and best.get(a, 0.0) > s)}


def _relayed(kept: Mapping[tuple[str, str], float], claims: Mapping[str, Claim], docs: Mapping[str, Document],
             context: Context) -> dict[tuple[str, str], float]:
    """Outlet links carried over an official link: an outlet claim that clearly reports one side's claim also
    reports that claim's counterpart in the other side's readout of its event when the two are alike from
    RELAY_FLOOR up, unless it already links a claim of that readout. Never into a transcript: a briefer's answer that
    touches the topic is no retelling of the readout's statement (eighteen events: two false links fewer, no true
    one lost)."""
    def doc(c: str) -> Document:
        return docs[claims[c].doc]
    official = {(a, b) for a, b in kept if doc(a).is_official and doc(b).is_official}
    counterparts = partners((a, b) for a, b in kept if (a, b) in official and doc(a).side != doc(b).side)
    into = {(a, claims[b].doc) for a, b in kept if (a, b) not in official}  # an outlet claim's official documents
    out: dict[tuple[str, str], float] = {}
    for (a, b), s in kept.items():
        if (a, b) in official or s < RELAY_THRESHOLD or doc(a).event != doc(b).event:
            continue
        for other in counterparts.get(b, ()):
            if (a, claims[other].doc) not in into and not is_transcript(doc(other)) and \
                    _same_speaker(context.speakers, a, other) and not _apart(
                    claims[b], claims[other], kept.get((b, other), kept.get((other, b), 0.0)), docs, context):
                t = score(context.terms[a], context.terms[other], context.w, min_shared=OUTLET_SHARED)
                if t >= RELAY_FLOOR:
                    out[(a, other)] = t
    return out


def _apart(b: Claim, other: Claim, s: float, docs: Mapping[str, Document], context: Context) -> bool:
    """Whether two sides' counterparts diverge ("stated that the U.S. does not support 'Taiwan independence'" / "on
    the question of Taiwan independence, ... the United States has reiterated at various points"): an outlet that
    reports one side's wording closely is not relayed to the other's (fifteen events: two false links fewer, no true
    one lost)."""
    link = related(b, other, s, (docs[b.doc].date, docs[other.doc].date), context.terms, context.w)
    return link.relation == DIVERGE


def _thin_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                  ) -> dict[tuple[str, str], float]:
    """An outlet sentence that reports a leader ("Putin thanked Trump for ...") and was linked to nothing reports
    its best counterpart among the official texts it may report when they score REPORT_THRESHOLD: it says what was
    said on the call in its own words, and no other statement of it was taken."""
    linked = {c for pair in kept for c in pair}
    best: dict[str, tuple[float, str]] = {}
    for pair in pairs:
        if pair.a.is_official:
            continue
        for ca in context.claims_of.get(pair.a.id, ()):
            if ca.id in linked or not reports_a_leader(ca.text):
                continue
            found = _best(ca, context.indexes[pair.b.id], context.terms, context.w, REPORT_THRESHOLD, context.sem,
                          context.speakers)
            if found and _content(ca, found[0][1], context) >= REPORT_CONTENT and \
                    (found[0][0], found[0][1].id) > best.get(ca.id, (0.0, "")):
                best[ca.id] = (found[0][0], found[0][1].id)
    return {(a, b): s for a, (s, b) in best.items()}


def _without_retellings(kept: Mapping[tuple[str, str], float], claims: Mapping[str, Claim],
                        docs: Mapping[str, Document]) -> dict[tuple[str, str], float]:
    """An outlet claim that reports a readout's statement does not also report its government's briefer retelling
    it: its links into a transcript of a side and event whose account it already reports at least as closely are
    dropped, unless they quote the transcript (ECHO_SCORE)."""
    def place(c: str) -> tuple[str | None, str]:
        return docs[claims[c].doc].side, docs[claims[c].doc].event
    def into_account(a: str, b: str) -> bool:
        return not docs[claims[a].doc].is_official and docs[claims[b].doc].is_official
    best: dict[tuple[str, tuple[str | None, str]], float] = {}
    for (a, b), s in kept.items():
        if into_account(a, b) and not is_transcript(docs[claims[b].doc]):
            best[(a, place(b))] = max(s, best.get((a, place(b)), 0.0))
    return {(a, b): s for (a, b), s in kept.items()
            if not (into_account(a, b) and is_transcript(docs[claims[b].doc]) and s < ECHO_SCORE
                    and best.get((a, place(b)), 0.0) >= s)}


def _content(a: Claim, b: Claim, context: Context) -> int:
    """How many content concepts two claims share besides who the event is about, the setting and names."""
    w = context.w
    return len((context.terms[a.id].concepts & context.terms[b.id].concepts) - w.who - w.names - SETTING)


class Context(NamedTuple):
    """What aligning one pair of documents reads (`indexes`: each official document's claims by concept)."""

    claims_of: Mapping[str, Sequence[Claim]]
    terms: Mapping[str, Terms]
    w: Weights
    echoes: Echoes
    runs: Runs
    indexes: Mapping[str, Mapping[str, Sequence[Claim]]]
    sem: Semantic
    speakers: Mapping[str, str]  # claim id -> the country of the leader whose words it reports (language/speakers)


# How the pairs are aligned: in this process by default; the analysis may share them with its lanes
# (linking/spread.py). Either way the results come in the pairs' order.
Aligner = Callable[[Sequence[Pair], Context], Generator[float, None, list[dict[tuple[str, str], float]]]]


def align_one(pair: Pair, context: Context) -> dict[tuple[str, str], float]:
    """The claim pairs kept between the two documents of `pair`, with their scores."""
    c = context
    return _align_pair(pair, c.claims_of, c.terms, c.w, c.echoes, c.runs, c.indexes[pair.b.id], c.sem,
                       c.speakers)


def aligned(pairs: Sequence[Pair], context: Context) -> Generator[float, None, list[dict[tuple[str, str], float]]]:
    """Every pair aligned in this process, in order; yields the fraction done."""
    out = []
    for i, pair in enumerate(pairs):
        yield i / max(1, len(pairs))
        out.append(align_one(pair, context))
    return out


class _Noting(Semantic):
    """A stand-in for the semantic signal that vetoes nothing and notes which statements it was asked about."""

    def __init__(self) -> None:
        super().__init__(())
        self.asked: set[str] = set()

    @property
    def active(self) -> bool:
        return True

    def cos(self, a: str, b: str) -> float:
        self.asked.update((a, b))
        return 1.0


def asked_about(pairs: Sequence[Pair], context: Context) -> set[str]:
    """The statements the semantic veto will compare, found by aligning once with a stand-in: the veto is asked
    about every candidate from the threshold up, whatever it answers, so the questions do not depend on the
    answers. A first analysis then embeds only these (a third of corpus/'s statements), in one batch."""
    noting = _Noting()
    for pair in pairs:
        align_one(pair, context._replace(sem=noting))
    return noting.asked


def context_for(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                leaders: Mapping[str, str] | None = None) -> Context:
    """What aligning reads, worked out once: the compared documents' statements, their terms and weights, the
    echoes and runs of official wording, each official document's index, the semantic signal and who spoke
    (`leaders`: the compared documents' `speakers.folder_leaders`, when already read)."""
    compared = {d.id for d in documents if d.compared}
    leaders = folder_leaders([d for d in documents if d.compared]) if leaders is None else leaders
    speakers = speakers_of([d for d in documents if d.compared], claims_of, leaders)  # every kind: their sentences
    claims_of = {doc_id: cs for doc_id, cs in statements_of(claims_of).items() if doc_id in compared}
    terms, w = weights_for(claims_of, frozenset(d.id for d in documents if d.is_official and is_transcript(d)))
    w.leaders = leader_concepts(leaders)
    official_docs = {d.id for d in documents if d.is_official and d.compared}
    return Context(claims_of, terms, w, echoes_for(claims_of, official_docs),
                   Runs([c for d in official_docs for c in claims_of.get(d, ())], w),
                   {d: concept_index(claims_of.get(d, ()), terms) for d in official_docs},
                   Semantic([c for cs in claims_of.values() for c in cs]),
                   speakers)


def find_links(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
               aligner: Aligner | None = None, context: Context | None = None) -> Generator[float, None, list[Link]]:
    """Link statements that report the same thing; yields the fraction done, returns the links in a stable order.
    (`context`: the one `context_for` made of these documents, when the caller reads it too.)"""
    context = context or context_for(documents, claims_of)
    documents = [d for d in documents if d.compared]
    claims_of, terms, w, sem = context.claims_of, context.terms, context.w, context.sem
    text_of = {c.id: c for cs in claims_of.values() for c in cs}
    pairs = document_pairs(documents)
    if sem.unseen:
        sem.embed(asked_about(pairs, context))
    kept: dict[tuple[str, str], float] = {}
    for found in (yield from (aligner or aligned)(pairs, context)):
        kept.update(found)
    sem.save()
    by_id = {d.id: d for d in documents}
    kept = best_across_documents(kept, {c: by_id[claim.doc] for c, claim in text_of.items()})
    kept.update(_relayed(kept, text_of, by_id, context))
    kept.update(_thin_reports(kept, pairs, context))
    kept = _without_retellings(kept, text_of, by_id)
    within = [(p.a, p.b) for p in pairs if p.a.event == p.b.event and not same_side(p)]
    ledes = lede_links(within, claims_of, terms, w)
    linked = frozenset(c for pair in (*kept, *ledes) for c in pair)
    for found in (tone_links(within, claims_of, terms, w), place_links(within, claims_of, terms, w.names, linked),
                  ledes):
        kept.update({k: s for k, s in found.items() if k not in kept})
    order = {c: n for n, c in enumerate(text_of)}
    date = {d.id: d.date for d in documents}
    official = {d.id for d in documents if d.is_official}
    return [related(text_of[a], text_of[b], round(s, 3), (date[text_of[a].doc], date[text_of[b].doc]), terms, w,
                    text_of[a].doc not in official and text_of[b].doc in official)
            for (a, b), s in sorted(kept.items(), key=lambda x: (order[x[0][0]], order[x[0][1]]))]
