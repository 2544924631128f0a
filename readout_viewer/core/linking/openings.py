"""A sentence's opening: where it ends, past a dateline or a setting, whether it says anyone spoke, and who."""

from __future__ import annotations

import re
from dataclasses import replace

from readout_viewer.core.language.countries import code_of
from readout_viewer.core.language.reports import report_subject, says_anyone_spoke
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim
from readout_viewer.core.system.lazyre import LazyPattern

# Where the opening of a sentence that says the call took place ends: its first comma, semicolon or dash, or a word that
# goes on to the circumstances ("amid growing concern", "as tensions rise", "after weeks of ...", "in which they ...",
# "for the first time since Mr. Biden was sworn into office": the Biden-Netanyahu event one true link more, kept11 one,
# kept14 two). The time that counts up to such an "after" or "before" goes with it ("Biden called Modi just two days
# after the prime minister returned from Kyiv" opens "Biden called Modi"): it times the call against another event, a
# figure the readout's line has no reason to give. "Following" is "after" ("I had a telephone conversation with US
# President Joe Biden following the results of the vote in the House of Representatives"). "When" goes on to what they
# did in the call ("spoke to his British counterpart Rishi Sunak on Tuesday when they welcomed ...": read21 one true
# link more, every kept pool unchanged; "about" too, "talked to ... about strengthening ...": kept22 two false links,
# old 0.887).
LEDE_END = re.compile(r"[,;:\u2014]|\s(?:amid|as|after|following|while|when|since|for\s+the\s+first\s+time|in\s+which|"
                      r"during\s+which|"
                      r"to\s+discuss|(?:(?:just|only|barely|nearly|almost|about|some|over)\s+)?(?:an?|one|two|three|"
                      r"four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?)"
                      r"\s+(?:after|before))\s")
# A phrase of setting before a comma, and the opening after it ("Taking a step towards the direction of stronger
# cooperation, Prime Minister of the United Kingdom Rishi Sunak had a phone call with ..."), up to 100 characters: "As
# the Russian military advanced in Ukrainian territory on Thursday, ..." (67; read15 one true link more, every kept
# pool unchanged; 200 reaches a sentence whose first comma ends a clause of its own, two false links on read15).
_SETTING = re.compile(r"[^,;:\u2014]{3,100},\s+")
# A dateline before the story ("New Delhi: ...", "Tokyo [Japan], October 8 (ANI): ..."): no part of the opening (the
# Kishida-Xi event one true link more, every other gold unchanged; links12 measured it before the lede rules of round
# 26 and nothing moved).
# A place and a bracketed credit with the date are one too, a colon after them or none ("Beijing, (UrduPoint / Pakistan
# Point News - 26th Apr, 2023 ) :Chinese President Xi Jinping spoke with ...", "NEW DELHI (UrduPoint News / Sputnik -
# 24th February, 2022) Indian Prime Minister ..."): read14 and read15 one true link more, kept18 two, no false link.
# A label of a word or a few before a colon is one before a quotation mark too ('Quote: "I had a telephone
# conversation with ...'): the quotation is the opening.
_DATELINE = re.compile(r"[A-Z][^:.!?\u201c\u201d\"]{0,60}:\s+(?=[\"\u201c]?[A-Z])|"
                       r"[A-Z][\w ,'-]{0,40}\([^()]{0,80}\)\s*:?\s*(?=[A-Z])")


def opening(claim: Claim) -> Claim:
    """An outlet's claim read as its opening, up to where it goes on to the circumstances (LEDE_END): what its lede
    link reports, that the leaders spoke, whose relation is judged on that alone ("spoke on the phone on Wednesday,
    nearly a month after Biden entered office" gives no figure the readout's line lacks)."""
    return replace(claim, text=text_opening(claim.text, LEDE_END))


def text_opening(text: str, end: re.Pattern[str] | LazyPattern) -> str:
    """A sentence's opening, up to `end`; after a phrase of setting (_SETTING) when the part before its comma does
    not say that anyone spoke."""
    return spoken_opening(text, end)[0]


def spoken_opening(text: str, end: re.Pattern[str] | LazyPattern) -> tuple[str, bool | None]:
    """text_opening's text, and whether it says that anyone spoke (_SPOKE) when that was already asked of it (None
    when not): `ledes._lede` asks it of every opening, and the opening without a setting is the text text_opening
    searched."""
    dateline = _DATELINE.match(text)
    if dateline is not None:
        return spoken_opening(text[dateline.end():], end)
    cut = end.search(text)
    opening = text[:cut.start()] if cut else text
    spoke = says_anyone_spoke(opening)
    setting = _SETTING.match(text) if not spoke else None
    if setting is None:
        return opening, spoke
    cut = end.search(text, setting.end())
    return text[setting.end():cut.start() if cut else len(text)], None


# An outlet's opening that has a leader speak with "his Russian counterpart" names the leader of the country its
# adjective names, as his name would ("On February 24, China's President Xi Jinping held a phone conversation with his
# Russian counterpart, Vladimir Putin, in which ..." / "He made the remarks when having a phone conversation with
# Russian President Vladimir Putin ..."): who spoke, and no other meeting. Read17 one true link more, every kept pool
# unchanged (Round 30).
_COUNTERPART_OF = LazyPattern(r"\b(?:his|her)\s+([A-Z][\w-]+)\s+counterparts?\b")  # compiled for a lede holding one


def counterpart_countries(text: str) -> frozenset[str]:
    """The countries whose leader an outlet sentence's opening names as "his <adjective> counterpart"."""
    if "counterpart" not in text:
        return frozenset()
    return frozenset(code for m in _COUNTERPART_OF.finditer(text_opening(text, LEDE_END))
                     if (code := code_of(m.group(1))) is not None)


def opening_leaders(t: Terms, w: Weights) -> frozenset[str]:
    """The countries of the leaders an opening names, its first word among them ("Biden called Russian President
    Vladimir Putin on Tuesday"): a sentence's first word is a name in its terms only when a capitalised word follows it,
    but an opening that says the leaders spoke is about them, and a word written in lower case inside it
    (`Terms.plain`) is none."""
    return frozenset(w.leaders[c] for c in t.concepts - t.plain if c in w.leaders)


# An opening in the first person ("\"I had a long and meaningful phone call with President Xi Jinping,\" Zelensky said
# on Twitter"): its "I" is the leader the quotation is given to (reports.report_subject).
_FIRST_PERSON = re.compile(r"^\W*I\s+(?=\w)")


# A quotation closed on whoever it is given to ('"...," the fisherman said.'): its "I" is named, if not a leader.
_CLOSED_ON = LazyPattern(r"[,.!?][\u201d\x22]\s*,?\s*\w")


def unnamed_i(text: str) -> bool:
    """Whether a sentence's opening is in the first person and the sentence gives its words to no one (a post quoted
    after a label: 'Quote: "I had a telephone conversation with US President Joe Biden following ...'), so that its
    "I" is not known from the sentence."""
    return _FIRST_PERSON.match(text_opening(text, LEDE_END)) is not None and report_subject(text) is None and \
        _CLOSED_ON.search(text) is None


def in_person(opening: str, text: str) -> str:
    """An opening in the first person with the leader its sentence gives the words to for its "I"."""
    first = _FIRST_PERSON.match(opening)
    subject = report_subject(text) if first is not None else None
    return opening if first is None or subject is None else f"{subject} {opening[first.end():]}"
