"""Claim alignment: link outlet claims to the official claims they report, and official claims across sides."""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence

from readout_viewer.core.language.dates import day_of
from readout_viewer.core.linking.beside_reports import beside_reports
from readout_viewer.core.linking.both_told import both_told
from readout_viewer.core.linking.briefings_told import briefings_told
from readout_viewer.core.linking.call_mentions import call_mentions
from readout_viewer.core.linking.call_requests import REQUEST_SCORE, asks_for_call, call_requests, request_part
from readout_viewer.core.linking.claim_parts import reported
from readout_viewer.core.linking.concerns import counted_concerns
from readout_viewer.core.linking.context import Aligner, Context, Kept, Relater, context_for
from readout_viewer.core.linking.counterparts import counterparts_in
from readout_viewer.core.linking.courtesies import courtesy_links
from readout_viewer.core.linking.covered_gate import covered_reports
from readout_viewer.core.linking.cut_parts import cut_parts
from readout_viewer.core.linking.first_lines import first_lines
from readout_viewer.core.linking.lede_passes import lede_reports, lede_rests
from readout_viewer.core.linking.ledes import lede_links
from readout_viewer.core.linking.mentions import durations, previous_meetings, tone_links
from readout_viewer.core.linking.openings import opening
from readout_viewer.core.linking.outlet_passes import other_part_links, thin_reports, without_retellings
from readout_viewer.core.linking.own_briefings import briefing_answers
from readout_viewer.core.linking.own_voices import own_voices
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD, Pair, document_pairs, same_side
from readout_viewer.core.linking.paraphrases import paraphrase_reports
from readout_viewer.core.linking.part_paraphrases import part_reports
from readout_viewer.core.linking.places_discussed import discussed_places, place_links
from readout_viewer.core.linking.quoted_phrases import ECHO_SCORE, Echoes
from readout_viewer.core.linking.readout_order import in_order, late_neighbours, neighbours, rematched
from readout_viewer.core.linking.readouts import (
    LONG_ONE_WAY_THRESHOLD,
    MUTUAL_THRESHOLD,
    ONE_WAY_THRESHOLD,
    SAME_WORDS_THRESHOLD,
    SECOND_PAIR_THRESHOLD,
    one_to_one,
)
from readout_viewer.core.linking.relays import relayed
from readout_viewer.core.linking.reporting import related
from readout_viewer.core.linking.runs import Runs
from readout_viewer.core.linking.short_reports import short_reports
from readout_viewer.core.linking.sibling_reports import sibling_reports
from readout_viewer.core.linking.similarity import leaders_named, other_meeting
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.terms import terms as text_terms
from readout_viewer.core.linking.told_apart import told_apart
from readout_viewer.core.linking.topic_lists import topic_links
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim, Document, Link

# An outlet claim that quotes an official claim word for word reports that statement; elsewhere it links
# only to close paraphrases of it (another translation), not to claims that share its attribution.
ANCHORED_THRESHOLD = 0.6
# What such a claim says besides its quotation is compared on its own when it keeps this many content concepts
# ("Trump also pointed out that Russia wants to trade with the United States, and he agreed with that, because
# '...'": 4), fewer than a long claim's piece needs (PIECE_MIN): the quotation already tied it to the event.
REST_MIN = 4
# A briefing or transcript with more claims than this offers a weak best match for anything; official pairs
# with such a document, and two texts of one government (pairs.same_side), use OUTLET_THRESHOLD for both floors.
LONG_DOC_CLAIMS = 40
# An outlet claim this close to one side's official claim repeats it nearly word for word: it reports that claim,
# and the other side's text only through that claim's counterpart (relays.relayed) ...
CLOSE_REPORT = 0.9
# ... or from this score of its own: under it, what it shares with the other side's claim is the topic, not the
# point ("discussed the future advancement of the peace accords" from one readout / "underscored the importance of
# working to advance peace throughout the region" in the other's).
OTHER_SIDE_FLOOR = 0.5


def _align_pair(pair: Pair, claims_of: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms],
                w: Weights, echoes: Echoes, runs: Runs, index: Mapping[str, Sequence[Claim]],
                speakers: Mapping[str, str], voices: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """Scores of the claim pairs kept between two documents (`index`: the claims of `pair.b` by concept; `voices`:
    `speakers` with the official sentences that run on a leader's words, `speakers.run_on`, which an outlet's claim of
    the other leader's words does not report)."""
    left, right = claims_of.get(pair.a.id, ()), claims_of.get(pair.b.id, ())
    if pair.a.is_official:
        return _align_officials(pair, left, right, terms, w, speakers)
    kept = {(a, b): s for (a, b), s in durations(left, right).items() if not _third_leader(terms[a], terms[b], w)}
    recalled = previous_meetings(left, right, terms, w)
    kept.update(recalled)
    if pair.a.event == pair.b.event:
        kept.update(call_requests(left, right))
    for ca in left:
        found = counterparts_in(ca, index, terms, w, pair.threshold, voices, day=day_of(pair.b.date))
        said = ca.text
        if echoes.anchored(ca):  # its quotation ties it to one statement; what it says besides may report others
            said = echoes.unquoted(ca)
            rest = text_terms(reported(said), w.acronyms)
            found = [(s, cb) for s, cb in found if s >= ANCHORED_THRESHOLD]
            if len(rest.concepts - w.names) >= REST_MIN:
                # its part's terms passed as such: a copy of `terms` with them would copy every claim's (the
                # whole folder's, serially) for each such claim, which made a large folder's linking quadratic
                found += counterparts_in(ca, index, terms, w, pair.threshold, voices, mine=rest)
        for s, cb in found:
            kept[(ca.id, cb.id)] = max(s, kept.get((ca.id, cb.id), 0.0))
        for cb in echoes.echoed(ca, pair.b.id) + runs.echoed(said, pair.b.id):
            kept[(ca.id, cb.id)] = max(kept.get((ca.id, cb.id), 0.0), ECHO_SCORE)
    return _past_recalled(kept, recalled)


def _align_officials(pair: Pair, left: Sequence[Claim], right: Sequence[Claim], terms: Mapping[str, Terms],
                     w: Weights, speakers: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """Scores of the claim pairs kept between two official texts (`left`, `right`: their claims): matched one to
    one, then by their place unless the texts are long or one side's, and the last meeting either one recalls; two
    sides' texts also by who acted (`own_voices`) and by their first lines (`first_lines`)."""
    long_pair = max(len(left), len(right)) > LONG_DOC_CLAIMS or same_side(pair)
    floor = OUTLET_THRESHOLD if long_pair else MUTUAL_THRESHOLD
    kept = one_to_one(left, right, terms, w, floor, OUTLET_THRESHOLD if long_pair else pair.threshold,
                      LONG_ONE_WAY_THRESHOLD if long_pair else ONE_WAY_THRESHOLD,
                      SAME_WORDS_THRESHOLD if long_pair else SECOND_PAIR_THRESHOLD, speakers=speakers)
    kept.update(briefing_answers(pair, kept, left, right, terms, w))  # a readout and its government's briefing
    if not long_pair:
        kept.update(neighbours(kept, (pair.a, pair.b), left, right, terms, w))
        kept.update(in_order(kept, left, right, terms, w, speakers))
        kept.update(told_apart(kept, left, right, terms, w))
        kept.update(late_neighbours(kept, (pair.a, pair.b), left, right, terms, w, speakers))
    kept.update(previous_meetings(left, right, terms, w))  # either readout may be the one that only recalls it
    kept.update({(a, b): s for (b, a), s in previous_meetings(right, left, terms, w).items()})
    kept.update(briefings_told(pair, kept, left, right, w))  # one leader's briefing, in each side's words for it
    if not same_side(pair):
        kept.update(own_voices(kept, left, right, terms, w, speakers))  # a leader's act the other answered
        kept.update(first_lines(kept, (pair.a, pair.b), left, right, terms, w))  # a first line on the call
    return kept


def _third_leader(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether an outlet claim names a leader whom an official claim naming both parties does not, and not both of
    them: it tells of another call ("Kishida later held 25-minute phone talks with Indian Prime Minister Narendra Modi"
    / "... for approximately 30 minutes, Mr. KISHIDA Fumio ... held a summit telephone talk with Mr. Xi Jinping"), so
    its duration is not this call's (`similarity.other_meeting`). A sentence's first word may be a name the terms do
    not show as one ("Putin made the comment after speaking to Trump" names Trump alone), so the official claim must
    name both parties."""
    return len(leaders_named(b, w)) >= 2 and other_meeting(a, b, w)


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


def _beside_close_reports(kept: Mapping[tuple[str, str], float], doc_of: Mapping[str, Document]
                          ) -> dict[tuple[str, str], float]:
    """The pairs kept, less an outlet claim's weak links (under OTHER_SIDE_FLOOR) to one side's official texts when it
    repeats a claim of another side's nearly word for word (CLOSE_REPORT): it reports that claim."""
    close: dict[str, set[str]] = {}
    for (a, b), s in kept.items():
        side = doc_of[b].side
        if s >= CLOSE_REPORT and side is not None and not doc_of[a].is_official:
            close.setdefault(a, set()).add(side)
    return {(a, b): s for (a, b), s in kept.items()
            if not (s < OTHER_SIDE_FLOOR and a in close and doc_of[b].is_official and doc_of[b].side is not None
                    and doc_of[b].side not in close[a])}


def align_one(pair: Pair, context: Context) -> dict[tuple[str, str], float]:
    """The claim pairs kept between the two documents of `pair`, with their scores."""
    c = context
    return _align_pair(pair, c.claims_of, c.terms, c.w, c.echoes, c.runs, c.indexes[pair.b.id],
                       c.speakers, c.voices)


def aligned(pairs: Sequence[Pair], context: Context) -> Generator[float, None, list[dict[tuple[str, str], float]]]:
    """Every pair aligned in this process, in order; yields the fraction done."""
    out = []
    for i, pair in enumerate(pairs):
        yield i / max(1, len(pairs))
        out.append(align_one(pair, context))
    return out


def relate_one(kept: Kept, context: Context) -> Link:
    """The link of one kept pair of claims, its relation judged (reporting.related)."""
    a, b, s, dates, reports = kept
    return related(a, b, s, dates, context.terms, context.w, reports)


def related_here(kept: Sequence[Kept], context: Context) -> Generator[float, None, list[Link]]:
    """The links of the kept pairs judged in this process, in order."""
    yield from ()
    return [relate_one(k, context) for k in kept]


def find_links(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
               aligner: Aligner | None = None, context: Context | None = None, relater: Relater | None = None
               ) -> Generator[float, None, list[Link]]:
    """Link statements that report the same thing; yields the fraction done, returns the links in a stable order.
    (`context`: the one `context_for` made of these documents, when the caller reads it too; `aligner` and
    `relater`: how the pairs are aligned and the kept pairs' links judged, in this process when not given.)"""
    context = context or context_for(documents, claims_of)
    documents = [d for d in documents if d.compared]
    claims_of, terms, w = context.claims_of, context.terms, context.w
    text_of = {c.id: c for cs in claims_of.values() for c in cs}
    pairs = document_pairs(documents)
    kept: dict[tuple[str, str], float] = {}
    for found in (yield from (aligner or aligned)(pairs, context)):
        kept.update(found)
    by_id = {d.id: d for d in documents}
    doc_of = {c: by_id[claim.doc] for c, claim in text_of.items()}
    kept = _beside_close_reports(rematched(kept, doc_of, claims_of, terms, w, context.speakers), doc_of)
    kept.update(relayed(kept, text_of, by_id, context))
    kept.update(thin_reports(kept, pairs, context))
    kept.update(counted_concerns(kept, pairs, context))
    kept.update(short_reports(kept, pairs, context))
    kept.update(covered_reports(kept, pairs, context))
    kept = without_retellings(kept, text_of, by_id)
    kept.update(other_part_links(kept, text_of, by_id, context))
    kept, opened = _within_events(kept, pairs, context)
    judged = _to_judge(kept, opened, text_of, documents)
    return (yield from (relater or related_here)(judged, context))


def _within_events(kept: dict[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                   ) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """`kept` with the links read within each event between two sides' texts: ledes, tone, places, courtesies, the
    places discussed, then what the ledes say after their opening; and the lede links judged on their opening."""
    claims_of, terms, w = context.claims_of, context.terms, context.w
    within = [(p.a, p.b) for p in pairs if p.a.event == p.b.event and not same_side(p)]
    # ... and one government's official texts, by their call lines alone (ledes._own_call_lines)
    ledes = lede_links(within + [(p.a, p.b) for p in pairs if p.a.is_official and same_side(p)], claims_of, terms, w)
    linked = frozenset(c for pair in (*kept, *ledes) for c in pair)
    for found in (tone_links(within, claims_of, terms, w), place_links(within, claims_of, terms, w.names, linked),
                  courtesy_links(within, claims_of, terms, w, context.speakers)):
        kept.update({k: s for k, s in found.items() if k not in kept})
    linked = frozenset(c for pair in (*kept, *ledes) for c in pair)
    kept.update({k: s for k, s in discussed_places(within, claims_of, terms, w, linked).items() if k not in kept})
    opened = {k: s for k, s in ledes.items() if k not in kept}  # judged on the lede's opening (openings.opening)
    kept.update(opened)
    kept.update(lede_rests(kept, ledes, pairs, context))
    kept.update(lede_reports(kept, pairs, context))  # what every pass before left unlinked
    kept.update(topic_links(kept, pairs, context))  # ... and what lists the call's topics
    kept.update(call_mentions(kept, pairs, context))  # ... and what says only that the call took place
    kept.update(cut_parts(kept, pairs, context))  # ... and parts of a sentence cut from their subject
    kept.update(beside_reports(kept, pairs, context))  # ... and retells a claim beside its neighbour's
    kept.update(sibling_reports(kept, pairs, context))  # ... and another outlet's linked sentence tells alike
    kept.update(paraphrase_reports(kept, pairs, context))  # ... and words do not reach, with a sentence model
    kept.update(both_told(kept, pairs, context))  # ... and what another official text tells alike
    # ... and, with a sentence model, a part of the other side's compound: after both_told, which would carry an
    # outlet statement linked to one end over to the other (read40: three false links and one required found more)
    kept.update(part_reports(kept, [p for p in within if p[0].is_official and not _long(p, context)], context))
    return kept, opened


def _long(pair: tuple[Document, Document], context: Context) -> bool:
    """Whether either official text of a pair is too long to be read beside the other (LONG_DOC_CLAIMS)."""
    return max(len(context.claims_of.get(d.id, ())) for d in pair) > LONG_DOC_CLAIMS


def _to_judge(kept: Mapping[tuple[str, str], float], opened: Mapping[tuple[str, str], float],
              text_of: Mapping[str, Claim], documents: Sequence[Document]) -> list[Kept]:
    """The kept pairs as their relations are judged, in claim order: each claim as its link reports it (a lede by its
    opening, a request for the call by its request part), the score, the documents' dates, and whether an outlet's
    claim meets an official one."""
    order = {c: n for n, c in enumerate(text_of)}
    date = {d.id: d.date for d in documents}
    official = {d.id for d in documents if d.is_official}

    asked = {(a, b) for (a, b), s in kept.items() if s == REQUEST_SCORE and text_of[a].doc not in official
             and asks_for_call(text_of[a].text) and asks_for_call(text_of[b].text)}  # judged on who asked

    def told(a: str, b: str) -> tuple[Claim, Claim]:  # what of claims `a` and `b` their link reports
        if (a, b) in asked:
            return request_part(text_of[a]), request_part(text_of[b])
        return (opening(text_of[a]) if (a, b) in opened and text_of[a].doc not in official else text_of[a]), text_of[b]
    return [(*told(a, b), round(s, 3), (date[text_of[a].doc], date[text_of[b].doc]),
             text_of[a].doc not in official and text_of[b].doc in official)
            for (a, b), s in sorted(kept.items(), key=lambda x: (order[x[0][0]], order[x[0][1]]))]
