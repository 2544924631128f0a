"""Spot the words that pin a statement on a source: "the Kremlin said", "according to ...", "as ... reads", "said X"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from readout_viewer.core.attributions import gates
from readout_viewer.core.attributions.cited import CASE_TWINS, Source
from readout_viewer.core.language import lexicon
from readout_viewer.core.language.text import fold

# Verbs that report what a source said or wrote.
_VERBS = (r"said|says|say|stated|states|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|"
          r"denied|denies|"
          r"reiterated|warned|insisted|claimed|claims|announced|reported|reports|wrote|writes|reads|"
          r"affirmed|confirmed|explained|tweeted|acknowledged|argued|made (?:it )?clear|saying|"
          r"urged|urges|blamed|blames|accused|accuses|quotes|quoted|posted|posts|"
          # "the White House described the conversation as 'candid'": a characterisation is a statement
          r"described|describes|characteri[sz]ed|characteri[sz]es|"
          r"pointed out|points out|indicated|indicates|replied|replies|responded|responds|answered|"
          # "The official also spoke of Moscow holding public talks", "The representative also commented on ..."
          r"spoke (?:of|about)|commented|"
          # "Ushakov was quoted by Sputnik as saying": the words quoted are his
          r"(?:was|were)\s+quoted(?:\s+by(?:\s+[\w\-]+){1,4}?)?\s+as\s+saying|"
          # "Trump took to social media to praise the call": what follows is said there
          r"took to (?:[\w\-]+\s+){1,3}?to\s+[a-z]+|"
          # "called" a word of its own ("called his conversation with Putin 'lengthy'"), not "called Putin"
          r"call(?:s|ed)(?=\s+(?:[\w\-\u2019']+\s+){0,6}?[\"\u201c])")
# "Trump also pointed out", "The president further indicated": an adverb of addition between the speaker and the verb.
_ALSO = r"(?:(?:also|further|then|later|again)\s+)?"
# Verbs that follow their speaker after a quotation or clause ("...,” said Sullivan").
_INVERTED_VERBS = r"said|says|added|adds|noted|notes|wrote|writes|reads|read"
# Verbs of a passive citation ("it was stressed by the U.S. side").
_PASSIVE_VERBS = r"said|stated|stressed|reported|announced|noted|confirmed|emphasi[sz]ed|reiterated"
# Participles of "as assessed by the Kremlin": the statement stands around them.
_AS_BY_VERBS = r"assessed|described|reported|stated|noted|put|characteri[sz]ed"
# An appositive between a speaker and the verb ("Mark Galeotti, an analyst at UCL, wrote"), not a citation.
_APPOSITIVE = r"(?:,(?:(?!according)[^.;\"\u201c\u201d]){1,160}?,)?"
# Nouns for an official text, after a source's name ("the Kremlin's readout", "the White House statement").
_DOC_NOUNS = (r"readouts?|statements?|message|summary|account|briefing|press release|release|transcript|"
              r"version|communiqu[eé]|press call|website|press service|press office")
# What an account is of, after its noun ("the Kremlin's readout of the call said", "the White House summary of
# Thursday's conversation"): part of the name of the document, not of the statement.
_OF_THE_CALL = (r"(?:\s+of\s+(?:the|their|this|that|[\w\-]+'s)\s+(?:[\w\-]+\s+){0,2}?"
                r"(?:call|conversation|talks|meeting))?")
# An account someone else put out, before its source's name: "according to a description of the conversation
# released by China's foreign ministry", "according to a readout issued by the Kremlin".
_RELEASED = (rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_DOC_NOUNS}|description)"
             r"(?:\s+of\s+(?:the|their|this)\s+(?:[\w\-]+\s+){0,2}?(?:call|conversation|talks|meeting))?"
             r"\s+(?:released|issued|published|put\s+out|posted|provided|given)\s+by")
# An account named before its source's name: "a statement from the White House", "a news release from the
# Foreign Ministry", "the press service of the White House" ("according to ...", "citing ...", "..., reads ...").
_FROM = rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_DOC_NOUNS})\s+(?:from|by|of)\s+"
# An account placed on its source's channel, after "stated in" or "published on": "a press release published on
# the Kremlin's website", "a statement posted by the White House", "the readout from the Kremlin".
_PUBLISHED = rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_DOC_NOUNS})\s+(?:(?:published|posted|released|issued)\s+)?" \
             r"(?:on|by|at|from)\s+"
# A ministry named by its kind alone, which stands for the last one the text named (its readout too: "a ministry
# readout said").
_BARE_MINISTRY = (rf"(?:the|a)\s+(?:foreign\s+)?ministry(?:'s)?(?:\s+(?:{_DOC_NOUNS}|spokes(?:man|woman|person)))?"
                  r"(?!\s+of\b)")
# An official text named by its kind alone ("according to the readout", "the statement said"), which stands for
# the institution the text last named in the ACCOUNT_REACH characters before the sentence ("..., the Kremlin said
# in its readout of the call. ... according to the readout"; not a side the statement itself names); never one
# said to come from elsewhere ("the statement by NATO", "the readout released by ...").
_BARE_ACCOUNT = r"the\s+(?:official\s+|full\s+)?(?:readout|statement)(?!\s+(?:by|from|released|issued)\b)"
ACCOUNT_REACH = 600
# What a text, not a person, does with its words ("the statement read", "the statement also mentioned ..."): verbs of
# a bare account only ("Modi read" or "Xi mentioned" say little of what was said).
_TEXT_VERBS = r"|read|mentioned|mentions"
# The kinds of antecedent a bare cue stands for, by index: a ministry, an institution, unnamed officials' side.
_MINISTRY, _INSTITUTION, _OFFICIALS = range(3)
# An official or representative left unnamed and unplaced ("An official described the tone ...", "..., said the
# official"), who speaks for the side the text named last (or for the unnamed officials it named last); not one
# placed elsewhere ("an official of the OSCE").
_BARE_OFFICIAL = r"(?:the|an|one)\s+(?:(?:senior|top|same)\s+)?(?:official|representative)\b(?!\s+(?:of|from|for|at)\b)"
# Words no preposition may stand before in a subject: "the President of Russia noted" is not Russia speaking.
_PREPOSITIONS = ("of", "in", "to", "from", "with", "by", "for", "on", "at", "against", "over", "about")
# When a speaker spoke, between the name and the verb ("Putin on Tuesday said", "Peskov yesterday told").
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WHEN = rf"(?:\s+(?i:(?:on\s+)?(?:{_DAYS})|yesterday|today))?"
# Capitalised words that start sentences or name roles or groups, never a speaker's name on their own.
_NOT_NAMES = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so", "this",
              "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "in", "on", "at", "for",
              "if", "when", "while", "after", "before", "later", "earlier", "officials", "analysts", "experts",
              "critics", "reports", "sources", "both", "some", "many", "one", "who", "what", "which", "mr", "ms",
              "mrs", "dr", "president", "minister", "aide", "adviser", "advisor", "secretary", "spokesman", "q",
              # days and months name a time ("On Friday, Xi reiterated ..., saying"; "In March, Lavrov said")
              *_DAYS.split("|"), "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"}
# A person's name: one to three capitalised words (hyphenated parts allowed), no apostrophes ("I’ll").
_PERSON = r"((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
# "The Iranians", "the Russian": a nationality after "the" is not a named speaker (but "Saradzhyan" is).
_NATIONALITY = re.compile(r"(?:ians?|ans?|ese|ish)$")


# A capitalised name right after an official's title ("US Representative Adam Smith").
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A source's aide or spokesperson left unnamed, right before the verb ("Putin's aide said", "the Kremlin's
# spokesman said"), speaks for the same texts as the source, as a person: not a leader's own words.
# Titles of a person who speaks for a leader or an institution.
_AIDE_TITLES = r"aide|adviser|advisor|spokes(?:man|woman|person)|press\s+secretary"
_HIS_AIDE = rf"(?:'s\s+(?:[\w\-]+\s+){{0,2}}?(?P<aide>{_AIDE_TITLES}))?"
# Fewer words than this after "X said" and the statement is before it ("..., Petrenko said on Tuesday").
MIN_AFTER_WORDS = 4
# Words that only say when, where or in what a source spoke ("..., the Kremlin press service said on Friday after
# a telephone conversation", "..., the White House said in a readout of the call"): after the cue they leave the
# statement where it stands, before the cue, however many of them there are.
SETTING_TAIL_WORDS = lexicon.STOPWORDS | lexicon.SETTING_WORDS | lexicon.PUBLICATION_WORDS | frozenset(
    "said says phone telephone telephonic evening morning afternoon night late early after following during week "
    "weekend later earlier".split())
# Characters looked back from a cue for words of its sentence before it: a cue that opens its sentence ("The Kremlin
# announced the call on its website on Thursday") says what follows it, setting words or not.
SETTING_LOOK_BACK = 400
# Where a cue's statement stands: "X said that S" (after), "S, said X" (before), "S, according to X, S" (both).
AFTER, BEFORE, BOTH = "after", "before", "both"
# An institution's pronoun ("..., it said", "Instead, it focused on ..."), for the institution the text named just
# before, as a bare account is. Not "it mentions": what a text is said to mention is often what it only touches on.
_IT_CUES = [(re.compile(p, re.IGNORECASE), says) for p, says in (
    (r"(?<![\w\-'\u2019])(?P<phrase>it)\s+(?:(?:also|further|then|later|again|only)\s+)?"
     r"(?:said|says|added|adds|stated|noted|read|reads|focused\s+on|focuses\s+on)\b", AFTER),
    (r"[,\"\u201d]\s*(?P<phrase>it)\s+(?:said|added|stated|noted)\b", BEFORE))]
# A cue that says its source left something out ("the U.S. readout did not mention Bangladesh"): what follows it is
# what the source's text is said to lack, checked for absence (its Cue says AFTER, with `absent`).
ABSENT = "absent"
# Words that say a text lacks something: "did not mention", "makes no reference to", "left out", "omitted".
_ABSENCE = (r"(?:(?:did|does|do)\s+not|didn't|doesn't|never)\s+(?:mention|refer\s+to|include)|"
            r"(?:made|makes|make)\s+no\s+(?:mention|reference)\s+(?:of|to)|(?:left|leaves)\s+out|omitted|omits")
# What a document is about, after its noun ("the White House statement on the Biden-Modi conversation").
_ON_THE_CALL = r"(?:\s+(?:on|about)\s+(?:the|their|this)\s+(?:[\w\-]+\s+){0,2}?(?:call|conversation|talks|meeting))?"
# A source that put out a text lacking it: "the White House published a readout that left out ...".
_PUT_OUT_THAT = rf"(?:\s+(?:published|released|issued|put\s+out)\s+(?:an?|its)\s+(?:{_DOC_NOUNS})\s+that)?"


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


# Whom a statement was told to and where, after the cue that closes it ("..., Ushakov told reporters at a
# briefing."): no part of the statement.
_AUDIENCE = re.compile(r"\s+(?:reporters|journalists|the\s+(?:press|media)|(?:a|the)\s+(?:news\s+|press\s+)?"
                       r"(?:briefing|conference))\b(?:\s+(?:at|on|in|during|after|before)\b[^,;:\"\u201c]{0,60})?"
                       r"[.!]?[\"'\u201d\u2019]?\s*$", re.IGNORECASE)
# A cue set off by commas inside its statement ("A truce with Ukraine, he added, is possible once ..."): the
# statement stands on both sides, unless what follows the comma says more about the speaker.
_ASIDE = re.compile(r",\s+(?!(?:who|which|whose|adding|referring|speaking|according|citing|in|at|on|during|after|"
                    r"before|while|as|when|where)\b)", re.IGNORECASE)


def _says(text: str, cue_start: int, cue_end: int, end: int, says: str) -> str:
    """A subject cue after a closing quote, or with next to nothing after it but whom it was told to, or when, where
    and in what ("..., Petrenko said on Tuesday", "..., Ushakov told reporters at a briefing", "..., the Kremlin
    said in a readout after the call"), looks back, not ahead; a cue that
    looks back but stands between commas inside its statement looks both ways."""
    if says == BEFORE and _ASIDE.match(text, cue_end, end) and \
            len(re.findall(r"\w+", text[cue_end:end])) >= MIN_AFTER_WORDS:
        return BOTH
    if says != AFTER:
        return says
    quoted_before = text[max(0, cue_start - 4):cue_start].rstrip(" ,")[-1:] in ('"', "\u201d", "'", "\u2019")
    told = _AUDIENCE.fullmatch(text, cue_end, end) is not None
    tail = re.findall(r"\w+", text[cue_end:end])
    opening = not re.search(r"\w", re.split(r"[.!?\n]", text[max(0, cue_start - SETTING_LOOK_BACK):cue_start])[-1])
    setting = not opening and all(w.lower() in SETTING_TAIL_WORDS or w.isdigit() for w in tail)
    return BEFORE if quoted_before or told or setting or len(tail) < MIN_AFTER_WORDS else AFTER


def _alternation(names: Sequence[str]) -> str:
    """The names as one regex, factored on their common beginnings ("russian (?:foreign ministry|government|…)"):
    the same matches, in the same order, as the names listed longest first (as source_table lists them: a name that
    goes on is tried before the one that stops), with less to compile (corpus/'s 115 source names: the cue finder's 19
    patterns 30,700 -> 24,400 characters, 92 -> 62 ms to compile in one first analysis)."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here

    def emit(node: dict[str, dict]) -> str:
        goes_on = [re.escape(ch).replace(r"\ ", r"\s+") + emit(child) for ch, child in node.items() if ch]
        options = goes_on + ([""] if "" in node else [])  # a longer name first, as longest first has it
        return "(?:" + "|".join(options) + ")" if len(options) > 1 else "".join(options)
    return emit(trie)


def _not_after(words: Sequence[str]) -> str:
    """Look-behinds that fail after any of the words and a space: one for the words of each length (a look-behind's
    alternatives must be as long as one another), not one for each word, which the subject cue tried at every word
    of every sentence (corpus/: 12 -> 5 look-behinds, the pattern's search about a quarter faster)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(rf"(?<!\b(?:{'|'.join(same)}) )" for same in by_length.values())


def _names_pattern(sources: Sequence[Source], subject: bool = False) -> str:
    """A regex for any of the names, with "the", "official" and a document noun around it."""
    alternatives = _alternation([s.name for s in sources])
    not_after = _not_after(_PREPOSITIONS) if subject else ""
    return rf"{not_after}(?:(?:the|a|an)\s+)?(?:official\s+)?(?P<name>{alternatives})\b" \
           rf"(?:(?:'s)?\s+(?:own\s+)?(?:official\s+)?(?:{_DOC_NOUNS})\b)?{_OF_THE_CALL}"


# "He said", "she added", "..., he stressed.", "According to him, ...": a pronoun that speaks, either opening the
# sentence (after "And", "But" or "Also"; matched at the sentence's start) or after the statement it closes.
# A role named with "the" stands for the speaker just named too ("the Kremlin aide stated", "The president further
# indicated"): an aide's or official's title for a spokesperson or official, a head's for a leader.
_AIDES = rf"{_AIDE_TITLES}|official|representative|diplomat"
_ROLE = rf"the\s+(?:[a-z][\w\-]+\s+){{0,2}}?(?:(?P<aide>{_AIDES})|(?P<head>president|leader))\b"
_ROLE_VERBS = rf"{_INVERTED_VERBS}|stated|stressed|emphasi[sz]ed|told"
_PRONOUN_CUES = (
    (re.compile(rf"\W*(?:(?:and|but|also|then)\s+)?(?P<phrase>he|she|{_ROLE})\s+(?:also\s+|further\s+)?"
                rf"(?:{_VERBS})\b", re.IGNORECASE), AFTER),
    (re.compile(rf"[,\"\u201d]\s*(?P<phrase>he|she)\s+(?:also\s+)?(?:{_INVERTED_VERBS}|stressed|emphasi[sz]ed|told|"
                r"replied|responded|answered)\b"),
     BEFORE),
    (re.compile(r"\baccording\s+to\s+(?P<phrase>him|her)\b", re.IGNORECASE), BOTH),
    (re.compile(rf"[,\"\u201d]\s*(?P<phrase>{_ROLE})\s+(?:also\s+)?(?:{_ROLE_VERBS})\b", re.IGNORECASE), BEFORE),
    (re.compile(rf"[,\"\u201d]\s*(?:{_INVERTED_VERBS})\s+(?P<phrase>{_ROLE})", re.IGNORECASE), BEFORE),
)


def _fits(m: re.Match[str], speaker: Cue) -> bool:
    """Whether the pronoun or role of a match can stand for the speaker: a head's title for a leader, an aide's or
    official's for anyone else."""
    groups = m.groupdict()
    if groups.get("head"):
        return speaker.leader
    return not (groups.get("aide") and speaker.leader)


def pronoun_cue(text: str, start: int, end: int, speaker: Cue) -> Cue | None:
    """A cue of text[start:end] that speaks by a pronoun or a role with "the", for the person the sentence before
    named as speaking (`speaker`: a leader, a spokesperson, anyone named)."""
    for i, (pattern, says) in enumerate(_PRONOUN_CUES):
        m = pattern.match(text, start, end) if i == 0 else pattern.search(text, start, end)
        if m is not None and _fits(m, speaker):
            return speaker._replace(start=m.start("phrase"), end=m.end("phrase"), cue_start=m.start(),
                                    cue_end=m.end(), says=_says(text, m.start(), m.end(), end, says),
                                    antecedent=speaker.antecedent or text[speaker.start:speaker.end])
    return None


def _mapped(sources: Sequence[Source]) -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    """The cue patterns that name a source of the folder outright, with where each one's statement stands and the
    words one of which each match holds (gates.py)."""
    strong = [s for s in sources if not s.weak]
    mapped: list[tuple[re.Pattern, str, tuple[str, ...]]] = []
    if sources:
        # "according to the Kremlin", "citing a statement from the White House"
        mapped.append((re.compile(rf"\b(?:according\s+to|citing)\s+(?P<phrase>(?:{_FROM})?"
                                  rf"{_names_pattern(sources)})"), BOTH, gates.ACCORDING_OR_CITING))
        mapped.append((re.compile(rf"\baccording\s+to\s+(?P<phrase>{_RELEASED}\s+{_names_pattern(sources)})"),
                       BOTH, gates.ACCORDING))
    if strong:
        names, subject = _names_pattern(strong), _names_pattern(strong, subject=True)
        mapped += [(re.compile(p), says, needles) for p, says, needles in (
            (rf"\bas\s+(?P<phrase>(?:(?!as\b)[\w\-]+\s+){{0,6}}?{names})\s+"
             rf"(?:reads|said|says|put\s+it|noted|reported|stated)\b", BOTH, gates.AS_SAID),
            (rf"(?<![\w\-])(?P<phrase>{subject}{_HIS_AIDE}){_APPOSITIVE}{_WHEN}\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?"
             rf"{_ALSO}(?:{_VERBS})\b", AFTER, gates.VERBS),
            (rf"\bas\s+(?:{_AS_BY_VERBS})\s+by\s+(?P<phrase>{names})", BOTH, gates.BY),
            # "The call, described by the White House as 'candid'": what follows "as" is the source's
            (rf"\b(?:described|characteri[sz]ed|called|termed)\s+by\s+(?P<phrase>{names})\s+as\b", AFTER, gates.BY),
            (rf"\b(?:{_PASSIVE_VERBS})\s+by\s+(?P<phrase>{names})", AFTER, gates.BY),
            # "the statement from PMO read": a text named before its source does what a text does too
            (rf"(?<![\w\-])(?P<phrase>{_FROM}{names})\s+{_ALSO}(?:{_VERBS}{_TEXT_VERBS})\b", AFTER,
             gates.VERBS + gates.TEXT_VERBS),
            # "This is stated in a press release published on the Kremlin's website": the document is the source
            (rf"\b(?:{_PASSIVE_VERBS}|published|posted)\s+(?:in|on)\s+(?P<phrase>{_PUBLISHED}{names})", BOTH,
             gates.DOC_NOUNS),
            (rf"[,\"\u201d]\s*(?:{_INVERTED_VERBS})\s+(?P<phrase>(?:{_FROM})?{names})\b", BEFORE,
             gates.INVERTED_VERBS),
            (rf"(?<![\w\-])(?P<phrase>(?:{_FROM})?{names}){_ON_THE_CALL}{_PUT_OUT_THAT}\s+(?:{_ABSENCE})\b", ABSENT,
             gates.ABSENCE),
        )]
    return mapped


def named_in(sources: Sequence[Source], folded: Iterable[str]) -> list[Source]:
    """The sources whose name some text holds (`folded`: the texts, folded; their spaces made single here): a name
    no text holds matches none of them, and leaving it out of the patterns spares compiling it (corpus/: 48 of 115
    names, the patterns that name sources outright 18,100 -> 8,100 characters; a folder's first analysis compiles
    them)."""
    joined = "\x00".join(" ".join(t.split()) for t in folded)
    return [s for s in sources if " ".join(s.name.split()) in joined]


class CueFinder:
    """Compiled cue patterns for the sources of one folder."""

    def __init__(self, sources: Sequence[Source], principals: set[str], texts: Mapping[str, str] | None = None
                 ) -> None:
        """`texts`: the only texts find() will read, if known, each with its folded text: the patterns then hold only
        the names they hold (find() on another text compiles them with every name first)."""
        self.by_name = {s.name: s for s in sources}
        self.principals = principals
        strong = [s for s in sources if not s.weak]
        self.known = {w for s in sources for w in s.name.split()}
        self._sources, self._texts = sources, frozenset(texts or ())
        held = sources if texts is None else named_in(sources, texts.values())
        self.mapped = _mapped(held)
        self._every_name = self.mapped if texts is None else None
        # "the ministry said" stands for the last ministry the text named ("the Chinese foreign ministry"); "the
        # readout said" for the institution the text named last, close before it; "an official said" for the side
        # whose institution or unnamed officials the text named last, close before it
        institutions = [x for x in strong if not x.person and not x.leader]
        unnamed = [x for x in sources if x.unnamed]
        self._antecedent_lists = ([x for x in sources if "ministry" in x.name], institutions,
                                  institutions + unnamed if institutions and unnamed else [])
        # the texts' names, unless a text holds a letter fold() leaves that re.IGNORECASE takes for an ASCII one; each
        # kind's pattern compiled when a cue of that kind first needs it (most folders need one kind or two)
        twins = any(twin in t for t in self._texts for twin, _ in CASE_TWINS)
        self._held = _Antecedents(self._antecedent_lists, sources if twins or texts is None else held)
        self._every = self._held if texts is None or twins else None
        self.bare = [(re.compile(p, re.IGNORECASE), says, kind, reach, gates.BARE_KINDS[kind])
                     for kind, (bare, reach) in enumerate(((_BARE_MINISTRY, None), (_BARE_ACCOUNT, ACCOUNT_REACH),
                                                           (_BARE_OFFICIAL, ACCOUNT_REACH)))
                     if self._antecedent_lists[kind] for p, says in (
            (rf"(?<![\w\-])(?P<phrase>{bare}){_APPOSITIVE}{_WHEN}\s+{_ALSO}(?:{_VERBS}"
             rf"{_TEXT_VERBS if kind == _INSTITUTION else ''})\b", AFTER),
            (rf"[,\"\u201d]\s*(?:{_INVERTED_VERBS})\s+(?P<phrase>{bare})\b", BEFORE),
            (rf"\baccording\s+to\s+(?P<phrase>{bare})\b", BOTH),
        )]
        if self._antecedent_lists[_INSTITUTION]:  # "it said": the institution the text named just before
            self.bare += [(pattern, says, _INSTITUTION, ACCOUNT_REACH, gates.IT) for pattern, says in _IT_CUES]
        self.people = [(re.compile(p), says, needles) for p, says, needles in (
            (rf"(?<![\w\-])(?P<phrase>{_PERSON}){_APPOSITIVE}{_WHEN}\s+{_ALSO}(?:{_VERBS})\b", AFTER, gates.VERBS),
            (rf"[,\"\u201d]\s*(?:{_INVERTED_VERBS})\s+(?P<phrase>{_PERSON})\b", BEFORE, gates.INVERTED_VERBS),
            (rf"\baccording\s+to\s+(?P<phrase>{_PERSON})\b", BOTH, gates.ACCORDING),
        )]

    def find(self, text: str, start: int, end: int, people: bool = True,
             quoted: Sequence[tuple[int, int]] = ()) -> Cue | None:
        """The first cue in text[start:end] naming a source of the folder, else one naming an unknown person.

        Cues inside the `quoted` spans are the quoted speaker's words, not the writer's attribution; without
        `people`, only institutions count (an official text reports its own people's words, it does not cite them).
        """
        folded = fold(text[start:end])
        seen = gates.gate_text(text[start:end], folded)  # what the gates read: a pattern is searched when it may match
        hits = []
        for pattern, says, needles in self._patterns_for(text):
            if not gates.holds(seen, needles):
                continue
            for m in pattern.finditer(folded):
                source = self.by_name.get(re.sub(r"\s+", " ", m.group("name")))
                at = start + m.start()
                if source is not None and source.unnamed and _NAME_AFTER.match(text, start + m.end()):
                    continue  # "White House official John Kirby said": a title, the named person speaks
                if source is not None and source.capitals and not text[start + m.start("name"):start + m.end(
                        "name")].isupper():
                    continue  # "PM" in capitals only: "pm" is a time
                if source is not None and (people or not source.person) and not any(s <= at < e for s, e in quoted):
                    aide = bool(m.groupdict().get("aide"))  # "Putin's aide said": the aide speaks, not the leader
                    if says == ABSENT:  # a text's absence: an institution's text, not what a person left unsaid
                        if not (source.person or source.leader):
                            hits.append(Cue(start + m.start("phrase"), start + m.end("phrase"), at, start + m.end(),
                                            source.docs, AFTER, absent=True))
                        continue
                    hits.append(Cue(start + m.start("phrase"), start + m.end("phrase"), at, start + m.end(),
                                    source.docs, _says(text, at, start + m.end(), end, says),
                                    source.leader and not aide, person=source.person or aide, unnamed=source.unnamed))
        hits += self._named_before(text, start, end, quoted, seen)
        hits = [c for c in hits if not c.unnamed] or hits  # "A senior official said Biden told Putin": Biden
        # An institution named anywhere in the sentence is its source ("Putin told Trump that …, the Kremlin
        # said"): the leader is who spoke, the institution who reports it.
        named = [c for c in hits if not c.leader] or hits
        first = min(named, key=lambda c: (c.cue_start, -c.cue_end)) if named else None
        if not people or (first is not None and not first.leader):
            return first
        person = self._unknown_person(text, start, end, quoted, seen)
        if first is None or (person is not None and person.cue_start < first.cue_start):
            return person  # "Andrew Weiss, an analyst, said Biden's call shows ...": the analyst speaks
        return first

    def _patterns_for(self, text: str) -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
        """The patterns naming sources outright for a text: those of the names the finder's texts hold, or, for a
        text it was not given, those of every name."""
        if text in self._texts:
            return self.mapped
        if self._every_name is None:
            self._every_name = _mapped(self._sources)
        return self._every_name

    def _antecedents_for(self, text: str) -> _Antecedents:
        """The antecedent patterns for a text: with the names the finder's texts hold, or every name for another."""
        if text in self._texts:
            return self._held
        if self._every is None:
            self._every = _Antecedents(self._antecedent_lists, self._sources)
        return self._every

    def _named_before(self, text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], seen: str
                      ) -> list[Cue]:
        """A cue of "the ministry" or "the readout" in text[start:end], for the last ministry (or institution,
        close enough) the text named before it (`seen`: text[start:end] as the gates read it)."""
        for pattern, says, kind, reach, needles in self.bare:
            m = pattern.search(text, start, end) if gates.holds(seen, needles) else None
            if m is None or any(s <= m.start() < e for s, e in quoted):
                continue
            antecedents = self._antecedents_for(text).pattern(kind)
            if antecedents is None:
                continue  # no text of the finder's holds a name of this kind
            # a ministry named anywhere before; an institution in the sentences just before (not in the statement)
            span = (0, m.start()) if reach is None else (max(0, start - reach), start)
            named = [n for n in antecedents.finditer(text, *span) if n.group("name")]
            source = self.by_name.get(re.sub(r"\s+", " ", fold(named[-1].group("name")))) if named else None
            if source is not None:
                official = kind == _OFFICIALS  # unnamed officials: people, and no charge
                return [Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), source.docs,
                            _says(text, m.start(), m.end(), end, says), antecedent=named[-1].group().strip(),
                            person=official, unnamed=official)]
        return []

    def _unknown_person(self, text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], seen: str
                        ) -> Cue | None:
        """A cue naming someone the folder's metadata does not know (not a leader the readouts report on; `seen`:
        text[start:end] as the gates read it)."""
        for pattern, says, needles in self.people:
            if not gates.holds(seen, needles):
                continue
            pos = start
            while (m := pattern.search(text, pos, end)) is not None:
                pos = m.end("phrase")  # after a name turned down, the rest is searched again ("On Friday, Xi said")
                words = [w for w in m.group("phrase").split() if w.lower() not in _NOT_NAMES]
                if not words or any(w.lower() in self.principals or w.lower() in self.known for w in words):
                    continue
                if any(s <= m.start() < e for s, e in quoted):
                    continue
                if len(words) == 1 and _NATIONALITY.search(words[0]) and re.search(r"\b[Tt]he\s+$", text[:m.start(
                        "phrase") + m.group("phrase").index(words[0])]):
                    continue
                first = m.start("phrase") + m.group("phrase").index(words[0])
                return Cue(first, m.end("phrase"), m.start(), m.end(), (), _says(text, m.start(), m.end(), end, says),
                           person=True)
        return None


class _Antecedents:
    """The case-insensitive patterns of the ministries, the institutions and the officials' sides, each holding only
    the given names (none where no name is left), each compiled when first asked for."""

    def __init__(self, kinds: Sequence[Sequence[Source]], names: Sequence[Source]) -> None:
        keep = {s.name for s in names}
        self._kept = [[s for s in kind if s.name in keep] for kind in kinds]
        self._compiled: dict[int, re.Pattern | None] = {}

    def pattern(self, kind: int) -> re.Pattern | None:
        """The pattern of one kind (_MINISTRY, _INSTITUTION, _OFFICIALS); None when no name of it is left."""
        if kind not in self._compiled:
            kept = self._kept[kind]
            self._compiled[kind] = re.compile(_names_pattern(kept), re.IGNORECASE) if kept else None
        return self._compiled[kind]
