"""What of a claim is compared: its reported part (no frame, attribution, call mention) and a long claim's pieces."""

from __future__ import annotations

import re
from functools import lru_cache

from readout_viewer.core.language.clauses import clauses as clause_spans
from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.reports import PARTICIPLE_OPENING
from readout_viewer.core.language.text import tokens

# A frame of a dozen words or fewer ending in a verb of saying or being and "that".
# A verb of telling someone ("told his counterpart that", "assured the minister that") frames it the same way.
_FRAME = re.compile(r"^(?:\S+\s+){0,12}?(?:(?:is|was|are|were|said|says|noted|stressed|reported|added|believes|"
                    r"argued|claimed|thinks|seems|appears)|(?:told|tells|assured|informed|reminded|warned)"
                    r"(?:\s+\S+){1,4}?)\s+that\s+", re.I)


# A leading attribution of a few words before a comma ("According to a Kremlin statement on Sunday, Putin had called
# for ...", "According to a statement by Chinese Foreign Ministry on Friday, Xi made the remarks while speaking with
# ..."): who says it, not what is said, as the trailing one below; its words (a statement, a ministry, media) only
# thinned the sentence's score against the official line it reports. read21 link F1 0.8709 -> 0.8716 (916 -> 918 of
# 1117, 1181/1272 -> 1183/1275: the Macron-Putin and Starmer-Xi calls one true link each, the Modi-Putin call one false
# link at 0.353 from the folder's weights moved), dev and old unchanged.
_LEAD = re.compile(r"according\s+to\s+[^,;\"\u201c\u201d]{1,60},\s+", re.I)


# A trailing attribution of a few words after the last comma (", the Kremlin press service said on Friday.",
# ", according to the statement.", ", it said."): who says it, not what is said.
_TAIL = re.compile(r",\s+(?:according\s+to\s+[^,;]{1,60}|(?:[^,;\"\u201c\u201d]{1,50}\s)?(?:said|says|added|noted|"
                   r"reported|stated|announced|wrote|adds|notes|understands|learned|learnt)"
                   r"(?:\s[^,;\"\u201c\u201d]{0,50})?)[.!]?[\"'\u201d\u2019]?\s*$",
                   re.I)


# A mention of the call that frames a statement ("during a lengthy call", "in their phone conversation on
# Wednesday", "on the call", "after his call with ..."): it says when the thing was said, not what; left out when
# what remains holds at least CALL_FREE_CONCEPTS content concepts (a claim that is only a call mention keeps it: it
# reports the call). "after" / "following": fifteen events, one false link fewer, no true one lost. "video conference"
# in two words as in one ("during a nearly two-hour video conference"): read9 one false link fewer, kept11 unchanged.
_CALL_MENTION = re.compile(r"\b(?:during|in|on|over|at|via|after|following)\s+"
                           r"(?:a|an|the|their|his|her|its|this|that|today's|"
                           r"wednesday's|tuesday's|monday's|thursday's|friday's)?\s*(?:[\w\-]+\s+){0,3}?"
                           r"(?:phone|telephone|video|virtual)?\s*(?:call|conversation|talks|video\s?conference|chat)"
                           r"(?:\s+(?:on|with)\s+(?-i:[A-Z][\w\-]*\s+){1,3})?\b", re.IGNORECASE)  # names: capitals only
CALL_FREE_CONCEPTS = 4
# Every match of _CALL_MENTION holds one of these, in any case (of "call", "conversation", "talks",
# "video conference", "chat"): a text whose lower case holds none of them is not searched, as most claims are not
# (the search tried the eight prepositions at every word: 9 ms of a first analysis of corpus/). None of them holds an
# "i" or an "s", for which re.IGNORECASE also takes "ı" and "ſ", letters lower() leaves as they are. The frame before
# a reported statement (_FRAME) is looked for only in a text that holds "that", as each frame ends in it.
_CALL_WORDS = ("call", "conv", "talk", "conference", "chat")
# A claim with this many content concepts is long enough to carry a report among other things; each piece
# must keep PIECE_MIN of them to be scored alone: four, so that a second predicate's short object stands ("it upholds
# the one-China policy and wants to ..."); with five, the piece cut before "and wants" dropped that half (below).
PIECES_FROM = 12
PIECE_MIN = 4
# Where a long claim's pieces part: a semicolon or colon, a comma before a relative or a conjunction of contrast,
# before "and" with a new subject ("..., and we will begin by calling Zelenskyy") or a second verb of the same one
# ("..., and began with Trump announcing ...", the verb kept), before "followed by", or before "and" with a verb of
# saying ("congratulated him on the holiday and remarked that ..."), or before a clause of condition or time with no
# comma ("will quickly provide new packages as soon as the Senate passes the supplemental"), or before "and" with a
# second verb of the same subject and its object, no comma ("it upholds the one-China policy and wants to manage
# competition"; a verb in -s or -ed, then "to", an article or a possessive: "the tariffs and quotas with ..." stays
# whole), or before ", including" (a case of what the sentence says, which an official text may tell alone: "discussed
# the ongoing Russian strikes against civilians, including the afternoon attack on the Kharkiv TV tower" / "today's
# attack on Kharkiv resulting in the destruction of the TV tower"; read9 0.822 -> 0.823, 413 -> 414 of 541, 511/574 ->
# 513/577; kept11 0.7705 -> 0.772, 465 -> 466, 631/730 -> 632/731; with PIECE_MIN 5 it moved nothing, round 16):
# either part may be reported. A relative after a preposition parts a sentence as a relative does (", during which they
# discussed a potential cease-fire": with counterparts.other_parts, read15 link F1 0.8554 -> 0.8561, 638 -> 639 of 794;
# every kept-out pool, dev and old unchanged; round 29). The "and" cut, with PIECE_MIN 4: read9 link F1 0.820 -> 0.822
# (412 -> 413 of 541, 510/574 -> 511/574), kept11 0.7700 -> 0.7705 (464 -> 465 of 669, 630/728 -> 631/730); each alone
# gained no readable link, and PIECE_MIN 4 alone one false kept-out link.
# Before "while" and a verb in -ing with no comma, a second act of the same subject ("gave a fundamental assessment of
# the situation around Ukraine while confirming the openness of the Russian side to dialogue"): with
# outlet_passes.CONTAINED_CONTENT, read35 one true link more (links71).
# The cuts that open on ",\s+" and those that open on "\s+" are each one alternative whose inner alternatives all open
# on a letter (or "including"), so the spaces are read once at a comma or a space, not once for each cut: the same
# matches (tests/core/linking/test_pieces_pattern.py), 3.5 -> 1.9 ms of a first analysis of corpus/ replayed.
_PIECES = re.compile(r"[;:]|,\s+(?:(?=including\s)|"
                     r"(?:(?:during|in|to|at|after|from|through)\s+which|which|who|while|although|whereas|but|as|"
                     r"since|even though|followed\s+by|"
                     r"and\s+(?:we|he|she|they|i|it)(?=\s)|and\s+(?=(?:[a-z]+ed|began|said|told|made|gave|spoke|took)\s))\b)|"
                     r"\s+(?:(?:whereas|although|as\s+soon\s+as|once|until|unless|provided\s+that)\s+|while\s+(?=[a-z]+ing\s)|and\s+(?=[\"\u201c]?(?:remarked|said|noted|added|stressed|stated|told|warned|"
                     r"made\s+(?:it\s+)?clear)\s)|"
                     r"and\s+(?=(?:[a-z]+(?:ed|s)|began|said|told|made|gave|spoke|took)\s+"
                     r"(?:to|the|a|an|that|its|their|his|her|our)\s))")


# A claim's reported part is asked for again by the stages after the weights' (its pieces, the nearest statement, the
# call's length, the anchored rest): 214 of a first analysis of corpus/'s 851 calls. The answer is a pure function of
# the text; the memo is bounded as the linking's terms are (terms.TERMS_CACHE).
REPORTED_CACHE = 1 << 14


@lru_cache(maxsize=REPORTED_CACHE)
def reported(text: str) -> str:
    """The reported part of a claim: what follows a leading attribution ("According to a Kremlin statement, ") and a
    short frame ending in "that" ("It should be noted that", "The only thing that inspires optimism is that",
    "Ushakov said that"), without a trailing attribution
    (", the Kremlin press service said.", ", according to the statement.") and without a mention of the call
    that only says when it was said ("agreed during a lengthy call to a pause" reports the pause)."""
    lead = _LEAD.match(text) if text[:1] in ("A", "a") else None  # a leading attribution opens on "according"
    text = text[lead.end():] if lead else text
    m = _FRAME.match(text) if "that" in text.lower() else None  # every frame ends in "that" (see _CALL_WORDS)
    text = text[m.end():] if m else text
    tail = _TAIL.search(text)
    text = text[:tail.start()] if tail and tail.start() > 0 else text
    lowered = text.lower()
    if not any(word in lowered for word in _CALL_WORDS) or not _CALL_MENTION.search(text):
        return text
    bare = _CALL_MENTION.sub(" ", text)
    content = {t.norm for t in tokens(bare) if t.norm not in STOPWORDS}
    return bare if len(content) >= CALL_FREE_CONCEPTS else text


# Where a transcript's long sentence parts besides _PIECES: at a dash, or a comma before "and" or "so". A briefer's
# answer runs several points together ("And those costs include economic costs, include adjustments ... of NATO force
# posture ..., and include additional assistance to Ukraine ..."), and an outlet reports one of them (seventeen
# events: link recall 730 -> 731 of 1014, precision 0.864 -> 0.865). Not in written sentences: there a dash parted
# a CGTN sentence into false links on the dev gold (round 13).
_SPOKEN = re.compile(r"\s+[\u2014\u2013]\s+|\s+--\s+|,\s+(?:and|so)\s+")


# Where a long outlet sentence parts further when its pieces are scored alone (`counterparts._clauses`, not the pieces
# every claim is compared by): before a clause of its own verb that tells a second statement of the call, an absolute
# clause of the leaders after a comma (", both agreeing on concluding the free trade agreement talks at the earliest",
# ", with the latter urging peace") or a second act after "as well as" ("talked about strengthening the partnership as
# well as inking the free trade agreement"). Round 31 (links36): read21 link F1 0.8666 -> 0.8672 (908 -> 909 of
# 1,117, 1,160/1,250 -> 1,163/1,253: one true link, two optional), every kept-out pool, dev and old unchanged. Not
# ", with <name> <verb>-ing" (a dev false link, as in round 29), not "as well as" before a noun (two false links
# on a preview of the call), not a purpose clause ("in order to ...": read21 unchanged).
_CLAUSES = re.compile(r",\s+(?=(?:with\s+)?(?:both|each|the\s+latter|the\s+former|the\s+two\s+\w+|both\s+\w+)"
                      r"\s+[a-z]+ing\s)|\s+as\s+well\s+as\s+(?=[a-z]+ing\s)")


def pieces_alone(text: str) -> list[str]:
    """The pieces of a long outlet sentence scored on their own: its `parts`, each parted again before an absolute
    clause of the leaders or a second act after "as well as" (`_CLAUSES`); none when it has one piece."""
    pieces = [q for p in (parts(text) or [text]) for q in _CLAUSES.split(p) if q and not q.isspace()]
    return pieces if len(pieces) > 1 else []


# A sentence that opens on a participle of saying up to its comma, its leader after it (reports.PARTICIPLE_OPENING:
# "Noting that Türkiye stands ready to host a summit at the leaders' level, President Erdoğan voiced his belief that
# establishing working groups ... will pave the way for a summit"), tells two things, the opening one and the main
# clause's, and an outlet may report the opening alone: the opening is a piece beside the sentence's own pieces (or
# the whole). The main clause is no piece alone: so parted, it took a false link on the Biden-Xi video call (Xinhua's
# "..., Xi said China is ready to provide further humanitarian assistance"), and without it the same true links stand
# (read24 link recall 991 -> 993 of 1212; the Erdoğan-Zelenskyy call's two "host a meeting/summit" ledes, links48).
_OPENING = re.compile(PARTICIPLE_OPENING, re.IGNORECASE)


def parts(text: str, spoken: bool = False) -> list[str]:
    """The pieces of a long claim that could each report something on their own: a report wrapped in
    commentary ("that both readouts said the leaders tasked their teams to follow up is encouraging, which is
    progress") is found by its piece; a `spoken` one (a transcript's) parts at dashes and ", and" / ", so" too.
    Memoised (116 of a first analysis of corpus/'s 467 calls repeated): callers read the list and never change it."""
    return _parts(text, bool(spoken))


# The memo behind parts(), always asked with both arguments: lru_cache keys a call by how its arguments are written,
# so parts(text) (the counterparts', the reports' pieces) and parts(text, False) (the weights') were two entries, and
# 127 of the 225 claims a first analysis of corpus/ parts were parted twice (353 splits by _PIECES, which is tried at
# every space of a long claim: 235 now, about a third of their 11 ms, replayed).
@lru_cache(maxsize=REPORTED_CACHE)  # the weights, the reports' pieces and the counterparts' ask for one claim's
def _parts(text: str, spoken: bool) -> list[str]:
    pieces = [p for p in _PIECES.split(text) if p and not p.isspace()]
    opening = _OPENING.match(text)
    if opening:
        pieces = [text[:opening.end()].rstrip(", "), *pieces]
    if spoken:
        pieces = [q for p in pieces for q in _SPOKEN.split(p) if q and not q.isspace()]
    return pieces if len(pieces) > 1 else []


# Where a sentence's case of what it says begins ("We agreed to work together, very closely, including visiting each
# other's Nations"): the other side may tell the case alone ("invited the President of the United States to visit
# Moscow") beside the head ("the time has come for our countries to work together").
_INCLUDING = re.compile(r",\s+(?=including\s)")


def told_parts(text: str) -> list[str]:
    """An official claim's parts, each of which the other side may tell alone (`told_apart`): its clauses
    (`language.clauses.clauses`), each parted again before ", including"."""
    pieces = [text[a:b] for a, b in clause_spans(text, 0, len(text))]
    return [q for p in pieces for q in _INCLUDING.split(p) if q.strip()]
