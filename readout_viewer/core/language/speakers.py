"""Whose words or deeds a sentence reports: the country of the leader it makes the subject of a verb of saying."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from readout_viewer.core.language import anchored
from readout_viewer.core.language.countries import COUNTRIES, LEADER_TITLES, ROLE_PATTERN, code_of, leaders_in
from readout_viewer.core.language.lexicon import WEEKDAYS
from readout_viewer.core.language.quote_marks import CLOSING, OPENING_OF
from readout_viewer.core.language.reports import ADVERBS, REPORT_VERBS
from readout_viewer.core.language.sentences import ends_in_stop
from readout_viewer.core.language.spellings import other_spellings
from readout_viewer.core.model import Claim, Document
from readout_viewer.core.system.branches import by_first_letter

# A leader after "with", "and" or "counterpart" (and up to two words of title or name, "U.S." among them, but not a
# sentence's end) is the other party or one of two subjects, not the one who spoke: "Biden, in a call with his
# Russian counterpart Vladimir Putin, suggested". One after "to which" answers what the sentence reports: "Kishida said
# he told Xi that they 'must take the opportunity ...,' to which the Chinese leader voiced agreement" is Kishida's
# (the Kishida-Xi event one true link more, every other gold unchanged). A comma may set the counterpart off
# ("President William Ruto and his US counterpart, Joe Biden agreed to expedite ..."): one of two subjects still
# (read21 two true links more, every kept-out figure unchanged; links40).
_SHARED_OR_OBJECT = re.compile(r"\b(?:with|and|counterpart,?|to\s+which)\s+(?:(?:[\w’'-]+|(?:\w\.){2,})\s+){0,2}$",
                               re.IGNORECASE)
# ... and so is a leader after "<Name> and" and the capitalised words of his title and name, up to five, a nickname in
# quotation marks among them: "U.S. President Joe Biden and Indonesian counterpart Joko \"Jokowi\" Widodo shared
# concern ...", "Russian President Putin and South African President Ramaphosa spoke by phone": a joint subject
# speaks for both sides, not for the last named (helper links81).
_JOINT = re.compile(r"[A-Z][\w’'-]*\s+and\s+(?:(?:his|her)\s+)?(?:(?:[A-Z][\w’'-]*|(?:[A-Z]\.){2,}|counterpart|"
                    r"[\x22\u201c\u2018][A-Z][\w’'-]*[\x22\u201d\u2019])\s+){0,5}$")
# "The President of the Russian Federation", "the President of the United States": a country's leader by office.
_OF_COUNTRY = by_first_letter("|".join(re.escape(n) for n in sorted(
    (n for names, _, _ in COUNTRIES.values() for n in names), key=len, reverse=True)))  # by first letter: ~200 names
_PRESIDENT_OF = rf"\b(?i:the\s+president\s+of\s+(?:the\s+)?(?P<of>{_OF_COUNTRY}))"
# "The President" with no country or name: in an official text, the leader of that text's own side.
_OWN = r"\b(?P<own>[Tt]he\s+President)(?!\s+of\b)"
# Verbs of a stand a leader takes on the call, which make their subject the one who acted though they cut no sentence
# into clauses (clauses.PREDICATE_VERBS): "The President of Russia also supported one of the main theses of ...".
STANCE_VERBS = "supported|backed|endorsed|opposed"
# A capitalised word of a name, its letters taken whole (below).
_NAME_WORD = r"[A-Z][\w’'-]++"
# A subject of up to four capitalised words ("Chinese President Xi Jinping", "Mr Biden"), a leader by office, or
# "The President", before a verb of saying or doing, which may open a quotation of the readout ('The French President
# "also stressed the need to ensure the safety of the ... plant': read21 one false link fewer, two more reported words
# found in no readout, no wrong one; links40); which of the words name a leader is looked up (a pattern
# holding every name the folder gives would be slow to scan with thousands of them). Each word's letters are taken
# whole ("++", possessive): what follows a word is a space or a comma, which no letter given back could be, so giving
# letters back finds no other match; it only made each of the 5,000 tries of corpus/ that fail back off letter by
# letter (replayed alone 32 -> 19 ms).
_SUBJECT_VERB = re.compile(
    rf"(?:(?i:{ROLE_PATTERN.pattern})|{_PRESIDENT_OF}|{_OWN}|\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}))"
    rf",?\s+[\u201c\u2018\x22]?{ADVERBS}(?i:{by_first_letter(f'{REPORT_VERBS}|{STANCE_VERBS}')})\b")
# A quotation closed on its speaker, the verb before the name ("'... since next year marks the 50th anniversary ...,'
# stated Kishida", "“... are long-term,” said Xi, adding that ..."): the words are the leader's after the verb, as
# they are before it in "Xi said". Only verbs of saying: a quotation is words said. The pattern opens on the closing
# mark, not on the comma or stop before it, which no use reads: a search then skips to the marks (a charset prefix)
# instead of trying the whole pattern at every character of a document.
_SAID_NAME = re.compile(rf"(?P<mark>[{re.escape(CLOSING)}])\s*,?\s*"
                        r"(?i:said|says|stated|states|added|adds|wrote|writes|told|noted|stressed|emphasi[sz]ed|"
                        r"insisted|declared|explained|continued)\s+"
                        rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})")
# ... unless the quotation tells of another's act ("'He also congratulated Kenya for successfully hosting the African
# Climate Summit,' explained Ruto", Ruto's post on Biden's words): a third person in it is whose deed it reports.
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|his|her|their)\b", re.IGNORECASE)
# How far back a quotation's opening mark is looked for (characters).
_QUOTE_REACH = 400
# Every match of _SUBJECT_VERB opens where a word starts, with a capital or with "the" in any case ("The
# President", "the Russian leader": re.IGNORECASE takes only "t" and "T" for a "t"): the pattern is tried only at
# those places (language/anchored.py), not at every character of a document (corpus/: 5,100 tries, the
# scan 40 % faster).
_SUBJECT_START = re.compile(r"[A-Zt](?<!\w.)")
# How far before a leader's name that is looked for (characters): the three words and a title.
_OBJECT_REACH = 40
# ... and a joint subject's "and" (_JOINT): up to five words of title and name.
_JOINT_REACH = 60
# What the two leaders discussed, told after the speaker's verb ("Zelensky said Monday that he has discussed the
# allocation of a new aid package ... with Biden", "Putin said he held a call with Trump, during which they discussed a
# cease-fire"), is a joint act, not one side's words: the claim has no speaker, and may report either side's account
# of it (read9 one true link more, none false; with talked / agreed / exchanged / touched too, the same figures).
_DISCUSSED = re.compile(r"\b(?:they|he|she|we|the\s+two(?:\s+leaders)?|both(?:\s+leaders)?)\s+(?:also\s+)?"
                        r"(?:had\s+|have\s+|has\s+)?discussed\b", re.IGNORECASE)


# The occasions a leader speaks to the public at, by the noun that ends their name (a press conference, the Youth Here
# forum, the ceremony): told to one ("told a news conference") or said at one ("at the ceremony", ELSEWHEN).
OCCASIONS = "conference|briefing|forum|rally|ceremony|summit|congress|convention|parliament|audience|gathering"
# Words said on a public appearance of the leader's ("..., Biden said this Monday on the occasion of an appearance on
# infrastructure", "during a parliamentary speech this month", "In a TV interview Tuesday, Lula admitted ..."): said to
# the public the same day, not on the call (the day alone does not tell them apart). An appearance named by its noun
# after a preposition of place or time and up to three words of its name; not "remarks" ("Starmer in his remarks
# congratulated ...", a readout's word for what was said on the call) nor "event" ("in the event of an invasion").
APPEARANCES = "appearance|speech|address|interview"
AT_AN_APPEARANCE = (r"\b(?:at|during|in|on\s+the\s+occasion\s+of)\s+(?:a|an|the|his|her|their)\s+"
                    rf"(?:[\w'\u2019\-]+\s+){{0,3}}?(?:{APPEARANCES})\b")

# Words that place a statement before or outside the call: what a leader "has long said" or said "last year" is
# background, and what they "announced on Truth Social", wrote "in a post", said "at the ceremony" or "during a speech"
# (AT_AN_APPEARANCE) was said to the public, not on the call: neither is a report of this conversation. Not "has
# repeatedly": it says how often, not when ("According to him, Biden has repeatedly stressed that a nuclear war cannot
# be won", several times in the call). Words to reporters or the media were said to them ("..., Biden said during a
# brief exchange with reporters", "when asked by reporters", "Orbán announced this during joint statements with
# Zelenskyy to the media"); not "told reporters", how an aide's account of the call is told ("a Russian official told
# reporters"). What a leader "later said" was said after the moment the writer tells ("... Biden later said the swap
# deal had brought an end to ..."), at another occasion; unless the call is named next ("later said in the call that
# ..."). So is what a leader did "earlier <weekday>" ("Abdullah announced earlier Wednesday that ..."): a moment before
# the one told, the call's own day or not (dated.py reads only a day that is not the call's), unless the call is named
# next ("spoke by phone earlier Wednesday in a call ..."); and a sentence opening on "Earlier," (BEFORE_THE_STORY; it
# and "the media": Round 48, helper unrep23, where "a week ago", "days earlier" lost kept-out reports and were left).
BEFORE_THE_STORY = r"(?:^|[.!?]\s+)\W*earlier\s*,"
ELSEWHEN = re.compile(r"\b(?:has|had|have)\s+(?:long|often|previously|already|always)\b|"
                       r"\b(?:later|subsequently)\s+(?:said|told|wrote|tweeted|posted|stated|added|declared)\b(?!"
                       r"[^.]{0,40}\b(?:call|conversation|talks)\b)|"
                       r"\b(?:last|earlier this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|"
                       r"\bin\s+(?:19|20)\d\d\b|\bpreviously\b|"
                       rf"{AT_AN_APPEARANCE}|"
                       rf"\bat\s+(?:a|the)\s+(?:press\s+|news\s+)?(?:{OCCASIONS})\b|"
                       r"\bon\s+(?:television|tv)\b|"
                       r"\bon\s+(?:(?:the|his|her|their)\s+)?(?:social\s+media|truth\s+social|twitter|x|telegram|facebook|"
                       r"instagram)\b|"
                       r"\bin\s+(?:a|his|her|their)\s+(?:social[\s-]+media\s+)?post\b|"
                       r"\b(?:said|says|noted|stated)\s+earlier\b|\bearlier\s+(?:on|in|this|that)\b|"
                       rf"\bearlier\s+(?:{'|'.join(WEEKDAYS)})\b(?![^.]{{0,40}}\b(?:call|conversation|talks)\b)|"
                       r"\b(?:to|with|by)\s+(?:reporters|journalists|the\s+media)\b|" rf"{BEFORE_THE_STORY}",
                       re.IGNORECASE)

# A sentence that reports someone who was not on the call speaking, or a moment before it, tells another occasion, not
# the call: a legislator as the one who spoke ("U.S. Senator Mark Warner said on April 21 that shipments ... could be
# ready") — parliaments are no party to a call between governments — or a leader's act set before it by "had earlier"
# or "had previously" ("President Ruto had earlier pledged at the United Nations General Assembly that Kenya ...").
# Counted on dev, the old folder and every readable event (docs/engine-history.md, Round 36, links62): two false links,
# no gold link of an outlet sentence with either (a legislator named as an object, "if senators approve the bill",
# stays).
_ELSEWHERE = re.compile(
    rf"\b(?:[Ss]enators?|[Cc]ongress(?:man|woman|men|women)|[Ll]awmakers?)\b[^.;:,“\"]{{0,60}}?"
    rf"\b(?:{REPORT_VERBS}|says|said|stated|told|warned)\b|\bhad\s+(?:earlier|previously)\s+[a-z]+ed\b")

# Texts whose answer is kept: the linking asks it of each outlet sentence once per official text (5 us a search).
ELSEWHERE_CACHE = 1 << 13


@lru_cache(maxsize=ELSEWHERE_CACHE)
def said_elsewhere(text: str, occasion: bool = False) -> bool:
    """Whether a sentence reports what was said by someone not on the call or before it (_ELSEWHERE), or, with
    `occasion`, at another occasion (ELSEWHEN): the one rule the linking and the "not in any readout" list read. The
    linking reads it without the occasions: an outlet's "Zelensky said in his evening address that he had spoken with
    Sunak ..." still tells the call, as the leader told it elsewhere (with them, read31 link F1 0.881 -> 0.875)."""
    return _ELSEWHERE.search(text) is not None or (occasion and ELSEWHEN.search(text) is not None)


def folder_leaders(documents: Sequence[Document]) -> dict[str, str]:
    """Leaders the folder's texts name with their country's title ("Russian President Vladimir Putin"), and
    their side's code, by the most frequent reading; and each word of their names as another of the texts spells it
    ("Mohamed" where the title names "Mohammed": `spellings.other_spellings`)."""
    votes: dict[str, dict[str, int]] = {}
    texts = [doc.title + "\n" + doc.text for doc in documents]
    for text in texts:
        for name, code in leaders_in(text).items():
            votes.setdefault(name, {}).setdefault(code, 0)
            votes[name][code] += 1
    leaders = {name: max(codes, key=lambda c: (codes[c], c)) for name, codes in votes.items()}
    return {**other_spellings(leaders, texts), **leaders}


class Speakers:
    """Finds the leaders a text names as the subject of a verb of saying or doing; a claim's speaker is the last of
    them in its sentence ("the White House said Biden welcomed ..." is Biden's; "Ushakov stated that Putin
    congratulated ..." is Putin's)."""

    def __init__(self, leaders: Mapping[str, str]) -> None:
        self._code = dict(leaders)

    def found(self, text: str, own: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, country code) of every leader subject and its verb in a text, in order (`own`: the side
        of an official text, whose "The President" is its own leader)."""
        out: list[tuple[int, int, str]] = []
        for m in anchored.finditer(_SUBJECT_VERB, text, [at.start() for at in _SUBJECT_START.finditer(text)]):
            start, code = self._subject(m, own)
            reach = max(0, start - _OBJECT_REACH)
            if code is not None and not _SHARED_OR_OBJECT.search(text, reach, start) and \
                    not _JOINT.search(text, max(0, start - _JOINT_REACH), start):
                out.append((start, m.end(), code))
        if any(q in text for q in CLOSING):
            out.extend(self._after_quotes(text))
            out.sort()
        return out

    def _after_quotes(self, text: str) -> list[tuple[int, int, str]]:
        """The leaders named after a quotation's verb of saying (_SAID_NAME), each where the name starts."""
        out = []
        for m in _SAID_NAME.finditer(text):
            found = leader_named(m.group("name"), self._code)
            close = m.group("mark")
            reach = max(0, m.start("mark") - _QUOTE_REACH)
            opened = text.rfind(OPENING_OF[close], reach, m.start("mark"))
            if found is not None and not _THIRD_PERSON.search(text, max(reach, opened), m.start("mark")):
                out.append((m.start("name") + found[0], m.end(), found[1]))
        return out

    def _subject(self, m: re.Match[str], own: str | None) -> tuple[int, str | None]:
        """Where the leader named by a subject starts, and his country: the longest run of its last words that
        is a leader's name ("Chinese President Xi Jinping": "Xi Jinping"), or a leader by office."""
        if not m.group("name"):
            return m.start(), own if m.group("own") else code_of(m.group("adj") or m.group("of"))
        found = leader_named(m.group("name"), self._code)
        return (m.start("name") + found[0], found[1]) if found else (m.start(), None)


def leader_named(subject: str, leaders: Mapping[str, str]) -> tuple[int, str] | None:
    """Where in a subject of capitalised words the leader it names starts, and his country (`leaders`: a name as the
    folder writes it -> the country): the longest run of its last words that is a leader's name ("Chinese President
    Xi Jinping": "Xi Jinping")."""
    for word in re.finditer(r"\S+", subject):
        code = leaders.get(subject[word.start():])
        if code is not None:
            return word.start(), code
    return None


def _last(found: Sequence[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str] | None:
    """The last of `found` (in text order) that lies within start..end."""
    i = bisect.bisect_right(found, (end,)) - 1
    while i >= 0 and found[i][1] > end:
        i -= 1
    return found[i] if i >= 0 and found[i][0] >= start else None


def _speaker(found: Sequence[tuple[int, int, str]], start: int, end: int, text: str) -> str | None:
    """The code of the leader whose words text[start:end] reports: the last subject in it, unless what follows his
    verb is what the two discussed (_DISCUSSED)."""
    last = _last(found, start, end)
    return None if last is None or _DISCUSSED.search(text, last[1], end) else last[2]


def sentence_starts(claims: Iterable[Claim]) -> dict[str, int]:
    """Each claim's id -> where its sentence starts: its own start, or that of the claim it continues.

    A claim continues the sentence of the claim before it when that one has no final stop (clauses cut at "; ",
    ", and he said", ", as well as"): then the subject of the sentence's verb stands in an earlier claim."""
    out: dict[str, int] = {}
    previous: Claim | None = None
    for claim in claims:
        continues = previous is not None and previous.doc == claim.doc and not ends_in_stop(previous.text, colon=False)
        out[claim.id] = out[previous.id] if continues and previous is not None else claim.start
        previous = claim
    return out


def _code(side: str | None) -> str | None:
    """A side as a country code: front matter may give the code ("RU") or the country ("Russia")."""
    return (code_of(side) or side.upper()) if side else None


def speakers_of(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                leaders: Mapping[str, str] | None = None) -> dict[str, str]:
    """Claim id -> the country of the leader whose words or deeds it reports, for the claims that name one
    (`leaders`: the documents' `folder_leaders`, when already read)."""
    find = Speakers(folder_leaders(documents) if leaders is None else leaders)
    out: dict[str, str] = {}
    for doc in documents:
        claims = claims_of.get(doc.id, ())
        starts = sentence_starts(claims)
        found = find.found(doc.text, _code(doc.side) if doc.is_official else None) if claims else []
        for claim in claims:
            code = _speaker(found, starts[claim.id], claim.end, doc.text)
            if code is not None:
                out[claim.id] = code
    return out


# Words by which a sentence names who acts itself: a leader's title (`countries.LEADER_TITLES`, "Prime Minister
# reiterated his long-standing conviction ...") or a pronoun or a party ("For our part, we also emphasized ...", "the
# two sides"). Such a sentence says whose words it holds, and runs on nobody's.
_NAMES_ACTOR = re.compile(r"\b(?:I|we|our|he|she|they|sides?|" + "|".join(LEADER_TITLES) + r")s?\b", re.IGNORECASE)


def run_on(speakers: Mapping[str, str], documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
           leaders: Mapping[str, str]) -> dict[str, str]:
    """`speakers`, and each official text's sentences that name nobody who acts (no leader of the folder by name,
    title or pronoun, `_NAMES_ACTOR`) with the speaker of the sentence before them in their paragraph: a readout tells
    a leader's words on in sentences of their own ("Xi Jinping stressed that China and Japan are close neighbors ...
    Next year marks the 50th anniversary of the normalization of China-Japan diplomatic ties." is Xi's, which Kishida's
    "with next year being the 50th anniversary ..." does not report)."""
    out = dict(speakers)
    for doc in documents:
        last: str | None = None
        end = 0
        for claim in claims_of.get(doc.id, ()):
            if "\n" in doc.text[end:claim.start]:  # a new paragraph
                last = None
            if claim.id in out:
                last = out[claim.id]
            elif last is not None and not _NAMES_ACTOR.search(claim.text) and \
                    not any(name in claim.text for name in leaders):
                out[claim.id] = last
            end = claim.end
    return out
