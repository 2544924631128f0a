"""Bare cues ("the ministry said", "the readout said", "an official said", "it said"): each stands for a source
the text named before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readout_viewer.core.attributions import gates
from readout_viewer.core.attributions.alternations import Held
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, BOTH
from readout_viewer.core.attributions.cue_words import (
    ACCORDING_OR_CITING,
    ALSO,
    APPOSITIVE,
    DOC_NOUNS,
    GOES_ON,
    IN_THE_KNOW,
    OF_THE_CALL,
    ON_THE_CALL,
    SOURCE_INVERTED_VERBS,
    TEXT_VERBS,
    VERBS,
    WHEN,
    names_pattern,
)
from readout_viewer.core.language import documents
from readout_viewer.core.language.quote_marks import CLOSED, CLOSED_QUOTE
from readout_viewer.core.language.triggered import Triggered

# A ministry named by its kind alone, which stands for the last one the text named (its readout too: "a ministry
# readout said").
_BARE_MINISTRY = (rf"(?:the|a)\s+(?:foreign\s+)?ministry(?:'s)?(?:\s+(?:{DOC_NOUNS}|spokes(?:man|woman|person)))?"
                  r"(?!\s+of\b)")
# An official text named by its kind alone ("according to the readout", "the statement said", "the message said"),
# which stands for the institution the text last named in the ACCOUNT_REACH characters before the sentence ("..., the
# Kremlin said in its readout of the call. ... according to the readout"; not a side the statement itself names);
# never one said to come from elsewhere ("the statement by NATO", "the readout released by ...").
# Any noun of an official text (language.documents), "press release" too ("..., the press release stated"), with
# what it is an account of ("the readout of the call said", "the statement on the talks added": still no source).
_BARE_ACCOUNT = (rf"the\s+(?:official\s+|full\s+)?(?:press\s+)?(?:{'|'.join(documents.BARE_DOCUMENT_NOUNS)})"
                 rf"(?:{OF_THE_CALL}|{ON_THE_CALL})(?!\s+(?:by|from|released|issued)\b)")
ACCOUNT_REACH = 600
# The first words of a bare cue that point back to an account already cited ("the statement added", '"...," it
# added' paragraphs after "according to the statement released by ..."); "a statement said" names a new one.
POINTS_BACK = ("the", "it")
# ... and one after a quotation with its verb left out ("..., and the end of World War II," the statement.): the
# quotation is the account's words, as in "..., the statement said".
_VERBLESS = rf"{CLOSED_QUOTE}\s*(?P<phrase>{_BARE_ACCOUNT})\s*[.!]?\s*$"
# The kinds of antecedent a bare cue stands for, by index: a ministry, an institution, unnamed officials' side.
MINISTRY, INSTITUTION, OFFICIALS, OFFICE = range(4)  # OFFICE: the last kind
# An office named by its kind alone ("..., the office said via Twitter"), which stands for the last office the text
# named ("the Office of Israel's Prime Minister", "Trudeau's office"), as "the ministry" does for a ministry.
_BARE_OFFICE = rf"(?:the|a)\s+office(?:'s)?(?:\s+(?:{DOC_NOUNS}|spokes(?:man|woman|person)))?(?!\s+of\b)"
# An official, representative or source left unnamed and unplaced ("An official described the tone ...", "..., said the
# official"), who speaks for the side the text named last (or for the unnamed officials it named last); not one
# placed elsewhere ("an official of the OSCE"). A spokesperson too ("The spokesperson reiterated ..." two sentences
# after "Downing Street noted ..."), unless one was just named speaking (sentence_cues: the role goes on for them).
_BARE_OFFICIAL = (r"(?:the|an|one)\s+(?:(?:senior|top|same)\s+)?(?:official|representative|source|"
                  r"spokes(?:man|woman|person))\b(?!\s+(?:of|from|for|at)\b)")
# An institution's pronoun ("..., it said", "Instead, it focused on ...", "It only mentions PM Modi's trip to Ukraine
# and Poland"), for the institution the text named just before, as a bare account is: what a text mentions, it says.
_IT_CUES = [(re.compile(p, re.IGNORECASE), says) for p, says in (
    (r"(?<![\w\-'\u2019])(?P<phrase>it)\s+(?:(?:also|further|then|later|again|only)\s+)?"
     r"(?:said|says|added|adds|stated|noted|read|reads|focused\s+on|focuses\s+on|mentions|mentioned)\b", AFTER),
    (rf"{CLOSED}\s*(?P<phrase>it)\s+(?:said|added|stated|noted)\b", BEFORE))]


# A bare cue's pattern, where its statement stands, its kind of antecedent, how far back that is looked for (None:
# anywhere before) and the gates' words one of which each match holds.
Bare = tuple[Triggered | re.Pattern, str, int, int | None, tuple[str, ...]]


def antecedent_lists(sources: Sequence[Source]) -> tuple[list[Source], ...]:
    """The sources each kind of bare cue may stand for, by kind (MINISTRY, INSTITUTION, OFFICIALS, OFFICE)."""
    # "the ministry said" stands for the last ministry the text named ("the Chinese foreign ministry"); "the
    # readout said" for the institution the text named last, close before it; "an official said" for the side
    # whose institution or unnamed officials the text named last, close before it
    # (a government whose side has no text in the folder is judged as its leader is, but is an institution)
    strong = [s for s in sources if not s.weak]
    institutions = [x for x in strong if not x.person and (not x.leader or not x.docs)]
    unnamed = [x for x in sources if x.unnamed]
    return ([x for x in sources if "ministry" in x.name], institutions,
            institutions + unnamed if institutions and unnamed else [],
            [x for x in institutions if "office" in x.name.split()])


def bare_patterns(held: Held, lists: Sequence[Sequence[Source]]) -> list[Bare]:
    """The bare cues' patterns, with where each one's statement stands, its kind of antecedent, how far back it
    is looked for and the gates' words (`held`: the verbs the texts searched may match, alternations.Held)."""
    # each kind's three patterns compiled only for a sentence that holds the kind's phrase ("the ministry")
    found: list[Bare] = [
        (Triggered(p, bare, re.IGNORECASE), says, kind, reach, gates.BARE_KINDS[kind])
        for kind, (bare, reach) in enumerate(((_BARE_MINISTRY, None), (_BARE_ACCOUNT, ACCOUNT_REACH),
                                              (_BARE_OFFICIAL, ACCOUNT_REACH), (_BARE_OFFICE, None)))
        if lists[kind] for p, says in (
        (rf"(?<![\w\-])(?P<phrase>{bare}){IN_THE_KNOW}{APPOSITIVE}{WHEN}\s+{ALSO}(?:"
         rf"{held(VERBS + TEXT_VERBS) if kind == INSTITUTION else held(VERBS)})\b", AFTER),
        # '"...," continues the statement': a text goes on (cue_words.GOES_ON), a ministry's or an office's too
        (rf"{CLOSED}\s*(?:{SOURCE_INVERTED_VERBS}|{GOES_ON})\s+(?P<phrase>{bare})\b", BEFORE),
        (rf"\b{ACCORDING_OR_CITING}\s+(?P<phrase>{bare})\b", BOTH),
    )]
    if lists[INSTITUTION]:  # "it said": the institution the text named just before
        found += [(pattern, says, INSTITUTION, ACCOUNT_REACH, gates.IT) for pattern, says in _IT_CUES]
        found.append((Triggered(_VERBLESS, _BARE_ACCOUNT, re.IGNORECASE), BEFORE, INSTITUTION,
                              ACCOUNT_REACH, gates.BARE_KINDS[INSTITUTION]))
    return found


# A document noun in a cue's naming words ("a statement by Chinese Foreign Ministry", "the Kremlin's readout").
_ACCOUNT_NOUN = re.compile(rf"\b({'|'.join(documents.DOCUMENT_NOUNS)})s?\b", re.IGNORECASE)


def account_noun(phrase: str) -> str:
    """The document noun a cue's naming words hold, in lower case ("statement"), else ""."""
    m = _ACCOUNT_NOUN.search(phrase)
    return m.group(1).lower() if m else ""


class Antecedents:
    """The case-insensitive patterns of the ministries, the institutions and the officials' sides, each holding only
    the given names (none where no name is left), each compiled when first asked for."""

    def __init__(self, kinds: Sequence[Sequence[Source]], names: Sequence[Source]) -> None:
        keep = {s.name for s in names}
        self._kept = [[s for s in kind if s.name in keep] for kind in kinds]
        self._compiled: dict[int, re.Pattern | None] = {}

    def pattern(self, kind: int) -> re.Pattern | None:
        """The pattern of one kind (MINISTRY, INSTITUTION, OFFICIALS, OFFICE); None when no name of it is left."""
        if kind not in self._compiled:
            kept = self._kept[kind]
            # from a word's start: "rt" is no name in "support"
            self._compiled[kind] = re.compile(r"(?<![\w\-])" + names_pattern(kept), re.IGNORECASE) if kept else None
        return self._compiled[kind]
