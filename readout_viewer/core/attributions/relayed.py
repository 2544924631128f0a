"""Whose words on the call an aide or a spokesperson relays: the leader, or the leaders, their report opens on."""

from __future__ import annotations

import re

from readout_viewer.core.attributions.cue_sides import BEFORE, BOTH, Cue
from readout_viewer.core.attributions.leader_names import LeaderNames
from readout_viewer.core.language.reports import ADVERBS, REPORT_VERBS, report_subject
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.language.text import fold
from readout_viewer.core.system.lazyre import LazyPattern

# What a relaying cue's words open on before the report ("said that Trump ...", "told reporters Putin ...", "said in
# television statements that Biden ..."): not part of the report.
_THAT = re.compile(r"^[\s,:]*(?:(?:reporters|journalists)\s+)?(?:in\s+(?:an?\s+|his\s+|her\s+)?(?:[\w\-]+\s+)?"
                   r"(?:statements?|remarks|comments|interview)\s+)?(?:that\s+)?", re.IGNORECASE)
# A quotation opened between the subject and its verb ("Macron \u201ccondemned the continuation of Russian military
# operations ...,\u201d his office announced"): the subject stands outside the quoted words.
_QUOTE_OPENS = re.compile(r"(?<=\w)\s+[\"\u201c](?=\w)")
# The leaders together as the subject of a relayed report ("the two presidents discussed").
_BOTH_LEADERS = LazyPattern(r"\b(?:leaders|presidents)\b", re.IGNORECASE)
# What a leader did on the call as an aide tells it, beside the linking's verbs: "responded" and "replied" tell what a
# leader said back; "had told" the same act told in the past perfect ("the daily said Xi had told Kishida ..."); "talked
# about" a topic; "apologized" and "declined" a leader's answer to an invitation or a request ("According to her,
# Biden apologized because he will not be able to attend ...").
_ACT = (rf"{ADVERBS}(?:(?:had|has)\s+{ADVERBS})?"
        rf"(?:{REPORT_VERBS}|responded|replied|talked\s+about|apologi[sz]ed|declined)")
# A name of a few words, as the title and name of a leader ("Russian President Vladimir Putin").
_NAMED = r"(?-i:(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
# Who else an aide's report may open on, beside what `report_subject` reads: the aide's own leader ("Our president
# said that Russia will ...": an aide speaks for his side, and "our president" is its leader, whom the linking's
# subject pattern does not take for one) and two names joined by "and" ("Putin and Trump confirmed ...", "President
# Donald Trump and Russian President Vladimir Putin discussed ..."), taken as the leaders when both end on one.
_RELAY_SUBJECT = re.compile(rf"^\W*(?P<subject>(?P<own>our\s+(?:president|leader|head\s+of\s+state))|"
                            rf"(?P<one>{_NAMED})\s+and\s+(?P<other>{_NAMED}))"
                            rf",?\s+(?:{_ACT})\b", re.IGNORECASE)

# What did not come up on the call, told in the passive ("the pause in weapons shipments was not discussed during the
# conversation", "was \"not touched upon\"") or as what the leaders did not do ("The two leaders did not discuss a
# recent pause in some US weapons shipments"): the leaders' acts as an aide tells them, and what no readout says. Not
# what did come up ("Of course, the fishing season was discussed at length"): the aide's own setting before a leader's
# words, which his readout mostly tells in its own way.
_NOT_TAKEN_UP = re.compile(r"\b(?:(?:was|were)\s+[\"“]?not\s+(?:discussed|mentioned|raised|touched\s+upon|"
                           r"brought\s+up)|did\s+not\s+(?:discuss|mention|raise|touch\s+upon|bring\s+up))\b",
                           re.IGNORECASE)

# A leader by name or office after a longer setting than the linking's subject pattern takes, to its comma ("While
# discussing the situation around Iran and in the broader Middle East, Putin emphasized ...", "At the same time, the
# Russian leader emphasized ..."): whether the words name a leader is the folder's leaders' to say.
_AFTER_SETTING = re.compile(rf"^\W*(?:[^,.;:\"“”]{{3,100}},\s+)?(?P<subject>(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)"
                            rf",?\s+(?:{_ACT})\b", re.IGNORECASE)

# The leaders together as the whole subject after an aide's cue, in a form the linking's subject pattern does not read
# ("[Qureshi said] the two leaders had also discussed ...": the perfect, as an aide's later telling of the call has it).
_BOTH_NAMED = LazyPattern(r"(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|presidents|heads\s+of\s+state)", re.IGNORECASE)

# "They" opening an aide's relay on what was agreed or discussed ("They also agreed to remain in contact over the
# Kashmir issue, he said."): the leaders whose call the aide tells.
_THEY_JOINTLY = LazyPattern(r"\W*they\s+(?:also\s+|further\s+)?(?:agreed|discussed|exchanged)\b", re.IGNORECASE)


def relayed_sentences(text: str, cue: Cue, start: int, end: int, leader_named: LeaderNames | None
                      ) -> list[tuple[str, int, int]]:
    """The sentences of what the person a cue names tells in text[start:end] that open on a leader, or the leaders
    (`relayed_leader`), each with whom it opens on: an aide's unit of several sentences relays a leader's words
    in those ("Of course, the issue of Ukraine was discussed. Trump again raised ... Putin said that ...," he
    added), and the others are the aide's own. Both sides of a cue that looks both ways (", said Yuri Ushakov, his
    foreign affairs adviser.") are read."""
    sides = [(start, cue.cue_start)] if cue.says in (BEFORE, BOTH) else []
    sides += [(cue.cue_end, end)] if cue.says != BEFORE else []
    own = _office_leader(text[cue.start:cue.end], leader_named)
    out = []
    for lo, hi in sides:
        for at, stop in sentences(text, lo, hi):
            who = relayed_leader(text[at:stop], leader_named) or (own if own and _PRONOUN.match(
                _THAT.sub("", text[at:stop], count=1)) else "")
            if who:
                out += _by_clause(text, who, at, stop, leader_named)
    return out


# A report that opens on "he" or "she" ("Erdoğan's office confirmed that he welcomed ..."): the leader the cue's
# own words name, whose office speaks (_office_leader), not another person.
_PRONOUN = re.compile(r"\W*(?:he|she)\s+(?:\w+\s+)?\w", re.IGNORECASE)


def _office_leader(phrase: str, leader_named: LeaderNames | None) -> str:
    """The leader a cue's own words name ("Erdoğan's office", "the office of President Lula"), else ""."""
    m = leader_named.search(fold(phrase)) if leader_named is not None else None
    return phrase[m[0]:m[1]] if m is not None else ""


# Where a relayed sentence turns to another leader's act ("Trump reiterated his desire for a swift end to the fighting,
# while Putin expressed Moscow's willingness to engage in negotiations"): the clause after it is whose it opens on.
_TURN = LazyPattern(r",?\s+(?:while|whereas)\s+|;\s+", re.IGNORECASE)


def _by_clause(text: str, who: str, at: int, stop: int, leader_named: LeaderNames | None
               ) -> list[tuple[str, int, int]]:
    """A relayed sentence (opening on `who`) as spans of whose words they are: a clause after a turn (`_TURN`) that
    opens on a leader of its own is that leader's, any other goes on with the leader before it."""
    out = [(who, at, stop)]
    for m in _TURN.finditer(text, at, stop):
        other = relayed_leader(text[m.end():stop], leader_named)
        if other and other != out[-1][0]:
            out[-1] = (out[-1][0], out[-1][1], m.start())
            out.append((other, m.end(), stop))
    return out


def relayed_leader(told: str, leader_named: LeaderNames | None) -> str:
    """Whose words on the call a sentence an aide tells relays: the leader, or the leaders, that it opens on
    ("[Ushakov said] Trump emphasized ...", "Putin and Trump discussed ...[, Ushakov said]"; `leader_named`: the
    leaders by name or office, folded), else ""."""
    told = _QUOTE_OPENS.sub(" ", _THAT.sub("", told, count=1), count=1)
    subject = report_subject(told)
    if not subject:
        return _relayed_other(told, leader_named) or ("the leaders" if _NOT_TAKEN_UP.search(told) else "")
    named = _BOTH_LEADERS.search(subject) or (leader_named and leader_named.search(fold(subject)))
    if not named and _THEY_JOINTLY.match(told):
        return "the leaders"
    return subject if named else ""


def _relayed_other(told: str, leader_named: LeaderNames | None) -> str:
    """The subject of an aide's report that `report_subject` does not read: the aide's own leader, or two leaders by
    name (`_RELAY_SUBJECT`), or a leader by name or office after a longer setting (`_AFTER_SETTING`); else ""."""
    m = _RELAY_SUBJECT.match(told)
    if m is None:
        m = _AFTER_SETTING.match(told)
        named = m is not None and (_BOTH_NAMED.fullmatch(m.group("subject")) is not None or (
            leader_named is not None and leader_named.fullmatch(re.sub(r"^the\s+", "", fold(m.group("subject"))))))
        return m.group("subject") if m is not None and named else ""
    if m.group("own") or (leader_named and all(_ends_on(leader_named, fold(m.group(g)).strip())
                                               for g in ("one", "other"))):
        return m.group("subject")
    return ""


def _ends_on(leader_named: LeaderNames, name: str) -> bool:
    """Whether a name of a few words (folded) ends on a leader's name or office ("russian president vladimir putin")."""
    words = name.split()
    return any(leader_named.fullmatch(" ".join(words[k:])) for k in range(len(words)))


# A source cited by a pronoun, with the name it stands for ("he (Yuri Ushakov)": attributions.cues), and the words that
# open a sentence's subject with a capital only because they open the sentence ("The leaders", "Both sides").
_PRONOUN_NAMED = LazyPattern(r"^(?:he|she|they|it)\s+\((?P<name>[^()]+)\)$", re.IGNORECASE)
_OPENING_WORDS = frozenset({"The", "Both", "Each", "Neither", "Either", "All", "Our", "His", "Her", "Their", "Its"})


def relayed_by(who: str, cited_as: str) -> str:
    """Whose words an aide relays, as a reason names them inside its sentence: "the leaders (as Yuri Ushakov tells
    it)", not "The leaders (as he (Yuri Ushakov) tells it)"; a name keeps its capital ("Trump (as Ushakov tells
    it)")."""
    first, _, rest = who.partition(" ")
    subject = f"{first.lower()} {rest}".rstrip() if first in _OPENING_WORDS else who
    m = _PRONOUN_NAMED.match(cited_as.strip())
    return f"{subject} (as {m.group('name') if m else cited_as} tells it)"
