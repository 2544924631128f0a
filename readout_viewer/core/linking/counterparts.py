"""An outlet claim's counterparts in one official document: how well it reports each claim; the best and a second."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from readout_viewer.core.language.clauses import enumerates
from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.language.speakers import said_elsewhere
from readout_viewer.core.linking.claim_parts import PIECES_FROM, parts, pieces_alone, reported
from readout_viewer.core.linking.dated import dated_other_day
from readout_viewer.core.linking.readouts import COMPLEMENT_OVERLAP
from readout_viewer.core.linking.similarity import SETTING, mention, score
from readout_viewer.core.linking.terms import Terms, formal_names
from readout_viewer.core.linking.terms import terms as text_terms
from readout_viewer.core.linking.voices import voices
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

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
# ... of which this many are content (not who the event is about, not the setting), from CLOSE_THRESHOLD: a leader's
# short line says a thing in one word the report repeats ("Trump said that he did not make any progress during his
# phone call" / "No, I didn't make any progress with him today at all", 0.41). With two content concepts from 0.45
# (before): read14 link F1 0.8406 -> 0.8415 (589 of 746, 743/825), no false link on read14, dev or old.
CLOSE_CONTENT = 1
CLOSE_THRESHOLD = 0.40
# A second counterpart in the same document is kept when it scores this share of the best one: a compound
# sentence can report two claims of one readout.
SECOND_RATIO = 0.85
# ... or, whatever its score, when it matches another part of the sentence: this many content concepts (not
# names, not words nearly every claim uses) that the best counterpart does not share.
PART_CONCEPTS = 2
# At most this many counterparts per outlet claim in each official document.
MAX_PER_DOC = 2
# A compound sentence (`claim_parts.parts`) tells one thing in each part: besides the counterparts it has in a text,
# it reports from this score a claim there that another of its parts matches best and that matches another part of
# the sentence (`_another_part`) ("... congratulated Trump on the upcoming US Independence Day and remarked that
# 'Russia played a significant role in the founding of the American state'" / "it was noted from our side that Russia
# played an important role in the formation of American statehood", 0.30 beside a first at 0.43). Counted on read15,
# dev and old from 0.18: 3 true links (one already found), 1 optional, 4 false, the false ones at 0.18-0.22 and 0.275;
# pooled from 0.23: read15 link F1 0.8546 -> 0.8554, kept19 0.7720 -> 0.7723, dev 0.910 -> 0.901 (one false link);
# 0.22 took a false link on read15, 0.24 and 0.25 lost the kept-out pools' gain (docs/engine-history.md, Round 29).
# Asked once every pass has linked the sentence (`outlet_passes.other_part_links`): read15 one true link more.
PART_FLOOR = 0.23
# ... and this many for a claim that lists topics ("the leaders discussed the exchange of citizens, the Middle East
# settlement, the Iranian nuclear program and bilateral relations"), each on another item of the list: one content
# concept the first counterpart does not share.
LIST_PER_DOC = 4
ITEM_CONCEPTS = 1
# A piece of a long outlet claim that reports an official claim scores this share of its own score: the whole
# claim wins when it reports as well.
PIECE_SHARE = 0.9
_ID = attrgetter("id")  # a claim's id, read by C code over a list of claims


def counterparts_in(claim: Claim, index: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms], w: Weights,
          threshold: float, speakers: Mapping[str, str], mine: Terms | None = None,
          day: date | None = None) -> list[tuple[float, Claim]]:
    """The counterparts of one claim in one document (its claims by concept): the best, and a close second;
    a long claim also by its pieces; never one that reports another leader's words than the claim does; with a
    sentence model, never a pair far apart in meaning; none for a sentence said on another occasion or by someone
    not on the call (`speakers.said_elsewhere`). `mine`: the claim's terms when not its own (a part of it);
    `day`: the document's date, and no piece of a sentence dated another day is scored alone (`dated_other_day`)."""
    if said_elsewhere(claim.text):  # a legislator's words, or an act before the call: no report of it
        return []
    found = _counterparts(claim, index, terms, w, threshold, speakers, mine)
    if mine is not None:
        return found
    if claim.id not in w.clauses:  # the same in every text the claim is compared with
        w.clauses[claim.id] = _clauses(claim, terms[claim.id], w, speakers)
    clauses = w.clauses[claim.id]  # most claims have none: their date is not read
    if not clauses or dated_other_day(claim.text, terms[claim.id], day):
        return found
    got = {o.id for _, o in found}
    for clause in clauses:
        scored = ranked(claim, index, terms, w, threshold, speakers, voice=clause)
        if scored and scored[0][0] >= threshold and scored[0][1].id not in got:
            found.append(scored[0])
            got.add(scored[0][1].id)
    return found


def _counterparts(claim: Claim, index: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms], w: Weights,
                  threshold: float, speakers: Mapping[str, str], mine: Terms | None = None
                  ) -> list[tuple[float, Claim]]:
    """`counterparts_in` of the claim as a whole."""
    mine = terms[claim.id] if mine is None else mine
    scored = ranked(claim, index, terms, w, threshold, speakers, mine)
    if not scored or scored[0][0] < threshold:
        return []
    top, first = scored[0]
    told = mine.concepts & terms[first.id].concepts
    if enumerates(claim.text):  # a list of topics reports a claim of the other side on each of its items
        return [(s, o) for s, o in scored[:LIST_PER_DOC] if s >= threshold and (
            s >= top * SECOND_RATIO or _another_part(mine, terms[o.id], told, w, ITEM_CONCEPTS))]
    return [(s, o) for s, o in scored[:MAX_PER_DOC] if s >= threshold and (
        s >= top * SECOND_RATIO or _another_part(mine, terms[o.id], told, w) or _fuller(mine, terms[o.id], told))]


# A clause scored alone (`_clauses`): read17 link F1 0.8592 -> 0.8606 (712 -> 714 of 878, 910/996 -> 912/998) for a
# clause of another leader, every kept-out pool, dev and old unchanged; in a sentence with no speaker as well, two
# false links on two kept-out events, none true. Each piece of a long sentence too: read17 0.8606 -> 0.8606 (912/998
# -> 913/999), kept20 0.7788 -> 0.7821 (768 -> 772 of 1,101), every kept-out pool up (docs/engine-history.md, Round 30).
# A piece keeps its sentence's date (`dated.dated_other_day`): in a folder of several calls, the piece "Putin held a
# telephone conversation with Biden on Friday" of a sentence that says what was discussed only mentions a call, and
# matched the April call's opening lines, which its whole sentence, saying more than a mention, never did (old folder:
# two links across events gone; every gold's figures and every other folder's output unchanged; round 30, links33).
def _clauses(claim: Claim, mine: Terms, w: Weights, speakers: Mapping[str, str]) -> list[tuple[str, str | None]]:
    """The clauses of an outlet sentence scored on their own, each with the leader whose words it reports: the pieces
    of a long one (PIECES_FROM concepts, `claim_parts.pieces_alone`), its speaker's, the rest of the sentence not
    diluting them; and in a sentence with a speaker, the clauses naming another leader as the one who spoke (`voices`:
    "Putin briefed Xi on the talks, and Xi expressed support for the dialogue"), never scored against that leader's
    claims otherwise, as a sentence has one speaker."""
    spoke = speakers.get(claim.id)
    pieces = pieces_alone(claim.text) if len(mine.concepts) >= PIECES_FROM else []
    voiced = voices(claim.text, w.leader_names) if spoke is not None else []
    return [(p, spoke) for p in pieces] + [(text, code) for text, code in voiced if code != spoke]


def other_parts(claim: Claim, firsts: Sequence[str], index: Mapping[str, Sequence[Claim]],
                terms: Mapping[str, Terms], w: Weights, speakers: Mapping[str, str]
                ) -> list[tuple[float, Claim]]:
    """The further counterparts of a compound sentence in one document (its claims by concept) besides `firsts`, the
    ids of those it has there: each scoring PART_FLOOR or more, matched best by a part of the sentence that matches
    none of the others best, and sharing little with them (`_another_part`); MAX_PER_DOC in all."""
    if len(firsts) >= MAX_PER_DOC:  # no room left: nothing to read (corpus/: most of the calls)
        return []
    pieces = [text_terms(reported(p), w.acronyms) for p in parts(claim.text)]
    if not pieces:
        return []
    mine = terms[claim.id]

    def part_of(other: Terms) -> int:  # the part of the sentence that matches `other` best (the first, on a tie)
        return max(range(len(pieces)), key=lambda i: (score(pieces[i], other, w), -i))
    used = {part_of(terms[f]) for f in firsts}
    told = frozenset().union(*(mine.concepts & terms[f].concepts for f in firsts))
    out: list[tuple[float, Claim]] = []
    for s, o in ranked(claim, index, terms, w, PART_FLOOR, speakers):
        if s < PART_FLOOR or len(firsts) + len(out) >= MAX_PER_DOC:
            break
        if o.id not in firsts and _another_part(mine, terms[o.id], told, w) and part_of(terms[o.id]) not in used:
            out.append((s, o))
    return out


def ranked(claim: Claim, index: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms], w: Weights,
           threshold: float, speakers: Mapping[str, str], mine: Terms | None = None,
           voice: tuple[str, str | None] | None = None) -> list[tuple[float, Claim]]:
    """Every claim of one document that may be a counterpart of `claim` (sharing enough concepts, the same speaker),
    with its score, best first (`threshold`: 0 lifts the gates; `voice`: a clause of the claim and its own speaker,
    scored instead of the whole)."""
    if voice is None:
        text, spoke = claim.text, speakers.get(claim.id)  # outlet_passes.same_speaker, asked once per claim
        mine = terms[claim.id] if mine is None else mine
        pieces = w.pieces.get(claim.id, ())
    else:
        text, spoke = voice
        if text not in w.voice_terms:  # the same in every text the clause is compared with
            w.voice_terms[text] = text_terms(reported(text), w.acronyms)
        mine, pieces = w.voice_terms[text], ()
    close = spoke is not None and reports_a_leader(text)  # opens on a leader saying or doing a thing
    least = (CLOSE_SHARED if close else OUTLET_SHARED) if threshold > 0 else 0
    return ranked_terms(mine, pieces, spoke, least, index, terms, w, speakers)


def ranked_terms(mine: Terms, pieces: Sequence[Terms], spoke: str | None, least: int,
                 index: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms], w: Weights,
                 speakers: Mapping[str, str]) -> list[tuple[float, Claim]]:
    """`ranked` of given terms (`pieces`: theirs, `spoke`: whose words they report), sharing `least` concepts."""
    kept = [o for o in sharing(mine, index, least) if spoke is None or speakers.get(o.id, spoke) == spoke]
    scored = [(_outlet_score(mine, pieces, terms[o.id], w.pieces.get(o.id, ()), w, least), o) for o in kept]
    scored.sort(key=lambda x: (-x[0], x[1].id))
    return scored


def sharing(mine: Terms, index: Mapping[str, Sequence[Claim]], least: int) -> list[Claim]:
    """The claims of a document (`index`: its claims by concept) sharing at least `least` concepts with `mine`, in
    the order first met: one sharing fewer scores 0 (`_outlet_score`), and counting them spares scoring them. A
    document holding fewer than `least` of the concepts at all has none, and its claims are not counted (speed24)."""
    present = [index[c] for c in mine.concepts if c in index]
    if len(present) < least:
        return []
    counts = Counter(map(_ID, chain.from_iterable(present)))  # the index holds a claim once under each of its concepts
    enough = {i for i, n in counts.items() if n >= least}
    if not enough:
        return []
    found: dict[str, Claim] = {}
    for o in chain.from_iterable(present):
        if o.id in enough:
            found[o.id] = o  # first met, as the index lists them
    return list(found.values())


def _outlet_score(mine: Terms, pieces: Sequence[Terms], other: Terms, others: Sequence[Terms], w: Weights,
                  least: int = OUTLET_SHARED) -> float:
    """How well an outlet claim reports an official one: as wholes, or by the best pair of their pieces (no piece
    shares more than its whole, so a pair sharing too little as wholes is not scored further); a pair sharing fewer
    than OUTLET_SHARED concepts (from `least` up: a leader's report) only when it is close."""
    shared = mine.concepts & other.concepts
    if len(shared) < OUTLET_SHARED:
        return _close(mine, other, shared, w) if len(shared) >= least else 0.0
    if content_gated(mine, other, shared, w):
        return 0.0
    return past_gates(mine, pieces, other, others, w)


def content_gated(mine: Terms, other: Terms, shared: frozenset[str], w: Weights) -> bool:
    """The content gate: a pair sharing `shared` (OUTLET_SHARED concepts or more) is turned away when fewer than
    OUTLET_CONTENT of them are content, unless both are mere mentions of the meeting."""
    return len(_content(mine, other, shared, w)) < OUTLET_CONTENT and not (mention(mine, w) and mention(other, w))


def past_gates(mine: Terms, pieces: Sequence[Terms], other: Terms, others: Sequence[Terms], w: Weights) -> float:
    """An outlet pair's score once its gates are passed: as wholes, or by the best pair of their pieces."""
    return max([score(mine, other, w, min_shared=OUTLET_SHARED)] +
               [PIECE_SHARE * score(p, q, w, min_shared=OUTLET_SHARED)
                for p, q in _piece_pairs(mine, pieces, other, others)])


def _close(mine: Terms, other: Terms, shared: frozenset[str], w: Weights) -> float:
    """The score of two claims sharing few concepts, when it reaches CLOSE_THRESHOLD and CLOSE_CONTENT of them are
    content (not who the event is about, not the setting); else 0."""
    if len(_content(mine, other, shared, w)) < CLOSE_CONTENT:
        return 0.0
    s = score(mine, other, w)
    return s if s >= CLOSE_THRESHOLD else 0.0


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The concepts of every country's names: a country a claim goes to is the event's own more often than not
    ("after his visit to Ukraine" / "briefed President Biden on his recent visit to Ukraine": two claims, one
    country; read35 one false link when countries counted as placed, none without)."""
    return frozenset(chain(formal_names(), chain.from_iterable(formal_names().values())))


def _content(mine: Terms, other: Terms, shared: frozenset[str], w: Weights) -> frozenset[str]:
    """The shared concepts that are content: not the setting, nor who the event is about, unless both claims name
    it as where someone goes or what he takes part in ("Biden invited Meloni to the White House in July": the White
    House is the invitation's content, not a party to the call; links72)."""
    return shared - (w.who - (mine.placed & other.placed - _countries())) - SETTING


def _piece_pairs(mine: Terms, pieces: Sequence[Terms], other: Terms, others: Sequence[Terms]
                 ) -> list[tuple[Terms, Terms]]:
    """The pairs of a long claim's pieces (or the whole) with the other claim (or its pieces): either sentence
    may tell two things, and one of them may be what the other reports."""
    return [(p, other) for p in pieces] + [(mine, q) for q in others] + [(p, q) for p in pieces for q in others]


def _fuller(mine: Terms, other: Terms, told: frozenset[str]) -> bool:
    """Whether a second counterpart shares with an outlet sentence all that the best one shares and more: it reports
    the sentence as fully, its lower score only its other words ("US President Donald Trump announced Russia and
    Ukraine will start ceasefire negotiations ..." / "Negotiations between Russia and Ukraine will begin immediately.",
    0.52, and "Russia and Ukraine will immediately start negotiations toward a Ceasefire and, more importantly, an END
    to the War.", 0.36: read21 one true link more, no false one; dev, old and every kept-out figure unchanged;
    links40)."""
    return told < (mine.concepts & other.concepts)


def _another_part(mine: Terms, other: Terms, told: frozenset[str], w: Weights, part: int = PART_CONCEPTS) -> bool:
    """Whether a second counterpart matches another part of a compound outlet sentence: little of the weight it
    shares with the sentence is shared with the first counterpart too ("'X invited Y to Moscow,' Peskov said,
    adding that X was ready to receive Y's officials" reports two claims)."""
    shared = (mine.concepts & other.concepts) - w.names - w.common
    weight = math.fsum(w.idf(c) for c in shared)
    return len(shared - told) >= part and math.fsum(w.idf(c) for c in shared & told) <= COMPLEMENT_OVERLAP * weight
