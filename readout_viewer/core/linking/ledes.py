"""An outlet sentence that opens by saying the leaders spoke, linked to the official lines that only say so."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.figures import NUMBER_WORDS
from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.language.reports import says_anyone_spoke
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.language.tone import judged
from readout_viewer.core.linking.mentions import DocPair
from readout_viewer.core.linking.openings import (
    LEDE_END,
    counterpart_countries,
    in_person,
    opening_leaders,
    spoken_opening,
    text_opening,
    unnamed_i,
)
from readout_viewer.core.linking.similarity import leaders_named, mention, other_meeting
from readout_viewer.core.linking.terms import Terms, terms
from readout_viewer.core.linking.titled import titled_leaders
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim, Document
from readout_viewer.core.system.lazyre import LazyPattern

# A link between an outlet sentence that opens by saying the call took place ("US President Joe Biden spoke on the
# phone with Chinese President Xi Jinping on Tuesday, their first conversation since ...") and an official claim
# that only says so ("President Joseph R. Biden, Jr. spoke today with President Xi Jinping"): as the last meeting's.
LEDE_SCORE = 0.4
# Words that describe a leader in an opening, not what was said: "Japan's newly elected prime minister Fumio Kishida
# spoke with his Chinese counterpart Xi Jinping" (the Kishida-Xi event one true link more, every other gold unchanged;
# with "first" too, "their first telephonic conversation", kept11 two false links more).
EPITHETS = frozenset(concept(w) for w in ("new", "newly", "elected", "appointed"))
# Words that describe the call in an opening, between its article and the noun that names it ("he has had a long and
# meaningful phone call with ..."): how the call went, not what was said in it.
# A post's pictograph among them ("a very good in-depth \U0001f4de talk") is one of those words.
_DESCRIBED = re.compile(r"\b(?:a|an|the|their|his|her)\s+((?-i:(?:[\x22\u201c]?[a-z'\u2019-]+[\x22\u201d]?|"
                        r"[^\w\s\x22\u201c.,;:]+)\s+){1,4}?)"
                        rf"(?:{CALL_NOUN_WORDS}|talk)\b", re.IGNORECASE)
# Every match of _DESCRIBED holds one of these in some case (each noun of it holds one): a claim that, made caseless
# (text.holds_any), holds none is not searched (the pattern opens on an article, tried at every "a" and "the": 753
# searches of official claims in an analysis of corpus/, 618 of them of claims with none of the words, 3.8 ms).
_DESCRIBED_WORDS = ("call", "conversation", "talk", "exchange", "meeting", "summit", "discussion", "conference")
# A verb of saying or confirming before the leader's own pronoun ("Zelensky says he has had a ... phone call with ...",
# "Zelenskyy confirmed he spoke with Xi"): the opening still says that the leaders spoke.
_SAYS_HE = re.compile(r"\b(?:says|said|confirmed|confirms|announced|announces)\s+(?:that\s+)?(?:he|she)\s+(?=\w)",
                      re.IGNORECASE)
# A readout's opening says that the leaders spoke up to what they spoke for ("President Biden spoke today with
# President Zelenskyy of Ukraine to underscore ..."): it reports the other side's line that only says so.
_PURPOSE = re.compile(r"\sto\s+(?!(?:the|a|an|his|her|their|him|them|its|our|one|each)\s)(?=[a-z]+\s)")
# ... or what they spoke about, in a readout's first line ("President Joe Biden and President Andrés Manuel López
# Obrador of Mexico spoke this morning about ongoing efforts to manage migratory flows ..."), not how long ("talked
# for about three and a half hours"). With "on" too ("spoke on ..."), the Biden-Xi call of 2024 one false link more.
# ... or the circumstances of the call, in the words that end an outlet's opening on them (openings.LEDE_END: "amid",
# "following"), and "as part of" ("President Joe Biden spoke today with Prime Minister Giorgia Meloni of Italy as part
# of his close coordination with key Allies and partners following recent events in Russia": its call part reports
# Palazzo Chigi's call line; read25 one true link more, every other gold's links unchanged).
_SPOKE_FOR = re.compile(_PURPOSE.pattern + r"|\sabout\s(?!(?:\d|an?\s+hour|" + "|".join(NUMBER_WORDS) + r")\b)"
                        r"|\s(?:as\s+part\s+of|amid|following)\s"
                        # ... or what they did in it, told in a clause of its own ("..., the two heads of state having
                        # exchanged views and assessments on the security situation")
                        r"|,\s+(?:[\w-]+\s+){1,5}?having\s+[a-z]+ed\b")
# ... and the names of at least this many leaders of the event it shares with the official claim: who spoke.
LEDE_LEADERS = 2
# A call line says that the leaders spoke, so it names the act: one of the concepts the words of a call, a talk or a
# meeting become ("spoke", "phone", "conversation", "talks" -> talk; "met", "summit" -> meet; "by video"). A line that
# names the two leaders and one word besides is no call line without it: "President Biden thanked President Lula for
# his leadership on Venezuela" is a thanks (the Biden-Lula readout's second line; the only line of the readable golds'
# call lines without the act).
CALL_ACT = frozenset(concept(w) for w in ("call", "meeting", "video", "virtual", "rang"))


def lede_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]], terms_of: Mapping[str, Terms],
               w: Weights) -> dict[tuple[str, str], float]:
    """An outlet claim (or a readout's, up to what the leaders spoke for) whose opening only says that the leaders
    spoke reports the official claims that only say so, when they name the same leaders: the rest of the sentence (the
    circumstances, what came before) leaves the score too little in common with a readout's opening line to link
    them."""
    out: dict[tuple[str, str], float] = {}
    ledes: dict[str, Terms | None] = {}  # an outlet claim's opening, read once however many official texts it meets
    openings_of: dict[str, list[tuple[Claim, Terms]]] = {}  # an official text's lines that only say the leaders spoke
    unnamed: set[str] = set()  # the ledes in the first person whose "I" no leader is given for (unnamed_i)
    met_of: dict[str, frozenset[str]] = {}  # an outlet lede's "his <adjective> counterpart" countries
    own_of: dict[str, dict[str, Terms]] = {}  # an official text's call lines that say more (_own_call_lines)
    for a, b, flip in _reporting(doc_pairs):
        side = frozenset((b.side,)) if b.side else frozenset()  # an official text's own leader spoke
        if b.id not in openings_of:
            openings_of[b.id] = call_lines(claims_of.get(b.id, ()), terms_of, w, side)
        openings = openings_of[b.id]
        for ca in claims_of.get(a.id, ()) if openings else ():
            if ca.id not in ledes:
                ledes[ca.id] = _lede(ca, terms_of[ca.id], w, _PURPOSE if a.is_official else LEDE_END)
                if ledes[ca.id] is not None and unnamed_i(ca.text):
                    unnamed.add(ca.id)
            lede = ledes[ca.id]
            if a.is_official:  # a call line that says more: one government's two texts are linked by theirs alone
                if a.id not in own_of:
                    own_of[a.id] = _own_call_lines(claims_of.get(a.id, ()), terms_of, w, a)
                own = own_of[a.id].get(ca.id)
                lede = own if a.side is not None and a.side == b.side else lede or own
            # an outlet line that only says the leaders spoke is linked by its score, but not to a frame (REMARKS_FRAME)
            whole = terms_of[ca.id] if lede is None and not a.is_official and mention(terms_of[ca.id], w) else None
            if lede is None and whole is None:
                continue
            if ca.id not in met_of:  # "his Russian counterpart": Russia's leader; read once, only for a lede
                met_of[ca.id] = frozenset() if a.is_official else _met(ca.text, w)
            met = met_of[ca.id]
            for cb, t in openings:
                said = lede if lede is not None else whole if remarks_frame(cb.text) else None
                if said is None:
                    continue
                theirs, mine = call_line_leaders(cb, t, w, side), opening_leaders(said, w) | met
                if ca.id in unnamed:
                    mine |= _other_party(mine, theirs)
                if len(mine & theirs) >= LEDE_LEADERS and (not other_meeting(said, t, w) or met & theirs):
                    out[(cb.id, ca.id) if flip else (ca.id, cb.id)] = LEDE_SCORE
    return out


def call_lines(claims: Sequence[Claim], terms_of: Mapping[str, Terms], w: Weights, side: frozenset[str]
                ) -> list[tuple[Claim, Terms]]:
    """An official text's claims that only say that the leaders spoke (naming the act: CALL_ACT), naming both (`side`:
    the text's own leader), each with the terms it says so in: the whole claim, what follows a frame of remarks
    (REMARKS_FRAME) up to the circumstances (_FRAME_END), or the text's first claim up to what the leaders spoke for
    (_PURPOSE: "President Biden spoke with President Ruto of Kenya today to thank him for ..."; only the first: any
    line of a readout taken so, read21 eight false links, kept22 six)."""
    out = []
    for c in claims:
        t = terms_of[c.id]
        chance = _CHANCE.search(c.text) if holds_any(c.text, _CHANCE_WORDS) else None
        if chance is not None:  # "had a chance this morning to speak by phone with"
            t = terms(c.text[:chance.start()] + c.text[chance.end():], w.acronyms)
        if not mention(t, w) and (told := _told_how(c.text, w)):
            t = t._replace(concepts=t.concepts - told)  # "I just had a lengthy and highly productive phone call with"
        source = _SOURCE_TAIL.search(c.text) if not mention(t, w) and holds_any(c.text, _SOURCE_WORDS) else None
        if source is not None:  # "..., Bertalan Havasi, the Prime Minister's press chief, told MTI"
            t = terms(c.text[:source.start()], w.acronyms)
        frame = remarks_frame(c.text) if not mention(t, w) else None
        if frame is not None:
            t = terms(text_opening(c.text[frame.end():], _FRAME_END), w.acronyms)
        elif c is claims[0] and not mention(t, w) and (purpose := _SPOKE_FOR.search(c.text)) is not None:
            t = terms(c.text[:purpose.start()], w.acronyms)  # its opening line, up to what the leaders spoke for
        if mention(t, w) and t.concepts & CALL_ACT and len(call_line_leaders(c, t, w, side)) >= LEDE_LEADERS:
            out.append((c, t))
    return out


def _told_how(text: str, w: Weights) -> frozenset[str]:
    """The concepts of the words that describe the call between its article and its noun (_DESCRIBED)."""
    if not holds_any(text, _DESCRIBED_WORDS):
        return frozenset()
    return frozenset(c for m in _DESCRIBED.finditer(text) for c in terms(m.group(1), w.acronyms).concepts)


def call_line_leaders(claim: Claim, t: Terms, w: Weights, side: frozenset[str]) -> frozenset[str]:
    """The countries of the leaders an official call line (`t`: the terms it says so in) names as having spoken: by
    name, its own leader by pronoun or title (`_own`), or both as "the two leaders" (`_both`)."""
    return leaders_named(t, w) | _own(claim, side) | _both(claim.text, w)


def _own_call_lines(claims: Sequence[Claim], terms_of: Mapping[str, Terms], w: Weights, doc: Document
                    ) -> dict[str, Terms]:
    """An official text's call lines that say more than that the leaders spoke (`call_lines`: its first line up to
    what they spoke about or the circumstances, a briefing's "chance to speak"), each with the terms that say so: the
    line reports the other text's call line (one that only says so is linked by its score)."""
    side = frozenset((doc.side,)) if doc.side else frozenset()
    return {c.id: t for c, t in call_lines(claims, terms_of, w, side) if not mention(terms_of[c.id], w)}


# An official line that says the leaders met or spoke and closes on who told it to whom, after a comma ("Prime Minister
# Viktor Orbán held a bilateral meeting with Vladimir Putin, the President of Russia, in Beijing on Tuesday, Bertalan
# Havasi, the Prime Minister's press chief, told MTI"): the source is how the line reached the press, not what was
# said, so the line is read up to it. The source runs over at most two commas (a name and its office), with no
# quotation in it, and its verb ends the sentence but for a few words (the agency, "on Tuesday").
_SOURCE_TAIL = re.compile(r",\s+(?:[^,;:\x22\u201c\u201d]{1,60},\s+){0,2}[^,;:\x22\u201c\u201d]{0,60}?\b(?:told|said)\b"
                          r"[^,;:\x22\u201c\u201d]{0,40}$", re.IGNORECASE)
# Every match of _SOURCE_TAIL holds one of these: a line that holds neither is not searched.
_SOURCE_WORDS = ("told", "said")


# A briefing gives the call as a chance its leader had ("The President had a chance this morning to speak by phone
# with President López Obrador of Mexico"): the chance is how the call is told, not what was said in it.
_CHANCE = re.compile(r"\b(?:a|the)\s+(?:chance|opportunity)\b(?=(?:\s+[\w'\u2019]+){0,3}?\s+to\s+(?:speak|talk)\b)",
                     re.IGNORECASE)
# Every match of _CHANCE holds one of these in some case: a claim that, made caseless (text.holds_any), holds neither is
# not searched (the pattern has no literal for re to skip to: 786 searches of official claims in a first analysis of
# corpus/, 2.3 ms replayed; of 1,328 in corpus/ and two read events, 14 claims hold one of the words, 2 match).
_CHANCE_WORDS = ("chance", "opportunity")


# An official line may give the call as the frame of its leader's remarks, its leader by pronoun and the caller as
# "the latter" ("He made the remarks when having a phone conversation with Russian President Vladimir Putin at the
# latter's request"): what follows the frame, up to the request, says that the leaders spoke. No outlet sentence
# says so in those words, and the frame's remarks and request leave the score nothing but names and the setting
# (the Xi-Putin call: one true link more, the Xi-Zelenskyy call one optional; every kept pool unchanged).
REMARKS_FRAME = re.compile(r"^\s*(He|She|[A-Z][\w-]*)\s+made\s+(?:the|these|his|her)\s+(?:remarks|comments)\s+"
                    r"(?:when|while|during)\s+")


def remarks_frame(text: str) -> re.Match[str] | None:
    """REMARKS_FRAME's match at the start of a claim, matched only in a claim holding "made" as written (the pattern's
    one word every frame holds, case-sensitive): readouts asks it of every claim of two readouts' texts."""
    return REMARKS_FRAME.match(text) if "made" in text else None


# ... and the circumstances of such a call go on from a request, as from the lede's other circumstances.
_FRAME_END = LazyPattern(LEDE_END.pattern + r"|\s+at\s+the\s+(?:latter|former)['\u2019]s\s+request\b|"
                        r"\s+at\s+the\s+request\s+of\b")


# An official line that has its leader talk with "his ... counterpart" ("He made the remarks while talking to his
# Ukrainian counterpart, Volodymyr Zelensky, over phone") names its own leader by pronoun: he spoke too. Any official
# line counting its text's side as named: kept17 0.773 -> 0.771, kept11 0.777 -> 0.775 (false ledes on the side's
# other lines).
_COUNTERPART = re.compile(r"\bhis\s+(?:[\w-]+\s+)?counterpart\b", re.IGNORECASE)
# ... and so does a line opening on "The President" alone, as an official text names its own leader (the briefing's
# "The President had a chance this morning to speak by phone with President López Obrador of Mexico"), or on another
# office alone ("The Prime Minister spoke to President Xi Jinping of China this morning"), or in the first person ("I
# spoke with President Andrzej Duda of Poland to ...", a leader's post). Helper links81: read37 ten true links more,
# none false (with `call_mentions._with_another`).
_THE_PRESIDENT = re.compile(r"^\W*(?:The\s+(?:President|Prime\s+Minister|Chancellor|Premier)\s+(?![A-Z])|"
                            r"(?:(?:Today|Tonight|Yesterday|This\s+(?:morning|afternoon|evening)),?\s+)?"
                            r"(?:I|We)\s+(?:have\s+)?(?:just\s+)?(?:spoke|talked|had|held)\b)")


def _own(claim: Claim, side: frozenset[str]) -> frozenset[str]:
    """An official text's own leader, when its line names him by pronoun beside "his ... counterpart" or as the one
    whose remarks it frames ("He made the remarks when ..."), or opens on "The President" alone."""
    frame = remarks_frame(claim.text)
    own = _COUNTERPART.search(claim.text) or (frame and frame.group(1) in ("He", "She"))
    return side if own or _THE_PRESIDENT.match(claim.text) else frozenset()


# An official line that says "the two leaders" (or "both leaders") spoke names the two leaders of its call: "The two
# leaders had a telephone conversation on Tuesday evening" is the Kenyan readout's call line.
_BOTH_LEADERS = re.compile(r"^\W*(?:the\s+two|both)\s+leaders\b", re.IGNORECASE)


def _both(text: str, w: Weights) -> frozenset[str]:
    """The countries of every leader of the folder when an official line opens on "the two leaders", else none."""
    return frozenset(w.leaders.values()) if _BOTH_LEADERS.match(text) else frozenset()


def _met(text: str, w: Weights) -> frozenset[str]:
    """The countries of the leaders an outlet's opening names by "his <adjective> counterpart" or by title and country
    alone ("the President of the United States spoke by phone with the Italian Prime Minister, Giorgia Meloni, whom
    he has also invited ...": the Biden-Meloni call's required lede, read38 one true link more, no false one)."""
    return counterpart_countries(text) | titled_leaders(text_opening(text, LEDE_END), w)


def _reporting(doc_pairs: Sequence[DocPair]) -> list[tuple[Document, Document, bool]]:
    """The pairs of a text whose opening may say that the leaders spoke and an official text that may only say so: an
    outlet and an official text, and two sides' readouts either way round (`flip`: the pair's order turned, so that
    a link keeps the order of the documents' pair)."""
    return [(a, b, flip) for p, q in doc_pairs if q.is_official
            for a, b, flip in (((p, q, False), (q, p, True)) if p.is_official else ((p, q, False),))]


def _other_party(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """The leader an unnamed "I" is, for an official line naming the two who spoke (`theirs`): the one of them the
    opening does not name, when it names the other alone ("I had a call with US President Joe Biden" / "President
    of Ukraine Volodymyr Zelenskyy had a phone call with President of the United States Joseph Biden"): whoever says
    "I spoke with him" is the one he spoke with."""
    return theirs - mine if len(mine) == 1 and mine < theirs and len(theirs) == LEDE_LEADERS else frozenset()


# An opening that says how often the leaders meet or speak ("Orban has met Putin annually, signing deals with ...",
# "The two leaders speak regularly") tells their meetings in general, not this one: no lede, and no call mention
# (call_mentions; helper links102: read49 one false link fewer, every other gold's links unchanged).
HABIT = re.compile(r"\b(?:annually|regularly|repeatedly|frequently|often|routinely|every\s+year|"
                    r"(?:several|many|numerous)\s+times)\b", re.IGNORECASE)


def _lede(claim: Claim, t: Terms, w: Weights, end: re.Pattern[str] = LEDE_END) -> Terms | None:
    """The terms of a claim's opening when it only says that the leaders spoke and the whole claim says more (a
    claim that only says so is linked by its score); else None."""
    if mention(t, w):
        return None
    opening, spoke = spoken_opening(claim.text, end)
    if spoke is None:
        spoke = says_anyone_spoke(opening)
    # "The Kremlin is satisfied with the talks between ..." judges the call: the tone links take it
    if not spoke or judged(opening) or HABIT.search(opening):
        return None
    opening = in_person(opening, claim.text)
    lede = terms(opening, w.acronyms)
    described = frozenset(c for m in (*_DESCRIBED.finditer(opening), *_SAYS_HE.finditer(opening))
                          for c in terms(m.group(1) if m.re is _DESCRIBED else m.group(), w.acronyms).concepts)
    plain = lede._replace(concepts=lede.concepts - EPITHETS - described)
    return lede if mention(lede, w) or mention(plain, w) else None
