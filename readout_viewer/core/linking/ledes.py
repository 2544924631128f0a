"""An outlet sentence that opens by saying the leaders spoke, linked to the official lines that only say so."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.language.tone import judged
from readout_viewer.core.linking.mentions import DocPair
from readout_viewer.core.linking.similarity import leaders_named, mention, other_meeting
from readout_viewer.core.linking.terms import Terms, terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim, Document

# A link between an outlet sentence that opens by saying the call took place ("US President Joe Biden spoke on the
# phone with Chinese President Xi Jinping on Tuesday, their first conversation since ...") and an official claim
# that only says so ("President Joseph R. Biden, Jr. spoke today with President Xi Jinping"): as the last meeting's.
LEDE_SCORE = 0.4
# Where the opening of such a sentence ends: its first comma, semicolon or dash, or a word that goes on to the
# circumstances ("amid growing concern", "as tensions rise", "after weeks of ...", "in which they ...", "for the first
# time since Mr. Biden was sworn into office": the Biden-Netanyahu event one true link more, kept11 one, kept14 two).
_LEDE_END = re.compile(r"[,;:\u2014]|\s(?:amid|as|after|while|since|for\s+the\s+first\s+time|in\s+which|during\s+which|"
                       r"to\s+discuss)\s")
# A phrase of setting before a comma, and the opening after it ("Taking a step towards the direction of stronger
# cooperation, Prime Minister of the United Kingdom Rishi Sunak had a phone call with ...").
_SETTING = re.compile(r"[^,;:\u2014]{3,60},\s+")
# Words that describe a leader in an opening, not what was said: "Japan's newly elected prime minister Fumio Kishida
# spoke with his Chinese counterpart Xi Jinping" (the Kishida-Xi event one true link more, every other gold unchanged;
# with "first" too, "their first telephonic conversation", kept11 two false links more).
EPITHETS = frozenset(concept(w) for w in ("new", "newly", "elected", "appointed"))
# A dateline before the story ("New Delhi: ...", "Tokyo [Japan], October 8 (ANI): ..."): no part of the opening (the
# Kishida-Xi event one true link more, every other gold unchanged; links12 measured it before the lede rules of round
# 26 and nothing moved).
_DATELINE = re.compile(r"[A-Z][^:.!?\u201c\u201d\"]{0,60}:\s+(?=[A-Z])")
# A readout's opening says that the leaders spoke up to what they spoke for ("President Biden spoke today with
# President Zelenskyy of Ukraine to underscore ..."): it reports the other side's line that only says so.
_PURPOSE = re.compile(r"\sto\s+(?!(?:the|a|an|his|her|their|him|them|its|our|one|each)\s)(?=[a-z]+\s)")
# ... and the names of at least this many leaders of the event it shares with the official claim: who spoke.
LEDE_LEADERS = 2
# An opening that says the leaders spoke says so by a verb ("spoke", "held a call", "met"; one leader "called",
# "phoned" or "rang" the other, not "called on" or "called for" anything, or "received a call" from the other: "Prime
# Minister Narendra Modi on Monday received a call from US President Joe Biden") or opens on the conversation, named
# by a word that names a call (lexicon.CALL_NOUN_WORDS: "In a telephonic conversation between ..."). "He added that
# Putin told Biden that Russia would act" reports what was said; "The Kremlin is satisfied with the talks between ..."
# and "China welcomed a virtual meeting between ..." react to the call. "Had" before "been", "not", "never", "yet" or
# "already" is an auxiliary, no call held ("Biden had been holding off calling Netanyahu": one false link fewer).
_SPOKE = re.compile(r"\b(?:spoke|speaks|talked|met|meets|held|had(?!\s+(?:been|not|never|yet|already)\b)|phoned|"
                    r"(?:called|rang)(?!\s+(?:on|upon|for|off|up|out|in)\b))\b|"
                    rf"\breceived\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{CALL_NOUN_WORDS})\b|"
                    r"^\W*(?:in|during|over)\s+(?:a|an|the|their)\s+"
                    rf"(?:[\w\-]+\s+){{0,3}}?(?:{CALL_NOUN_WORDS})\b", re.IGNORECASE)
# A word every match of _SPOKE holds, as text.caseless() writes it (a verb's, or a call noun's of CALL_NOUN_WORDS:
# "talk" for "talked" and "talks", "meet" for "meets" and "meeting", "call" for "called" and "phone call"): _SPOKE is
# searched only in an opening holding one. corpus/: 133 of 679 openings pass, 26 match; 5.4 -> 3.4 ms replayed.
_SPOKE_WORDS = ("spoke", "speaks", "talk", "met", "meet", "held", "had", "phoned", "call", "rang", "received",
                "conversation", "exchange", "summit", "discussion", "videoconference", "video conference")


def lede_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]], terms_of: Mapping[str, Terms],
               w: Weights) -> dict[tuple[str, str], float]:
    """An outlet claim (or a readout's, up to what the leaders spoke for) whose opening only says that the leaders
    spoke reports the official claims that only say so, when they name the same leaders: the rest of the sentence (the
    circumstances, what came before) leaves the score too little in common with a readout's opening line to link
    them."""
    out: dict[tuple[str, str], float] = {}
    ledes: dict[str, Terms | None] = {}  # an outlet claim's opening, read once however many official texts it meets
    openings_of: dict[str, list[Claim]] = {}  # an official text's claims that only say the leaders spoke
    for a, b, flip in _reporting(doc_pairs):
        if b.id not in openings_of:
            openings_of[b.id] = [c for c in claims_of.get(b.id, ()) if mention(terms_of[c.id], w)
                                 and len(leaders_named(terms_of[c.id], w)) >= LEDE_LEADERS]
        openings = openings_of[b.id]
        for ca in claims_of.get(a.id, ()) if openings else ():
            if ca.id not in ledes:
                ledes[ca.id] = _lede(ca, terms_of[ca.id], w, _PURPOSE if a.is_official else _LEDE_END)
            lede = ledes[ca.id]
            if lede is None:
                continue
            for cb in openings:
                t = terms_of[cb.id]
                if len(_leaders(lede, w) & leaders_named(t, w)) >= LEDE_LEADERS and not other_meeting(lede, t, w):
                    out[(cb.id, ca.id) if flip else (ca.id, cb.id)] = LEDE_SCORE
    return out


def opening(claim: Claim) -> Claim:
    """An outlet's claim read as its opening, up to where it goes on to the circumstances (_LEDE_END): what its lede
    link reports, that the leaders spoke, whose relation is judged on that alone ("spoke on the phone on Wednesday,
    nearly a month after Biden entered office" gives no figure the readout's line lacks)."""
    return replace(claim, text=_opening(claim.text, _LEDE_END))


def _opening(text: str, end: re.Pattern[str]) -> str:
    """A sentence's opening, up to `end`; after a phrase of setting (_SETTING) when the part before its comma does
    not say that anyone spoke."""
    return _spoken_opening(text, end)[0]


def _spoken_opening(text: str, end: re.Pattern[str]) -> tuple[str, bool | None]:
    """_opening's text, and whether it says that anyone spoke (_SPOKE) when that was already asked of it (None when
    not): `_lede` asks it of every opening, and the opening without a setting is the text _opening searched."""
    dateline = _DATELINE.match(text)
    if dateline is not None:
        return _spoken_opening(text[dateline.end():], end)
    cut = end.search(text)
    opening = text[:cut.start()] if cut else text
    spoke = _spoke(opening)
    setting = _SETTING.match(text) if not spoke else None
    if setting is None:
        return opening, spoke
    cut = end.search(text, setting.end())
    return text[setting.end():cut.start() if cut else len(text)], None


def _spoke(opening: str) -> bool:
    """Whether an opening says that anyone spoke (_SPOKE), searched only when it holds one of _SPOKE_WORDS."""
    return holds_any(opening, _SPOKE_WORDS) and _SPOKE.search(opening) is not None


def _reporting(doc_pairs: Sequence[DocPair]) -> list[tuple[Document, Document, bool]]:
    """The pairs of a text whose opening may say that the leaders spoke and an official text that may only say so: an
    outlet and an official text, and two sides' readouts either way round (`flip`: the pair's order turned, so that
    a link keeps the order of the documents' pair)."""
    return [(a, b, flip) for p, q in doc_pairs if q.is_official
            for a, b, flip in (((p, q, False), (q, p, True)) if p.is_official else ((p, q, False),))]


def _leaders(t: Terms, w: Weights) -> frozenset[str]:
    """The countries of the leaders an opening names, its first word among them ("Biden called Russian President
    Vladimir Putin on Tuesday"): a sentence's first word is a name in its terms only when a capitalised word follows it,
    but an opening that says the leaders spoke is about them, and a word written in lower case inside it
    (`Terms.plain`) is none."""
    return frozenset(w.leaders[c] for c in t.concepts - t.plain if c in w.leaders)


def _lede(claim: Claim, t: Terms, w: Weights, end: re.Pattern[str] = _LEDE_END) -> Terms | None:
    """The terms of a claim's opening when it only says that the leaders spoke and the whole claim says more (a
    claim that only says so is linked by its score); else None."""
    if mention(t, w):
        return None
    opening, spoke = _spoken_opening(claim.text, end)
    if spoke is None:
        spoke = _spoke(opening)
    # "The Kremlin is satisfied with the talks between ..." judges the call: the tone links take it
    if not spoke or judged(opening):
        return None
    lede = terms(opening, w.acronyms)
    plain = lede._replace(concepts=lede.concepts - EPITHETS)
    return lede if mention(lede, w) or mention(plain, w) else None



def says_anyone_spoke(clause: str) -> bool:
    """Whether a clause says that anyone spoke ("President Joseph R. Biden, Jr. spoke today with Prime Minister
    Narendra Modi of India"), as a lede's opening does (_SPOKE): the omissions read a sentence that opens so as one
    point (omissions.companions)."""
    return _spoke(clause)
