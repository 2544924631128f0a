"""A cue: where a sentence names its source, and on which side of it the statement stands."""

from __future__ import annotations

import re
from typing import NamedTuple

from readout_viewer.core.language import lexicon
from readout_viewer.core.language.quote_marks import CLOSING
from readout_viewer.core.language.sentences import sentences

# Fewer words than this after "X said" and the statement is before it ("..., Petrenko said on Tuesday").
MIN_AFTER_WORDS = 4
# Words that only say when, where or in what a source spoke ("..., the Kremlin press service said on Friday after
# a telephone conversation", "..., the White House said in a readout of the call"): after the cue they leave the
# statement where it stands, before the cue, however many of them there are. A text put out by both sides ("..., the
# White House reported in a shared statement", "in a joint statement") and the leaders' speaking ("in a statement after
# the two leaders spoke") say in what and when too, and so do those told ("said in a briefing with reporters").
SETTING_TAIL_WORDS = lexicon.STOPWORDS | lexicon.SETTING_WORDS | lexicon.PUBLICATION_WORDS | frozenset(
    "said says phone telephone telephonic evening morning afternoon night late early after following during week "
    "weekend later earlier joint shared spoke spoken reporters journalists".split())
# Characters looked back from a cue for words of its sentence before it: a cue that opens its sentence ("The Kremlin
# announced the call on its website on Thursday") says what follows it, setting words or not.
SETTING_LOOK_BACK = 400
# Where a cue's statement stands: "X said that S" (after), "S, said X" (before), "S, according to X, S" (both).
AFTER, BEFORE, BOTH = "after", "before", "both"
# A cue that says its source left something out ("the U.S. readout did not mention Bangladesh"): what follows it is
# what the source's text is said to lack, checked for absence (its Cue says AFTER, with `absent`).
ABSENT = "absent"


class Cue(NamedTuple):
    """Where in a sentence a source is named: the naming words, the whole cue phrase, and the documents."""

    start: int  # the naming words, absolute offsets
    end: int
    cue_start: int  # the whole cue phrase ("according to the Kremlin's readout"), absolute offsets
    cue_end: int
    docs: tuple[str, ...]  # empty when the source is not in the folder
    says: str = BOTH  # where the stated content is: AFTER the cue, BEFORE it, or on BOTH sides
    leader: bool = False  # the source is a leader of a side (by name or by office)
    antecedent: str = ""  # who a pronoun ("he added") stands for, as the sentence before named them
    person: bool = False  # the source is a person (a pronoun may stand for them), not an institution
    unnamed: bool = False  # unnamed officials of a side: what their side's texts lack may have been said off them
    absent: bool = False  # the sentence says the source's text lacks what follows the cue (ABSENT)
    stance: bool = False  # its verb is a stance taken (cue_words.STANCE_VERBS), or a pronoun goes on for such a cue


# Whom a statement was told to and where, after the cue that closes it ("..., Ushakov told reporters at a
# briefing."): no part of the statement.
_AUDIENCE = re.compile(r"\s+(?:reporters|journalists|the\s+(?:press|media)|(?:a|the)\s+(?:news\s+|press\s+)?"
                       r"(?:briefing|conference))\b(?:\s+(?:at|on|in|during|after|before)\b[^,;:\"\u201c]{0,60})?"
                       rf"[.!]?[{CLOSING}]?\s*$", re.IGNORECASE)
# A cue set off by commas inside its statement ("A truce with Ukraine, he added, is possible once ..."): the
# statement stands on both sides, unless what follows the comma says more about the speaker.
_ASIDE = re.compile(r",\s+(?!(?:who|which|whose|adding|referring|speaking|according|citing|in|at|on|during|after|"
                    r"before|while|as|when|where)\b)", re.IGNORECASE)


# Where the writer has a closing cue's words from, after it ("..., Xi said during the call, according to Xinhua."): a
# citation of the copy, no part of what was said, and no reason to read the statement after the cue.
_CITING_TAIL = re.compile(r",\s+according\s+to\b[^,;:]*$", re.IGNORECASE)


# The writer's own setting after a cue that closes a clause ("..., the White House said, three days after the
# libertarian outsider's resounding election victory", "..., the Kremlin said, on the eve of an election in which Sisi
# is set to win six more years"): when or upon what the report came, told by the writer, not what the source said; the
# statement is the clause before the cue. A preposition of time or occasion, or a span of time before "after",
# "before" or "since", opens it; "adding", "that" or an opening quotation mark would go on with what was said.
_WRITERS_SETTING = re.compile(r",\s+(?:on|at|after|before|during|following|ahead\s+of|amid|while|when|since|as|"
                              r"(?:[\w\-]+\s+){0,2}(?:days?|hours?|weeks?|months?|years?)\s+(?:after|before|since|ago|"
                              r"ahead))\b", re.IGNORECASE)


# A sentence ends before a capital (or an opening mark and one): that many characters after a cue are read to tell
# that the stop just before it ends a sentence ("... agreed. The Kremlin said").
_LOOK_AHEAD = 4


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts, looking no further back than SETTING_LOOK_BACK characters nor
    before its line."""
    lo = max(0, at - SETTING_LOOK_BACK, text.rfind("\n", 0, at) + 1)
    line_end = text.find("\n", at)
    hi = min(len(text) if line_end < 0 else line_end, at + _LOOK_AHEAD)
    return max(s for s, _ in sentences(text, lo, hi) if s <= at)


def says_where(text: str, cue_start: int, cue_end: int, end: int, says: str) -> str:
    """A subject cue after a closing quote, or with next to nothing after it but whom it was told to, or when, where
    and in what ("..., Petrenko said on Tuesday", "..., Ushakov told reporters at a briefing", "..., the Kremlin
    said in a readout after the call"), looks back, not ahead; a cue that
    looks back but stands between commas inside its statement looks both ways."""
    if says == BEFORE and _ASIDE.match(text, cue_end, end) and \
            len(re.findall(r"\w+", text[cue_end:end])) >= MIN_AFTER_WORDS:
        return BOTH
    if says != AFTER:
        return says
    quoted_before = text[max(0, cue_start - 4):cue_start].rstrip(" ,")[-1:] in tuple(CLOSING)  # "" is none
    told = _AUDIENCE.fullmatch(text, cue_end, end) is not None
    tail = re.findall(r"\w+", _CITING_TAIL.sub("", text[cue_end:end]))
    opening = not re.search(r"\w", text[_sentence_start(text, cue_start):cue_start])
    setting = not opening and (all(w.lower() in SETTING_TAIL_WORDS or w.isdigit() for w in tail) or
                               _WRITERS_SETTING.match(text, cue_end, end) is not None)
    return BEFORE if quoted_before or told or setting or len(tail) < MIN_AFTER_WORDS else AFTER
