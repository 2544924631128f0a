"""Whether a leader's words an outlet reports were said in another conversation than the call: with another leader
or an office holder, or together with a person no official text of the event names."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.attributions.unheard import named_at
from readout_viewer.core.language.countries import COUNTRY_WORDS, LEADER_TITLE
from readout_viewer.core.language.spellings import MIN_NAME_LETTERS, misspelled
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import Document
from readout_viewer.core.system.lazyre import LazyPattern

# Another call or meeting of a leader the sentence names, with someone titled as a leader whom no official text of the
# event names ("..., hours after Mr. Modi spoke in a telephone call with Australian Prime Minister Anthony Albanese
# about the Quad" in a story of Modi's call with Biden): what the sentence tells of that leader is of the other call.
# The titled name is read in capitals (up to six words) after "with", its last word looked for in the official texts;
# or a leader received as a guest ("In the meantime, Erdoğan welcomed Georgian President Mikheil Kavelashvili at the
# presidential compound"), another meeting too; or a leader told, informed, assured, briefed or urged ("Ahead of the
# declaration, Trump had told Pakistan Prime Minister Imran Khan that ...", "Macron had informed Ukrainian President
# Volodymyr Zelensky of his plans to speak with Putin"): words addressed to a third leader are of another conversation
# (the probe of real sentences no event holds, eval/unrep_probe.py: docs/engine.md, Round 47, helper unrep21).
_WITH_TITLED = re.compile(r"\b(?:(?:spoke|talked|call|conversation|talks|met|meeting)\s+(?:[\w\-]+\s+){0,3}?with|"
                          r"welcomed|received|hosted|told|informed|assured|briefed|urged)\s+"
                          r"(?P<who>(?:[A-Z][\w.'\u2019\-]*\s+){1,5}[A-Z][\w'\u2019\-]+)")

_POSSESSIVE = LazyPattern(r"'s$")  # "President Biden's call": the name is "biden" (folded text writes "'")


# Words told to an office holder who is no leader ("Netanyahu told the minister Israel would not allow increased
# Iranian influence in Syria", "Putin told the defence minister ..."): a meeting with a minister or an envoy, not the
# leaders' call; "told the prime minister" is a leader's title (LEADER_TITLE), the call's counterpart.
_TO_AN_OFFICE = re.compile(r"\b(?:told|informed|assured|briefed|urged)\s+the\s+(?P<office>(?:[\w\-]+\s+){0,2}?"
                           r"(?:minister|secretary|ambassador|envoy|delegation|cabinet|officials))\b", re.IGNORECASE)


# A sentence whose subject joins another person to a leader of the call ("Obama and Merkel said they were united in
# their intention to implement tougher sanctions", in a story of Merkel's call with Putin): a person no official text
# names is no party to the call, and what the two said together was said elsewhere. The first name of the pair, no
# country's (COUNTRY_WORDS: "Russia and China ...").
_JOINED = re.compile(r"\W*(?P<who>[A-Z][\w'\u2019\-]+)\s+and\s+(?:[A-Z][\w.'\u2019\-]*\s+){0,4}[A-Z][\w'\u2019\-]+\s+"
                     r"(?:\w+ly\s+)?(?:said|told|[a-z]+ed)\b")


def another_call(said: str, accounts: str) -> bool:
    """Whether a sentence names another call or meeting, with a titled leader whose last name the official texts
    (`accounts`, folded) never name (`_WITH_TITLED`), or tells words told to an office holder no leader
    (`_TO_AN_OFFICE`)."""
    if any(not LEADER_TITLE.search(m.group("office")) for m in _TO_AN_OFFICE.finditer(said)):
        return True
    joined = _JOINED.match(said)
    if joined and fold(joined.group("who")) not in COUNTRY_WORDS and not _named(accounts, fold(joined.group("who"))):
        return True
    for m in _WITH_TITLED.finditer(said):
        who = m.group("who")
        if LEADER_TITLE.search(who) and not _named(accounts, _POSSESSIVE.sub("", fold(who.split()[-1]))):
            return True
    return False


def _named(accounts: str, name: str) -> bool:
    """Whether the official texts (`accounts`, folded) name `name` (folded), as written or one letter off as an outlet
    misspells a leader ("Zelenskiy" for Zelenskyy: spellings.misspelled): the call's own counterpart is no other
    leader."""
    if named_at(accounts, name):
        return True
    words = set(re.findall(rf"\w{{{MIN_NAME_LETTERS},}}", accounts))  # a shorter name is never read one letter off
    return bool(misspelled(words, [name.capitalize()], set()))


def event_accounts(officials: Sequence[Document], voices: Mapping[str, Sequence[str]]) -> str:
    """The event's official texts, folded, for `another_call`, and the names of their leaders (`voices`: as the folder
    titles them with their side's country, or as a text's source line names its author). A readout need not name the
    other leader, nor a post its own author (Erdoğan–Zelenskyy: the Turkish readout's excerpt never names Zelenskyy,
    whose post is the other text), and a leader of the event is the call's counterpart, no other leader ("During a
    phone call with Ukrainian President Volodymyr Zelenskiy, Erdogan highlighted ..." is this call)."""
    return "\n".join([fold(d.text) for d in officials] + [name for d in officials for name in voices.get(d.id, ())])
