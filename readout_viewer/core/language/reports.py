"""Whether a sentence reports what a leader said or did on the call ("He also told President Putin ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from readout_viewer.core.language.clauses import PREDICATE_VERBS
from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.system.branches import by_first_letter

# Words a briefer opens a sentence with before the report itself ("And he stressed ...", "In the call, he ..."), and
# the "that" a clause cut at "and that" opens on ("It added that the two discussed Iran | and that Biden conveyed
# support for ...": the Biden-Netanyahu event one true link more, every other gold unchanged).
_OPENERS = (r"(?:(?:and|but|so|then|also|again|today|finally|first|second|third|that|"
            r"(?:in|during)\s+(?:the|this|that|today's|today’s)\s+(?:call|conversation|meeting)),?\s+)*")
# Who the report is about: a leader by pronoun, title or name (up to three words: "Vladimir Putin wished"; a name is
# capitalised even though the pattern ignores case), or the leaders together. Never "I" or "we": that is
# the briefer speaking for the government, not an account of the call.
_SUBJECT = (r"(?:he|she|the\s+(?:two\s+)?(?:leaders|presidents)|both\s+(?:leaders|presidents|sides)|"
            r"(?:the\s+)?(?:(?:U\.S\.|US|American|Chinese|Russian|French|German|Ukrainian)\s+)?"
            r"(?:president|premier|chancellor|prime\s+minister|chairman)(?-i:\s+[A-Z][\w’'-]+){0,2}|"
            r"(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})|(?-i:[A-Z][\w’'-]+))")  # names: capitals only
# Adverbs between the subject and its verb ("he also told", "he then made clear").
ADVERBS = r"(?:(?:also|then|again|directly|clearly|further|specifically|repeatedly|once\s+again|really)\s+)*"
# Verbs of what a leader did on the call that do not cut a sentence into clauses (so not in PREDICATE_VERBS), and
# "was (very) clear that", which is "made clear that".
_DID = r"began|mentioned|reacted|was\s+(?:very\s+|quite\s+|also\s+|equally\s+)?clear"
# Verbs that make their subject the one who spoke or acted: of saying, and of doing on the call; grouped on their
# first letters (system.branches: the same matches), as the patterns below and the speakers' try them ignoring case.
REPORT_VERBS = by_first_letter(f"{PREDICATE_VERBS}|{_DID}")
# ... or a phrase of any length up to its comma that opens on a participle of saying, whose subject is the leader after
# the comma ("Pointing out that strengthening ... of Turkish-Russian relations is pleasing, President Erdogan expressed
# that ...", "Expressing his satisfaction over the development of ... ties, Erdogan said ..."): his act too.
_PARTICIPLE = r"(?:pointing\s+out|noting|expressing|stressing|emphasi[sz]ing|underlining|underscoring|voicing)\s"
_PARTICIPLE_PHRASE = 160
PARTICIPLE_OPENING = rf"{_PARTICIPLE}[^,.;:\"“”]{{0,{_PARTICIPLE_PHRASE}}},\s+"  # the phrase, up to its comma
# A short phrase of setting before the report, up to its comma ("Face to face by video, President Biden laid out ...",
# "The two talked for 50 minutes, and Biden outlined ..."): the sentence still opens on what a leader did (fifteen:
# recall 641 -> 643, no false link). The 40 characters keep out what a longer phrase mostly is, a source or a past
# event ("According to a description of the conversation released by CCTV, Xi said ...": a false link with the cap
# at 120); a phrase of any length that opens on the call itself (lexicon.CALL_NOUN_WORDS: "During his conversation
# with Biden on the raging Ukraine conflict, Modi briefed ...") is setting too (read9 one true link more, none false).
_SETTING_OPENER = (r"(?:[^,.;:\"“”]{3,40},\s+|(?:in|during|over)\s+(?:a|an|the|their|his|her|this|that)\s+"
                   rf"(?:[\w’'-]+\s+){{0,3}}?(?:{CALL_NOUN_WORDS})\b[^,.;:\"“”]{{0,100}},\s+|"
                   rf"{PARTICIPLE_OPENING})?")
# A label of one word and a colon that opens a paragraph ("Quote: \"We discussed the first defence aid package ...",
# "Details: Ushakov stated that ..."), as some outlets write: no part of the report (read9 one true link more).
_LABEL = r"(?:[A-Z][a-z]+:\s+)?"
_REPORT = re.compile(rf"^{_LABEL}\W*{_SETTING_OPENER}{_OPENERS}(?P<subject>{_SUBJECT}),?\s+{ADVERBS}"
                     rf"(?:{REPORT_VERBS})\b", re.IGNORECASE)
# A quotation that closes on its source, a leader and a verb of saying with a short tail ('"... sends a strong signal
# to all of our partners," Zelensky added.', '"...," Zelensky said on social media.'): the leader named last spoke,
# and the sentence reports his words as one that opens on him does (read9 one true link more and one false, a
# verbatim retelling of a post the gold does not list; kept11 unchanged; "said Zelensky" after the quotation: the
# same figures). The tail is a setting ("on social media", "in a statement on Monday"), not another clause.
_SOURCE_TAIL = 40
_QUOTED_SOURCE = re.compile(rf"[,.!?][\u201d\x22]\s*,?\s*(?P<subject>{_SUBJECT}),?\s+{ADVERBS}(?:{REPORT_VERBS})\b"
                            rf"[^\u201c\u201d\x22]{{0,{_SOURCE_TAIL}}}$", re.IGNORECASE)
# Capitalised openers that are no one's name ("This told us ...", "What ..."), and the conjunctions that open a
# clause of background or condition before the sentence's own ("Since Donald Trump made the decision to pull out of
# the deal in 2018, ...", "If Putin orders ...": no report of the call; "When Biden raised it, Putin said no" is one).
_NOT_SUBJECTS = frozenset({"this", "that", "it", "there", "what", "which", "who", "these", "those", "here", "now",
                           "since", "if", "unless"})


def reports_a_leader(text: str) -> bool:
    """True when the sentence opens with a leader (or the leaders) and a verb of saying or doing on the call, or
    closes a quotation on one."""
    return report_subject(text) is not None


# The linking asks a claim who it opens on once for each text it is compared with, the ledes and the relayed reports
# again: 217 of a first analysis of corpus/'s 414 asks were repeated. A pure function of the text, memoised.
SUBJECT_CACHE = 1 << 14


@lru_cache(maxsize=SUBJECT_CACHE)
def report_subject(text: str) -> str | None:
    """Who the sentence opens on as saying or doing something (a leader, the leaders, a pronoun or a name), if it
    opens so, or who a quotation that closes the sentence is given to (_QUOTED_SOURCE)."""
    m = _REPORT.match(text) or _quoted_source(text.rstrip())
    return m.group("subject") if m is not None and m.group("subject").split(None, 1)[0].lower() not in _NOT_SUBJECTS \
        else None


def _quoted_source(text: str) -> re.Match[str] | None:
    """_QUOTED_SOURCE matched where it can only start, before the text's last closing quotation mark (the tail holds
    none): not searched at every character of every claim, which `reports_a_leader` is asked of many times."""
    at = max(text.rfind("\u201d"), text.rfind('"'))
    return _QUOTED_SOURCE.match(text, at - 1) if at > 0 else None


# An opening that says the leaders spoke says so by a verb ("spoke", "held a call", "met"; one leader "called",
# "phoned" or "rang" the other, not "called on" or "called for" anything, or "received a call" from the other: "Prime
# Minister Narendra Modi on Monday received a call from US President Joe Biden") or opens on the conversation, named
# by a word that names a call (lexicon.CALL_NOUN_WORDS: "In a telephonic conversation between ..."). "He added that
# Putin told Biden that Russia would act" reports what was said; "The Kremlin is satisfied with the talks between ..."
# and "China welcomed a virtual meeting between ..." react to the call. "Had" before "been", "not", "never", "yet" or
# "already" is an auxiliary, no call held ("Biden had been holding off calling Netanyahu": one false link fewer).
_SPOKE = re.compile(r"\b(?:spoke|spoken|speaks|talked|met|meets|held|had(?!\s+(?:been|not|never|yet|already)\b)|phoned|"
                    r"(?:called|rang)(?!\s+(?:on|upon|for|off|up|out|in)\b))\b|"
                    rf"\breceived\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{CALL_NOUN_WORDS})\b|"
                    r"^\W*(?:in|during|over)\s+(?:a|an|the|their)\s+"
                    rf"(?:[\w\-]+\s+){{0,3}}?(?:{CALL_NOUN_WORDS})\b", re.IGNORECASE)
# A word every match of _SPOKE holds, as text.caseless() writes it (a verb's, or a call noun's of CALL_NOUN_WORDS:
# "talk" for "talked" and "talks", "meet" for "meets" and "meeting", "call" for "called" and "phone call"): _SPOKE is
# searched only in a text holding one. corpus/: 133 of 679 openings pass, 26 match; 5.4 -> 3.4 ms replayed.
_SPOKE_WORDS = ("spoke", "speaks", "talk", "met", "meet", "held", "had", "phoned", "call", "rang", "received",
                "conversation", "exchange", "summit", "discussion", "videoconference", "video conference")


def says_anyone_spoke(text: str) -> bool:
    """Whether a text (a lede's opening, a readout's first clause) says that anyone spoke (_SPOKE), searched only when
    it holds one of _SPOKE_WORDS: the lede links and the omissions' sentences that open on the call read it alike."""
    return holds_any(text, _SPOKE_WORDS) and _SPOKE.search(text) is not None
