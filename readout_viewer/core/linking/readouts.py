"""Two official texts matched claim by claim: each tells a thing once, in its own words, so pairs are one to one."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from readout_viewer.core.language.clauses import enumerates
from readout_viewer.core.language.places import place_words
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.linking.ledes import remarks_frame  # the one pattern of a frame of remarks
from readout_viewer.core.linking.similarity import SETTING, TITLES, mention, same_speaker, score
from readout_viewer.core.linking.similarity import shares_content as _shares_words
from readout_viewer.core.linking.terms import Terms, concept_index
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

# Two readouts tell the same things in their own words and each thing once: claims are matched one to one,
# from this score up ...
OFFICIAL_THRESHOLD = 0.18
# ... or from this one when each claim is the other's best match (a clear counterpart in few shared words).
MUTUAL_THRESHOLD = 0.12
# ... and when they share at least this many concepts besides the setting and the names the event is about
# (`Weights.who`; a topic's name counts): one verb in common ("China stands for peace and opposes war" / "the
# United States continues to oppose any unilateral changes") is no counterpart, nor one word and the two
# countries' names ("committed to the 'one China' policy, guided by ... the three Joint Communiques" / "the joint
# mission of Chinese and American leaders").
MUTUAL_SHARED = 2
# A claim left over after one-to-one matching still joins a partner already taken from this score up:
# one readout's compound sentence told in two by the other.
ONE_WAY_THRESHOLD = 0.40
# ... but from this one in a long pair (a transcript) or two texts of one government: a briefer restates the
# readout's points in several answers ("we want to ensure that the competition is responsibly managed", "the
# complexity of the relationship ... was discussed"), and each restatement is no second half of a compound
# sentence. Fifteen events: link precision 0.828 -> 0.834, recall unchanged; 0.5 to 0.6 give the same figures.
LONG_ONE_WAY_THRESHOLD = 0.50
# ... or from OFFICIAL_THRESHOLD when it matches another part of that partner: a phrase of two words the first
# match lacks, and at most this share of the weight it shares with the partner shared by the first match too
# ("pursue a strategic stability dialogue" and "a stable and predictable relationship" are the two halves of
# the other side's "normalising relations and establishing stable interaction on strategic stability, arms
# control ...").
COMPLEMENT_OVERLAP = 0.5
# Two claims this alike are one statement in nearly the same words, and are linked even when each already has a
# partner: a readout that repeats a sentence, or a compound sentence that joins two of the other's.
SAME_WORDS_THRESHOLD = 0.6
# ... or from this score, in two sides' short texts, when they share this many content concepts (not names, not
# the setting, not the words nearly every claim uses): each side's compound sentence holds a part of the other's,
# and each has its first partner for another part ("Xi said the two should respect each other, coexist in peace
# ... and manage domestic affairs well while shouldering international responsibilities" / "We should each run our
# domestic affairs well and ... shoulder our share of international responsibilities"). read9 link F1 0.824 ->
# 0.825 and kept11 0.772 -> 0.773, one true link each; from 0.40 kept11 gains none, from 0.30 the old folder two
# false links; two shared concepts let in "discussed the grain corridor" / "the grain corridor through the straits".
SECOND_PAIR_THRESHOLD = 0.35
SECOND_PAIR_SHARED = 3
# How many sets of parties' topic places are kept (`_topic_places`): a folder has one or two.
TOPIC_PLACES_CACHE = 16


def one_to_one(left: Sequence[Claim], right: Sequence[Claim], terms: Mapping[str, Terms], w: Weights,
               mutual_floor: float, threshold: float, one_way: float = ONE_WAY_THRESHOLD,
               second: float = SECOND_PAIR_THRESHOLD, barred: frozenset[tuple[str, str]] = frozenset(),
               speakers: Mapping[str, str] | None = None) -> dict[tuple[str, str], float]:
    """Two readouts: pair claims greedily by score, each at most once; a weak pair needs to be each claim's
    best on shared content (not only names); a claim left over joins a partner already taken when they are
    very alike (`one_way`: a compound sentence told in two) or when it matches another part of that partner; two
    claims both taken still pair from `second` when they share several content concepts (SECOND_PAIR_SHARED); the
    `barred` pairs are not scored. A claim left over never joins a partner that names another side's leader as the
    one who spoke or acted (`speakers`, `Context.speakers`): one leader's compound sentence holds that leader's points,
    so the other leader's line on a word of it is no second part ("Zelensky reaffirmed ... the 'One China' policy" /
    "Xi said he appreciated President Zelensky's repeated expression of emphasis on the development of China-Ukraine
    ties"; read31 two false links fewer, no true one lost, every kept-out count unchanged)."""
    scored, few = _scored(left, right, terms, w, mutual_floor, barred)
    best: dict[str, float] = {}
    for s, a, b, content in scored:
        if content:
            best.setdefault(a, s)
            best.setdefault(b, s)
    kept: dict[tuple[str, str], float] = {}
    used: set[str] = set()
    for s, a, b, content in scored:
        mutual = content and best[a] == s and best[b] == s and (a, b) not in few
        if a not in used and b not in used and (s >= threshold or mutual):
            kept[(a, b)] = s
            used |= {a, b}
    first = {x: y for a, b in kept for x, y in ((a, b), (b, a))}
    lists = {c.id for c in (*left, *right) if enumerates(c.text)}
    for s, a, b, content in scored:
        if (a, b) in kept:
            continue
        both_parts = s >= second and _parts_shared(a, b, terms, w)
        if s >= SAME_WORDS_THRESHOLD or both_parts or ((a not in used or b not in used) and not _two_speakers(
                a, b, speakers) and (s >= one_way or (
                content and s >= threshold and _complements(a, b, first, terms, w, lists)))):
            kept[(a, b)] = s
            used |= {a, b}
    return kept


# A speaker's pointer back to what he told earlier in the same text ("So, you know, as I mentioned, the President
# described the implications ...", "You know, as I said, I think the President was ... candid and direct"): a
# briefer's second telling of one point, whose counterpart in the other text is already his first telling's. Not "as
# I've said before" nor "as I said in the past": a view held over time, told once here.
RESTATED = re.compile(r"\bas\s+I\s+(?:just\s+|already\s+)?(?:mentioned|said|noted|indicated)\b"
                      r"(?!\s+(?:before|earlier|in\s+the\s+past|many|often|last))", re.IGNORECASE)
# ... searched only in a claim holding one of its verbs made caseless (text.holds_any): every match holds one, and
# the pattern, case-insensitive and opening on a word boundary, is otherwise tried at every character of every claim
# of both texts of each pair of readouts.
_RESTATED_VERBS = ("mentioned", "said", "noted", "indicated")
# Each claim is asked once for every pair of readouts it is scored in: 685 of a first analysis of corpus/'s 947 asks
# were of a claim asked before; a memo as large as the linking's terms (terms.TERMS_CACHE) answers them.
RESTATES_CACHE = 1 << 14


@lru_cache(maxsize=RESTATES_CACHE)
def restates(text: str) -> bool:
    """Whether a claim points back to what its speaker told earlier in the text (RESTATED)."""
    return holds_any(text, _RESTATED_VERBS) and RESTATED.search(text) is not None


def _scored(left: Sequence[Claim], right: Sequence[Claim], terms: Mapping[str, Terms], w: Weights,
            floor: float, barred: frozenset[tuple[str, str]] = frozenset()
            ) -> tuple[list[tuple[float, str, str, bool]], set[tuple[str, str]]]:
    """The pairs of two readouts' claims scoring from `floor` up, best first, and those too thin to stand on being
    each other's best; with a floor above 0 only the pairs sharing a concept are scored (the others score 0)."""
    by_concept = concept_index(right, terms)
    frames = {c.id for c in (*left, *right) if remarks_frame(c.text)}
    restated = {c.id for c in (*left, *right) if restates(c.text)}
    scored: list[tuple[float, str, str, bool]] = []
    few: set[tuple[str, str]] = set()
    for ca in left:
        mine = terms[ca.id]
        if floor > 0:
            candidates: Iterable[str] = {b.id for c in mine.concepts for b in by_concept.get(c, ())}
        else:
            candidates = [cb.id for cb in right]
        for b in candidates:
            if (ca.id, b) in barred or ca.id in restated or b in restated:
                continue
            theirs = terms[b]
            s = score(mine, theirs, w, names_only=1.0)
            if s >= floor and not _titles_only(mine, theirs, w) and not (
                    frames and _frame_on_content(ca.id, b, frames, terms, w)):  # most pairs of texts hold no frame
                scored.append((s, ca.id, b, shares_content(mine, theirs, w)))
                if len((mine.concepts & theirs.concepts) - SETTING - w.who) < MUTUAL_SHARED:
                    few.add((ca.id, b))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))  # a total order: the order pairs were scored in is lost
    return scored, few


def _titles_only(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether two claims share a leader's title ("commended Prime Minister Netanyahu on his leadership" / "spoke today
    by phone with Prime Minister Netanyahu") and nothing else but the setting, the leaders' names and the names nearly
    every claim uses, and do not both only say that the leaders met: the title says who, not what (similarity.TITLES),
    and the leaders are no topic either (a place, "Iran", would be)."""
    shared = a.concepts & b.concepts
    if not shared & TITLES or (mention(a, w) and mention(b, w)):
        return False
    content = shared - w.names - SETTING - TITLES
    topic = (shared & w.names) - w.common - TITLES - w.leaders.keys()
    return not content and not topic


def shares_content(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether two readouts' claims share content (`similarity.shares_content`: a concept that is not a name nor a
    word nearly every claim uses) or a place that is a topic of the call, not one of its parties (`_topic_places`): each
    side names the topic in its own words around it ("does not support 'Taiwan independence'" / "U.S. policy on Taiwan
    has not changed"), and a name the folder's texts use often counts among who met (`Weights.who`) however topical."""
    return _shares_words(a, b, w) or bool(a.concepts & b.concepts & _topic_places(frozenset(w.leaders.values())))


@lru_cache(maxsize=TOPIC_PLACES_CACHE)
def _topic_places(parties: frozenset[str]) -> frozenset[str]:
    """The concepts of the places a call between the leaders of `parties` may discuss: every country and region of
    the table (`places.place_words`) but the parties'; none when the folder's leaders are unknown, as then every
    place may be a party."""
    return frozenset(concept(word) for word in place_words(parties)) if parties else frozenset()


def _frame_on_content(a: str, b: str, frames: set[str], terms: Mapping[str, Terms], w: Weights) -> bool:
    """Whether one of two readouts' claims frames its leader's remarks ("He made the remarks when having a phone
    conversation with Russian President Vladimir Putin at the latter's request", `ledes`' pattern) and the other is
    neither such a frame nor a line that only says the leaders spoke (`similarity.mention`): the frame says when the
    remarks were made, so the other side's counterpart is its call line, not what its leader said ("Vladimir Putin
    informed the Chinese president about recent Russian-American contacts")."""
    if (a in frames) == (b in frames):
        return False
    other = b if a in frames else a
    return not mention(terms[other], w)


def _parts_shared(a: str, b: str, terms: Mapping[str, Terms], w: Weights) -> bool:
    """Whether two claims share SECOND_PAIR_SHARED content concepts or more (not names, the setting or the words
    nearly every claim uses)."""
    shared = (terms[a].concepts & terms[b].concepts) - SETTING - w.names - w.common
    return len(shared) >= SECOND_PAIR_SHARED


def _two_speakers(a: str, b: str, speakers: Mapping[str, str] | None) -> bool:
    """Whether two claims name different sides' leaders as the ones who spoke or acted (`speakers`: claim id -> the
    side of that leader; none named, or no `speakers` given, is no difference)."""
    return speakers is not None and not same_speaker(speakers, a, b)


def _complements(a: str, b: str, first: Mapping[str, str], terms: Mapping[str, Terms], w: Weights,
                 lists: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a claim left over matches another part of a partner already taken: it shares with the partner
    a phrase (two concepts side by side) that the partner's first match does not, and little of what it
    shares with the partner is shared by that first match too."""
    free, taken = (a, b) if b in first else (b, a)
    if taken not in first:
        return False
    other = terms[first[taken]]
    if taken in lists:  # a list of topics: each of the other's claims on another item of it joins it
        return bool((terms[free].concepts & terms[taken].concepts) - other.concepts - SETTING)
    phrases = (terms[free].bigrams & terms[taken].bigrams) - other.bigrams
    if not any(x not in w.names or y not in w.names for x, y in phrases):
        return False
    shared = terms[free].concepts & terms[taken].concepts
    weight = math.fsum(w.idf(c) for c in shared)
    return weight > 0 and math.fsum(w.idf(c) for c in shared & other.concepts) <= COMPLEMENT_OVERLAP * weight


def partners(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each claim with the claims paired with it, either way round, in the order of the pairs."""
    out: dict[str, list[str]] = {}
    for a, b in pairs:
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    return out
