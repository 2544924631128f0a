"""An outlet sentence that tells the call took place, left unlinked or its lede, linked to the official call lines."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.text import holds_any
from readout_viewer.core.linking.call_partners import with_partners
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.ledes import HABIT, LEDE_LEADERS, LEDE_SCORE, call_line_leaders, call_lines
from readout_viewer.core.linking.mentions import MEETING
from readout_viewer.core.linking.openings import LEDE_END, counterpart_countries, opening_leaders, text_opening
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import leaders_named, other_meeting
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.linking.titled import titled_leaders as _titled
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim, Document

# A sentence tells that the call took place when its own clause places itself in a call ("in a phone call with",
# "during their first phone call", "in a half-hour phone conversation held ...") or says the leaders spoke by phone or
# held a call: a call the sentence brings in, this one, not one referred back to ("The phone conversation between the
# two leaders lasted ...", "The last call between the two leaders was in July 2022", "During their conversation, the
# two leaders also reviewed ...", "his second phone call this month": what was done in a call already told), nor a
# call it times something against ("following a phone conversation with ...", "after a 30-minute telephone
# conversation"). One leader's first call is brought in as theirs is ("US President Joe Biden held his first call with
# Abu Dhabi Crown Prince Mohammed bin Zayed on Tuesday": read36 one true link more, every kept pool unchanged). A
# leader who got, received or took a call was in it ("the president-elect got a call from Washington"), and a sentence
# that opens on a first call between the two, with no verb, tells it as a headline does ("First phone call (after the
# Wagner uprising) between the president of the United States Joe Biden and the premier Giorgia Meloni"; helper
# links80: read37 one true link each, every kept pool unchanged).
_BROUGHT_IN = r"(?:an?|(?:their|his|her)\s+first)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:call|conversation|talks)\b"
_THE_CALL = re.compile(rf"\b(?:in|during|over|held|had|got|received|took)\s+{_BROUGHT_IN}|"
                       r"^\W*first\s+(?:[\w-]+\s+){0,2}?(?:call|conversation|talks)\s+(?:\([^)]*\)\s+)?between\b|"
                       r"\b(?:spoke|talked)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b", re.IGNORECASE)
# ... or says a leader spoke with or to the other, or held talks with him, whom the words right after it name ("US
# President Joe Biden spoke with Polish President Andrzej Duda about reports of ...", "Modi on Tuesday talked to UK PM
# Rishi Sunak about ...", "Rishi Sunak held further talks with Indian Prime Minister Narendra Modi over ...",
# "Zelenskyy confirmed he spoke with Xi in what was their first phone conversation"): not one who "spoke with leaders of
# other major U.S. allies", nor "While Ramaphosa spoke to Trump mainly about the ... tariffs, Ramaphosa and Putin spoke
# ..." against a line of the Ramaphosa-Putin call (the leaders counted are the one before the verb and the one after).
# A meeting is told the same way ("Russian President Vladimir Putin on October 17 met Hungarian Prime Minister Viktor
# Orban on the sidelines of ...", "President Joko Widodo ... held a meeting with US President Joe Biden"; helper
# links102: read49 four true links more, none false; the old folder's and kept pools' links unchanged with _MET).
_SPOKE_WITH = re.compile(r"\b(?:(?:spoke|talked)\s+(?:with|to)|met(?:\s+with)?|"
                         r"(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting)\s+with)\s+"
                         r"((?:[\w.'\u2019-]+\s+){0,4}[\w.'\u2019-]+)", re.IGNORECASE)
# Every match of _THE_CALL holds one of _CALL_WORDS in some case ("call", "conversation" or "talks" in its first two
# forms, "phone" in its third), and every match of _SPOKE_WITH one of _SPOKE_WORDS: a sentence that, made caseless
# (text.holds_any: the letters re.IGNORECASE takes for ASCII ones made those), holds none is not searched. Neither
# pattern has a literal for re to skip to, so each was tried at every character of every outlet claim asked (559
# searches of _THE_CALL in a first analysis of corpus/, 19 of its 203 ms of pattern searching, replayed).
_CALL_WORDS = ("call", "conversation", "talks", "phone")
_SPOKE_WORDS = ("spoke", "talked", "talks", "met", "meeting")
# A leader who met the other, or held a meeting with him, says the meeting took place: it reports only an official
# line that names a meeting too (mentions.MEETING), never a call line ("In June, PM Modi met Joe Biden on the sidelines
# of the G7 summit", "The call comes just weeks after President Biden met face-to-face with ...": an earlier meeting).
_MET = re.compile(r"met\b|(?:held|had)\s+(?:[\w-]+\s+){0,2}?meeting\b", re.IGNORECASE)
# ... unless what comes before it reports words a leader said or wrote in the call ("Putin told US President Joe Biden
# during a telephone conversation", "..., Zelenskyy has said on a Telegram channel", "..., the Chinese Foreign Ministry
# quotes the words of the Chinese leader during a conversation with ..."): the sentence's point is the words, which the
# content passes link or the omissions list.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|quoted|quotes)\b", re.IGNORECASE)
# An outlet's first sentence that says its leaders held the call ("Polish President Andrzej Duda had a telephone
# conversation with ... and US President Joe Biden", "Zelenskyy held a telephone conversation with US President Joe
# Biden ...") reports the call lines also when a content pass linked what it goes on to. Census (dev, the old folder,
# the 29 readable events; helper links57, docs/engine-history.md Round 35): of the outlet sentences linked to content
# but not to a call line that bring in the call with both leaders, the gold links to a call line first sentences so
# worded 3 times and lists 3 optional, 0 against; first sentences that place their content in the call ("Biden called
# for a de-escalation ... during a telephone conversation with ...", "issued a warning in a call to") 1 and 5 optional
# against 7: their point is what was said; later sentences 1 and 8 optional against 6.
_HELD = re.compile(r"(?:held|had|spoke|talked|met)\b", re.IGNORECASE)
# ... and names both its leaders, by name or as "the two leaders" ("a telephone conversation between the two leaders
# on Monday").
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state)\b",
                      re.IGNORECASE)


def call_mentions(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                  ) -> dict[tuple[str, str], float]:
    """Each outlet claim that every pass before left linked to no official claim, or that is its text's lede saying
    the leaders held the call (`_held_lede`), and that names the call and both its leaders (`_who_spoke`), with the
    official call lines of its event that name the same leaders (`ledes.call_lines`): whatever else the sentence
    says, it reports that the call took place, which those lines say."""
    context = with_partners(pairs, context)  # a leader spoken with whom the folder's table lacks
    linked = {c for pair in kept for c in pair}
    lines_of: dict[str, list[tuple[Claim, frozenset[str]]]] = {}
    # an outlet's lede and each claim's leaders read once, not once for each official text it is paired with
    ledes: dict[str, Claim | None] = {}
    spoke: dict[str, frozenset[str]] = {}
    met: dict[str, bool] = {}  # whether a claim's act is a meeting (_met), read once too
    out: dict[tuple[str, str], float] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        if pair.b.id not in lines_of:
            lines_of[pair.b.id] = _lines(pair.b, context)
        if pair.a.id not in ledes:
            ledes[pair.a.id] = _held_lede(context.claims_of.get(pair.a.id, ()), context.w)
        lede = ledes[pair.a.id]
        for ca in context.claims_of.get(pair.a.id, ()) if lines_of[pair.b.id] else ():
            if ca.id in linked and ca is not lede:
                mine: frozenset[str] = frozenset()
            elif ca.id in spoke:
                mine = spoke[ca.id]
            else:
                mine = spoke[ca.id] = _who_spoke(ca, context)
            if len(mine) >= LEDE_LEADERS and ca.id not in met:
                met[ca.id] = _met(ca.text, context.w)
            for cb, theirs in lines_of[pair.b.id] if len(mine) >= LEDE_LEADERS else ():
                if (ca.id, cb.id) in kept or (met[ca.id] and MEETING not in context.terms[cb.id].concepts):
                    continue
                if len(mine & theirs) >= LEDE_LEADERS and not other_meeting(context.terms[ca.id], context.terms[cb.id],
                                                                            context.w):
                    out[(ca.id, cb.id)] = LEDE_SCORE
    return out


def _held_lede(claims: Sequence[Claim], w: Weights) -> Claim | None:
    """An outlet's first claim when it says the leaders held the call (_THE_CALL, held or spoken: _HELD; or one spoke
    with the other: _SPOKE_WITH), else None."""
    call = _call_in(claims[0].text, w) if claims else None
    return claims[0] if call is not None and _HELD.match(call.group()) else None


def _lines(doc: Document, context: Context) -> list[tuple[Claim, frozenset[str]]]:
    """An official text's call lines, each with the leaders it names as having spoken."""
    side = frozenset((doc.side,)) if doc.side else frozenset()
    return [(c, call_line_leaders(c, t, context.w, side))
            for c, t in call_lines(context.claims_of.get(doc.id, ()), context.terms, context.w, side)]


def _who_spoke(claim: Claim, context: Context) -> frozenset[str]:
    """The countries of the leaders an outlet claim names as having spoken in the call it names; none when it names
    no call (_call_in)."""
    call = _call_in(claim.text, context.w)
    head = claim.text[:call.start()] if call is not None else ""
    if call is None or _SAID_BEFORE.search(head) or not _held_by_leaders(head, context.w) or \
            _with_another(claim.text[call.end():], context.w) or HABIT.search(text_opening(claim.text, LEDE_END)):
        return frozenset()
    if call.re is _SPOKE_WITH:  # who spoke and who was spoken with, not every leader the sentence names
        w = context.w
        return opening_leaders(terms(head, w.acronyms), w) | opening_leaders(terms(call.group(1), w.acronyms), w)
    if _THE_TWO.search(claim.text):
        return frozenset(context.w.leaders.values())
    return leaders_named(context.terms[claim.id], context.w) | counterpart_countries(claim.text) | \
        _titled(claim.text, context.w)


def _call_in(text: str, w: Weights) -> re.Match[str] | None:
    """Where a sentence brings in the call (_THE_CALL) or, failing that, says a leader spoke with another leader of the
    event, named right after the verb (_SPOKE_WITH)."""
    call = _THE_CALL.search(text) if holds_any(text, _CALL_WORDS) else None
    if call is not None or not holds_any(text, _SPOKE_WORDS):
        return call
    return next((m for m in _SPOKE_WITH.finditer(text) if opening_leaders(terms(m.group(1), w.acronyms), w)), None)


def _met(text: str, w: Weights) -> bool:
    """Whether the sentence's act is a meeting ("met with", "held a meeting with": _MET), not a call."""
    call = _call_in(text, w)
    return call is not None and _MET.match(call.group()) is not None


def _held_by_leaders(head: str, w: Weights) -> bool:
    """Whether what comes before a sentence's call (`head`) opens it ("During a phone call, ...") or names a leader of
    the event as its subject, who held it: "U.S. Secretary of State Antony Blinken held a conversation with ..." tells
    another call."""
    return not head.strip() or bool(_THE_TWO.search(head)) or bool(opening_leaders(terms(head, w.acronyms), w)) or \
        bool(_titled(head, w))


# Those a call is held with, named right after it up to the clause's end ("Biden also spoke by phone with NATO
# Secretary General Jens Stoltenberg", "... a telephone conversation with NATO Secretary General Jens Stoltenberg and US
# Vice President Joe Biden in connection with ...").
_WITH_WHOM = re.compile(r"^\s*with\s+(.{1,100}?)(?:[,;:]|(?<!\b[A-Z])\.(?=\s|$)|$)")


def _with_another(rest: str, w: Weights) -> bool:
    """Whether the words after a sentence's call (`rest`) say it was held with someone who is no leader of the event,
    by name, title or "counterpart": the sentence tells another call ("Right after talking to Duda, Biden also spoke
    by phone with NATO Secretary General Jens Stoltenberg")."""
    m = _WITH_WHOM.match(rest)
    if m is None:
        return False
    who = m.group(1)
    return not (leaders_named(terms(who, w.acronyms), w) or counterpart_countries(f"his {who}") or _titled(who, w)
                or _THE_TWO.search(who) or not who[:1].isupper())
