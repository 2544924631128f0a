"""What makes a leader's words an outlet tells no report of the call: said at another occasion (to the press, in an
interview, at a meeting's press appearance), or only describing it (the headline and a background section:
story_parts.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from readout_viewer.core.attributions.press_words import (
    AFTER,
    AFTER_TALKS,
    BOTH_LEADERS,
    CALL,
    TO_HIS_COUNTERPART,
    by_office,
    names_the_talks,
    office_names,
)
from readout_viewer.core.attributions.scene import SCENE_GROUPS, SETTING_STEMS
from readout_viewer.core.attributions.statements import content
from readout_viewer.core.attributions.unheard import named_at
from readout_viewer.core.language.countries import LEADER_TITLE
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.language.speakers import AT_AN_APPEARANCE, OCCASIONS
from readout_viewer.core.language.synonyms import CANON
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import Document
from readout_viewer.core.system.lazyre import LazyPattern

# A sentence that names the call ("... reported on a meaningful and warm conversation with Turkish President Recep
# Tayyip Erdoğan", "Biden described the call as productive and candid") and, besides the call's scene and the names,
# titles and countries it writes in capitals, holds no more content words than its verb and two words of manner: it
# tells how the call went, not what was said on it.
_CAPITALISED = LazyPattern(r"\b[A-Z][\w'\u2019\-]*")
_DESCRIPTION_WORDS = 3  # the verb ("reported", "described") and two words of manner ("meaningful and warm")


def describes_the_call(said: str) -> bool:
    """Whether a sentence only describes the call (`_DESCRIPTION_WORDS`): no words of it to be found in a readout."""
    if not CALL.search(said):
        return False
    words = {w for w in content(_CAPITALISED.sub(" ", said)) if w not in SETTING_STEMS and
             CANON.get(w, w) not in SCENE_GROUPS}
    return len(words) <= _DESCRIPTION_WORDS


# A leader's own words told to the press or to an audience ("..., Trump told reporters on Air Force One", "Biden told a
# news conference after the talks", "..., Zelensky told the Youth Here forum in Kyiv"): said before or after the call,
# not on it, and what a readout says of the call in other words. Only the leader's own verb, right after the name the
# cue gives: "a Russian official told reporters" is how an aide tells the call (relayed.py), and "to reporters" is
# `speakers.ELSEWHEN`'s already. The audience is named by its last word, after up to four of its name.
_APPEARANCE = re.compile(AT_AN_APPEARANCE, re.IGNORECASE)
# The press as the people a leader speaks to: one wording for the verb's object (_TOLD) and the place (_PRESS).
_PRESS_PEOPLE = r"reporters|journalists|the\s+press"
# Members of a parliament as the people told ("Ramaphosa told MPs in parliament this week he had been approached by two
# heads of state ...", the second probe of real sentences, eval/unrep_probe2.yaml: Round 48, helper unrep23): an
# audience as a parliament is (OCCASIONS), named with no article.
_MEMBERS = r"MPs|lawmakers|legislators|parliamentarians|members\s+of\s+parliament"
# A clause set off by commas may stand between the name and the verb ("..., Obama, referring to Tehran's nuclear
# program, told reporters at the White House ...": the third probe, eval/unrep_probe3.yaml, Round 49, helper
# unrep25), of up to APPOSITIVE characters.
APPOSITIVE = 60
# A broadcaster or a paper as the audience ("..., Mitsotakis told Greece's Skai radio", "told state television"): an
# interview, named with or without an article (the fourth probe, eval/unrep_probe4.yaml, Round 50, helper unrep26).
_MEDIA = r"radio|television|tv|broadcaster|newspaper|daily|channel|magazine"
_TOLD = re.compile(rf"(?:,[^,.;\n]{{1,{APPOSITIVE}}},)?\s+(?:\w+ly\s+)?told\s+(?:{_PRESS_PEOPLE}|{_MEMBERS}|"
                   rf"(?:a|an|the)\s+(?:[\w'\u2019\-]+\s+){{0,4}}?(?:{OCCASIONS})|"
                   rf"(?:(?:a|an|the)\s+)?(?:[\w'\u2019\-]+\s+){{0,4}}?(?:{_MEDIA}))\b", re.IGNORECASE)
# A leader named again, as a pronoun goes on for one (_PRONOUNS below): '"...," Sanchez said.' after "Sanchez, speaking
# at a press conference following the meeting, acknowledged ...". A story gives the words of one appearance over a
# sentence or two that each name him, so the sentences right before, as long as each names him, tell where he said
# them; up to SAME_SPEECH of them (the second quotation of '"...," Sanchez said. "But ..."' is two sentences after the
# one that places him). The press is named as the place too ("at a press conference", "to reporters"), not only an
# appearance.
SAME_SPEECH = 2
_PRESS = re.compile(rf"\b(?:press|news)\s+conference\b|\b(?:to|with)\s+(?:{_PRESS_PEOPLE})\b", re.IGNORECASE)
# A pronoun that goes on for the speaker the sentence before named ("He added, ..." after "..., Zelensky told the Youth
# Here forum in Kyiv."): the same occasion's words.
_PRONOUNS = frozenset({"he", "she"})
# A sentence that opens on such a pronoun goes on for the leader the sentence before it named, so the sentences that
# place him before the press reach over it ('"...," Obama said.' after "He said this was a unique opportunity ..."
# after "Speaking to reporters at the White House, Obama said ...": the third probe, Round 49, helper unrep25).
_GOES_ON = re.compile(r"\W*(?:he|she)\b", re.IGNORECASE)


def _told(said: str, name: str) -> bool:
    """Whether `said` has `name` telling the press or an audience (`_TOLD`) right after it."""
    return bool(name) and any(_TOLD.match(said, at + len(name)) for at in named_at(said, name))


def sentence_before(text: str, start: int) -> tuple[int, int]:
    """The sentence before offset `start` in its paragraph, or, when `start` opens its paragraph, the last sentence of
    the paragraph before: a news story's paragraphs are a sentence or two, and a pronoun that opens one
    ("\u201c...,\u201d he said" after a paragraph ending "..., Berg said in the interview.") goes on for the speaker the
    last one named."""
    para = text.rfind("\n", 0, start) + 1
    if text[para:start].strip():
        return sentences(text, para, start)[-1]
    end = len(text[:para].rstrip())
    return sentences(text, text.rfind("\n", 0, end) + 1, end)[-1] if end else (start, start)


def told_elsewhere(text: str, start: int, end: int, cited_as: str, names: Sequence[str] = ()) -> bool:
    """Whether the source an attribution names (`cited_as`: "Trump", or "He (Zelensky)" for a pronoun going on for
    him) told the press or an audience what text[start:end] says, in those words or, for a pronoun, in the sentence
    before it (`sentence_before`, `_TOLD`), where the antecedent may also speak at a public appearance ("..., Berg said
    during a speech in Bergen. He added, ...": `AT_AN_APPEARANCE`) or before the press (`_PRESS`: "Speaking to
    reporters at the White House, Obama said ... He said this was ...", unless the words are what he told his
    counterpart: `TO_HIS_COUNTERPART`), or in the sentence after it, which quotes the same
    words to their audience: the next that names the antecedent ("He stressed that ... \u201c...,\u201d Berg told the
    Youth forum in Bergen."); a leader named again, in the sentences before that name him (`_placed_before`); a
    leader named by office, in the sentence before that names him by one of `names` (`_office_goes_on`)."""
    name, _, antecedent = cited_as.partition(" (")
    if _told(text[start:end], name.strip()):
        return True
    if not antecedent and LEADER_TITLE.search(name) and _office_goes_on(text, start, names):
        return True  # "The Japanese leader also said ..." after "Suga told reporters ..."
    if name.strip().lower() not in _PRONOUNS or not antecedent:
        return bool(name.strip()) and _placed_before(text, start, name.split()[-1])
    at, stop = sentence_before(text, start)
    who = antecedent.rstrip(")").split()[-1]
    line_end = text.find("\n", end)
    # the next sentence of the paragraph that names the antecedent, or nothing
    after = [(a, b) for a, b in sentences(text, end, len(text) if line_end < 0 else line_end)
             if named_at(text[a:b], who)][:1]
    return _told(text[at:stop], who) or (bool(named_at(text[at:stop], who)) and (
        bool(_APPEARANCE.search(text, at, stop)) or (bool(_PRESS.search(text, at, stop)) and
                                                      not TO_HIS_COUNTERPART.search(text, start, end)))) or \
        any(_told(text[a:b], who) for a, b in after)


def _office_goes_on(text: str, start: int, names: Sequence[str]) -> bool:
    """Whether the sentence before offset `start` names the leader by one of `names` (folded: `voices`, his name and
    offices) and places him before the press or an audience (`_told`, `_PRESS`, `AT_AN_APPEARANCE`): a leader named
    next by his office ("After the talks, Suga told reporters, \u201c...\u201d The Japanese leader also said that he
    hopes to visit ...") goes on with the same occasion's words, as a pronoun does."""
    at, stop = sentence_before(text, start)
    said = fold(text[at:stop])
    return at < start and any(named_at(said, who) and (_told(said, who) or bool(_PRESS.search(said)) or
                                                      bool(_APPEARANCE.search(said)))
                              for who in {name.split()[-1] for name in names if name.split()})


def _placed_before(text: str, start: int, who: str) -> bool:
    """Whether one of the SAME_SPEECH sentences before offset `start`, each naming `who` or opening on a pronoun that
    goes on for him (`_GOES_ON`, passed over), places him before the press or an audience (`_told`, `_PRESS`,
    `AT_AN_APPEARANCE`)."""
    for _ in range(SAME_SPEECH):
        at, stop = sentence_before(text, start)
        if at >= start:
            return False
        if not named_at(text[at:stop], who):
            if not _GOES_ON.match(text, at, stop):
                return False
            start = at  # a pronoun going on: the sentence before it tells where (its own press may be another's)
            continue
        if _told(text[at:stop], who) or _PRESS.search(text, at, stop) or _APPEARANCE.search(text, at, stop):
            return True
        start = at
    return False


# A story that retells a leader's interview: its first paragraph names the leader and an interview ("... Gustavo Petro
# spoke for the first time after the elections. In interview with Snail News gave details about his conversation with
# ..."). What the story then gives as his words is what he told the interviewer after the call, not words on it.
_INTERVIEW = re.compile(r"\binterview(?:ed|s)?\b", re.IGNORECASE)


def interview_story(text: str, cited_as: str) -> bool:
    """Whether the text's first paragraph names the leader a cue cites (`cited_as`: "Petro", "He (Petro)") and an
    interview (`_INTERVIEW`)."""
    name, _, antecedent = cited_as.partition(" (")
    who = (antecedent.rstrip(")") if name.strip().lower() in _PRONOUNS and antecedent else name).split()
    lede = text.lstrip().split("\n\n", 1)[0]
    return bool(who) and bool(_INTERVIEW.search(lede)) and bool(named_at(lede, who[-1]))


# A meeting in person whose leaders then spoke to the press together or after it ("Speaking Monday at a joint press
# conference in Rome, Starmer said ...", "said Meloni during a press conference alongside Starmer", "Meloni told
# reporters at the end of talks with Starmer", "he declined to provide any details to journalists after the meeting"):
# one sentence of an outlet names the press and the joint appearance ("The two leaders, who jointly met the press,
# ..."), or the meeting before it. A call has no such
# appearance: what a leader tells journalists of a call is his account of it ("Putin, speaking to journalists in Sochi,
# said the conversation ... lasted for more than two hours"), which the golds count as a report of the call.
_JOINT = LazyPattern(r"(?i:\bjoint\s+(?:press|news)\s+conference)|"
                    r"(?i:\b(?:press|news)\s+conference\s+(?:alongside|with))\s+[A-Z]|"
                    r"(?i:\bjointly\s+(?:met|meeting|address(?:ed|ing)|brief(?:ed|ing)|spoke\s+to|speaking\s+to))\b|"
                    rf"(?i:{AFTER_TALKS})")
_PRESS_WORD = LazyPattern(rf"\b(?:press|news)\s+conference\b|\b(?:{_PRESS_PEOPLE})\b", re.IGNORECASE)
# Where a story places a leader before the press: the press as a place or an audience ("at a joint press conference",
# "during a press conference", "told a press conference in Rome", "told reporters", "later telling reporters",
# "speaking to journalists"), the leader named in the _BEFORE characters right before it ("Starmer told Meloni during a
# joint press conference", "said Meloni during a press conference alongside Starmer": not Starmer, named after it) or,
# after it, as the subject of the clause it opens ("Speaking Monday at a joint press conference in Rome, Starmer said
# ...": `_OPENS`).
# The press is met or addressed too ("Xi, addressing journalists later, ...", "The two leaders, who jointly met the
# press, ..."), and a leader's words come after the talks ("In comments after his meeting with Macron, Xi called for
# ...": `AFTER_TALKS`), at the meeting whose leaders met the press.
_AT_THE_PRESS = re.compile(rf"\b(?:at|during|to|before|in|told)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}?"
                           rf"(?:press|news)\s+conference\b|"
                           rf"\b(?:told|telling|to|with|address(?:ing|ed)|met|meeting)\s+(?:{_PRESS_PEOPLE})\b|"
                           rf"{AFTER_TALKS}", re.IGNORECASE)
_BEFORE = 40  # "Starmer told Meloni during a joint press conference": a name, a verb and a name of up to 20 letters
_OPENS = LazyPattern(r"[^,.;:!?\n]{0,30},\s+(?:[A-Z][\w.\-]*\s+){0,4}$")  # " in Rome, " then up to four titles
# What the leaders did together, which a leader's words to the press may report ("Starmer and I agree that ...", "one
# of the main topics discussed was ...", "We've discussed the concept of it"): a report of the meeting, the golds'
# unreported items when no official text carries it, never the leader's own view.
_MEETING_STEMS = content("discuss discussed agree agreed")


def met_the_press(text: str) -> bool:
    """Whether one of the text's sentences names the press and a joint appearance or a meeting before it (`_JOINT`):
    the event is a meeting whose leaders spoke to the press."""
    return any(_JOINT.search(text, a, b) and _PRESS_WORD.search(text, a, b) for a, b in sentences(text, 0, len(text)))


# An official text that is itself a leader's statement at the meeting's press appearance: its title or its first
# sentence says so ("Press statements following talks with Hungarian Prime Minister Viktor Orban", "Statement by Prime
# Minister Viktor Orbán following his meeting with ...", "President Meloni's press statement with Prime Minister
# Starmer", "... made press statements following their talks."). When every official text of a meeting is one, the
# appearance is the folder's only official account and a leader's words at it are no view given apart from that account
# (`views_apart`). One side's readout of the talks ("PM meeting with Prime Minister Meloni of Italy") makes the
# appearance an occasion apart again, for both leaders: a golds' count (docs/engine-history.md, Round 45, helper
# unrep18).
_PRESS_STATEMENT = LazyPattern(rf"\b(?:press\s+statements?|statements?\s+to\s+the\s+press)\b|"
                              rf"\bstatements?\b[^.\n]{{0,60}}?{AFTER_TALKS}", re.IGNORECASE)


def press_statement(doc: Document) -> bool:
    """Whether an official text is a record of the leaders' statements at the meeting's press appearance: its title or
    its first sentence names a press statement (`_PRESS_STATEMENT`)."""
    if not doc.is_official:
        return False
    lede = doc.text.lstrip().split("\n", 1)[0]
    at, stop = sentences(lede)[0]
    return any(_PRESS_STATEMENT.search(said) for said in (doc.title, lede[at:stop]))


def views_apart(documents: Sequence[Document]) -> bool:
    """Whether an event's leaders gave views at a press appearance apart from its official account: an outlet tells
    them meeting the press (`met_the_press`), and not every official text is a record of their statements there
    (`press_statement`): when all are, the appearance is the folder's only official account, and a leader's words at
    it that the stored copies lack are unreported (the Kremlin's "Press statements following talks with ..." and
    Orbán's "Statement ... following his meeting with ...", both cut short)."""
    return not all(press_statement(d) for d in documents if d.is_official) and \
        any(met_the_press(d.text) for d in documents if not d.is_official)


def _at_the_press(sentence: str, who: str) -> bool:
    """Whether `sentence` places `who` (a last name, or both leaders: `BOTH_LEADERS`) before the press
    (`_AT_THE_PRESS`, `_BEFORE`, `_OPENS`)."""
    for m in _AT_THE_PRESS.finditer(sentence):
        window = sentence[max(0, m.start() - _BEFORE):m.start()]
        if named_at(window, who) or BOTH_LEADERS.search(window):
            return True
        subjects = named_at(sentence, who) + [b.start() for b in BOTH_LEADERS.finditer(sentence)]
        if any(at >= m.end() and _OPENS.match(sentence[m.end():at]) and sentence.count(",", m.end(), at) == 1
               for at in subjects):
            return True
    return False


def press_story(text: str, start: int, end: int, cited_as: str, names: Sequence[str] = ()) -> bool:
    """Whether text[start:end], the words of the leader a cue cites (`cited_as`: "Starmer", "he (Starmer)", or "The
    Chinese leader", by one of `names`: `office_names`), come in a story that placed him before the press in that
    sentence or one before it (`_at_the_press`), or whose own sentence names him after the talks (`AFTER`): at a
    meeting whose leaders met the press (`met_the_press`, asked by the caller), what he then says is his view given
    to the press, not a report of the talks. Unless the words name the talks (`names_the_talks`), tell what the two
    discussed or agreed (`_MEETING_STEMS`) or what he told his counterpart (`TO_HIS_COUNTERPART`)."""
    name, _, antecedent = cited_as.partition(" (")
    who = (antecedent.rstrip(")") if name.strip().lower() in _PRONOUNS and antecedent else name).split()
    office, said = by_office(cited_as), text[start:end]
    whos = office_names(names) if office else who[-1:]
    if not whos or names_the_talks(said) or content(said) & _MEETING_STEMS or TO_HIS_COUNTERPART.search(said):
        return False
    if any(named_at(fold(said) if office else said, who) for who in whos) and AFTER.search(said):
        return True  # "Xi and Macron on Thursday called on ..., following their talks in Beijing."
    return any(_at_the_press(fold(text[a:b]) if office else text[a:b], who)
               for a, b in sentences(text, 0, end) if a < end for who in whos)


def own_words_elsewhere(text: str, span: tuple[int, int], cited_as: str, names: Sequence[str],
                        at_a_meeting: Callable[[], bool]) -> bool:
    """Whether the leader's own words text[span] were told to the press or an audience (`told_elsewhere`), retold
    from his interview (`interview_story`), or given at the press appearance of a meeting whose leaders met the press
    (`press_story`, when `at_a_meeting()`, asked last: it reads every outlet of the event once)."""
    start, end = span
    return told_elsewhere(text, start, end, cited_as, names) or interview_story(text, cited_as) or \
        (press_story(text, start, end, cited_as, names) and at_a_meeting())
