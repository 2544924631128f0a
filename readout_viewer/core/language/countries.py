"""Countries as texts name them: ISO 3166 codes for country names, adjectives and capitals used for governments."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from readout_viewer.core.language import anchored
from readout_viewer.core.language.country_table import TABLE, Country
from readout_viewer.core.language.lexicon import MONTH_ABBREVIATIONS, MONTHS, STOPWORDS, WEEKDAYS
from readout_viewer.core.language.particles import (
    CAPITALISED,
    NAME_PARTICLES,
    PARTICLE_TAIL,
    before_particle,
    particle_names,
)
from readout_viewer.core.loading.plaintext import is_headline
from readout_viewer.core.system.branches import by_first_letter
from readout_viewer.core.system.lazyre import LazyPattern

# Forms of a country that are as often another word in English news as the country, left out of the table (the
# country still goes by its others: "Georgian", "Tbilisi", "Chadian", "N'Djamena"): names that are a
# US state or a given name ("Georgia's governor", "Chad said": an American text names the state far more often),
# a common word ("guinea pig"), a capital that is a word or a name ("Male", "Victoria", "Sofia") or another place
# outlets name more ("Kingston", Ontario; "Santiago", "San Jose", "Georgetown" in Washington, "Nassau" County, "Panama
# City"), or that stands for another body ("Brussels": the European Union). The table's first rows (the old table) keep
# their forms ("Jordan", "Turkey", "Washington"): their calls' texts name the country by them.
OTHER_SENSES = frozenset({"georgia", "chad", "guinea", "male", "mal\u00e9", "victoria", "sofia", "kingston", "santiago",
                          "san jose", "san jos\u00e9", "georgetown", "nassau", "panama city", "brussels",
                          "st. john's", "st. george's"})


def _guarded(table: dict[str, Country]) -> dict[str, Country]:
    """The table without OTHER_SENSES and without a form two countries share ("Congo", "Congolese", "Dominican"):
    such a form names neither, as no reading can tell which one it is."""
    owners: dict[str, set[str]] = {}
    for code, groups in table.items():
        for form in {f for group in groups for f in group}:
            owners.setdefault(form, set()).add(code)
    kept = {form for form, codes in owners.items() if len(codes) == 1 and form not in OTHER_SENSES}
    return {code: (tuple(f for f in names if f in kept), tuple(f for f in adjectives if f in kept),
                   tuple(f for f in seats if f in kept)) for code, (names, adjectives, seats) in table.items()}


# code: (country names, adjectives and demonyms, capital or seat of government as a metonym), folded: every country
# (country_table.TABLE) as the guards above leave it.
COUNTRIES: dict[str, Country] = _guarded(TABLE)
# Regions and territories that calls are about but that no government speaks for ("discussed the situation in the
# Middle East", "Gaza"): with the countries, the places a claim may name as a topic.
REGIONS = ("middle east", "gaza", "west bank", "korean peninsula", "south china sea", "arctic", "balkans", "caucasus",
           "sahel", "hong kong", "xinjiang", "tibet", "crimea", "donbas", "black sea", "baltic")
# Countries whose leaders' names put the family name first, as English texts write them ("Xi Jinping", "Kim Jong
# Un", "Yoon Suk Yeol"): a later "Xi said" names the leader by that first word, not by the last.
FAMILY_NAME_FIRST = frozenset({"CN", "KP", "KR"})
# Countries whose names hold no family name the press goes by, so that it names a leader by the first word as well
# as by the last ("Prabowo said" of Indonesian President Prabowo Subianto, "Anwar" of Malaysia's Anwar Ibrahim, whose
# second word is his father's, "Srettha" of Thailand's Srettha Thavisin): both words name the leader alone. (The
# second attribution probe, eval/attr_probe2.yaml: "Mr Prabowo said", "Prabowo's office said" were read as no one.)
# Pakistan's press names its prime ministers by the given name ("PM Shehbaz also conveyed ...", "PM Imran"; Shehbaz
# Sharif's brother Nawaz is a Sharif too): the same probe's "He reiterated ..." after "PM Shehbaz" was read as no one.
# Ethiopia's names hold none either, the second word the father's given name ("Abiy said" of Abiy Ahmed: the fourth
# attribution probe, eval/attr_probe4.yaml).
GIVEN_NAME_TOO = frozenset({"ET", "ID", "MY", "PK", "TH"})
# Titles of heads of state and government, and of those who speak for them.
LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "leader", "king", "head of state",
                 "crown prince", "emir", "amir", "sultan")
SPOKES_TITLES = ("spokesman", "spokeswoman", "spokesperson", "press secretary", "aide", "adviser", "advisor",
                 "foreign minister", "national security adviser", "national security advisor", "envoy",
                 "special envoy", "ambassador", "deputy", "minister")


def alternation(words: list[str]) -> str:
    """The words as one alternation, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# One word of a person's name as prose writes it: capitalised, or a particle (NAME_PARTICLES), hyphened or not.
NAME_WORD = r"(?:[A-Z][\w.'\u2019\-]*|(?:" + "|".join(NAME_PARTICLES) + r")(?:-[A-Z][\w'\u2019\-]*)?)"
# A leader as a report names one: up to two capitalised words of place before the title, the title, and the name
# after it ("US President Joe Biden", "Abu Dhabi Crown Prince Mohammed bin Zayed"), whatever the place (a report's
# "Abu Dhabi" is no country of the table). Who the call was between, not what was said on it.
TITLED_NAME = re.compile(r"(?:[A-Z][\w.'\u2019\-]*\s+){0,2}\b(?i:" + "|".join(
    t.replace(" ", r"\s+") for t in sorted(LEADER_TITLES, key=len, reverse=True)) + r")\s+(?:" + NAME_WORD +
                         r"\s+){0,5}[A-Z][\w'\u2019\-]*")


# The single words of every country's names and adjectives ("united", "states", "china", "russian"): words that
# name a country, which any two texts about two countries share.
# Words of a country's longer name that alone are a common word or name, not the country's ("New Zealand", "Saint
# Lucia", "Marshall Islands", "Bosnia and Herzegovina", "Holy See", "El Salvador", "Democratic Republic of the Congo"):
# also a title or an honorific ("DR Congo": "Dr."; "Sri Lanka": "Sri", "Shri" Narendra Modi), a person's name
# ("Costa Rica": António Costa, the European Council's president; "El Salvador": Salvador Illa; "San Marino"), a common
# word ("Sierra Leone", "Ivory Coast", "Federated States of Micronesia", "São Tomé": a tome) and "guinea" of "Papua New
# Guinea", as OTHER_SENSES leaves out "Guinea" itself ("guinea pig"). A name in a report counts as a place (the topics
# of place_words), a country's name (COUNTRY_WORDS, which quotes, evidence and the unheard gate discount) and a party's.
_NOT_NAMING = frozenset(("the", "and", "new", "saint", "st", "islands", "islander", "islanders", "central", "east",
                         "equatorial", "coast", "holy", "see", "city", "el", "san", "democratic", "marshall", "solomon",
                         "lucia", "lucian", "vincent", "cape", "state", "dr", "sri", "costa", "salvador", "marino",
                         "sierra", "ivory", "federated", "guinea", "tome"))


def name_words(form: str) -> list[str]:
    """The single words of a country's name or adjective that name it ("united", "states"; not "new" of "New
    Zealand": _NOT_NAMING)."""
    return [w for w in form.replace(".", "").split() if w not in _NOT_NAMING]


COUNTRY_WORDS = frozenset(w for names, adjectives, _ in COUNTRIES.values() for n in (*names, *adjectives)
                          for w in name_words(n))
_ADJECTIVE = {a: code for code, (_, adjectives, _) in COUNTRIES.items() for a in adjectives}
# Each country name of the table -> its code (read by places.py as well).
COUNTRY_NAMES = {n: code for code, (names, _, _) in COUNTRIES.items() for n in names}
# "Russian President Vladimir Putin", "US President Trump", "President of Russia Vladimir Putin",
# "China's President Xi Jinping" (a title is needed: "China's Foreign Ministry" is no person): matched on the
# original text (names are capitalised), the country and title words in any case. A name does not run on over a line
# break: a title's last words and a text's first are two names ("... with President of France Emmanuel Macron" above
# "Vladimir Putin had a telephone conversation ..." is Macron, not "Emmanuel Macron Vladimir"); nor does a title reach
# over one to the next line's first words ("... speaks with the Prime Minister of the United Kingdom" above "Prime
# Minister Shri Narendra Modi had ...", "Office of the President of Ukraine" above "Quote from Zelenskyy").
_PERSON = rf"((?:{CAPITALISED}[^\S\n]+){{0,2}}{CAPITALISED}{PARTICLE_TAIL})"
_TITLE = alternation(list(LEADER_TITLES))
# A leader's title anywhere in a text, in any case, its words apart by any space ("Prime\nMinister"): what names a
# person as a leader where no country stands before it (attributions: a name after "with", a title before a name).
LEADER_TITLE_TEXT = "|".join(t.replace(" ", r"\s+") for t in LEADER_TITLES)  # LEADER_TITLE's, for other patterns
LEADER_TITLE = re.compile(rf"\b(?:{LEADER_TITLE_TEXT})\b", re.IGNORECASE)
_SPACE = r"[^\S\n]"  # a space within a line


def _leader_patterns(adjectives: list[str], names: list[str]) -> tuple[re.Pattern[str], ...]:
    """LEADER_PATTERNS for countries of these adjectives and names, each alternation by first letter (re tries a
    caseless alternation's ~200 branches one by one at every word before a title)."""
    adjective, name = by_first_letter(alternation(adjectives)), by_first_letter(alternation(names))
    return (
        re.compile(rf"\b(?i:(?P<country>{adjective}))\s+(?i:{_TITLE}){_SPACE}+{_PERSON}"),
        re.compile(rf"\b(?i:{_TITLE})\s+of\s+(?:the\s+)?(?i:(?P<country>{name}))"
                   rf"{_SPACE}*(?P<comma>,)?{_SPACE}+{_PERSON}"),
        re.compile(rf"\b(?i:(?P<country>{name}))[\u2019']s\s+(?i:{_TITLE}){_SPACE}+{_PERSON}"),
    )


LEADER_PATTERNS = _leader_patterns(list(_ADJECTIVE), list(COUNTRY_NAMES))
# A title set off by commas after a name is that name's ("... with Xi Jinping, the President of the People's Republic
# of China, Volodymyr Zelenskyy, President of Ukraine, discussed ..."): the name after its comma is another leader's.
# A day or a month before the comma is a time ("On Tuesday, the President of Russia, Vladimir Putin, ...").
_APPOSED_TO = LazyPattern(r"\b(?P<word>[A-Z][\w\u2019'-]+),\s+the\s+$")
_APPOSED_REACH = 40  # characters before a title: a name's last word, its comma and "the"


def _apposed(m: re.Match[str]) -> bool:
    """Whether a match's title, set off by commas, stands after another name as its apposition (_APPOSED_TO)."""
    if not m.groupdict().get("comma"):
        return False
    before = _APPOSED_TO.search(m.string, max(0, m.start() - _APPOSED_REACH), m.start())
    return before is not None and before.group("word").lower() not in (*WEEKDAYS, *MONTHS)


# Every match of LEADER_PATTERNS holds a title (at a word's start) after at most a country's name and "'s": the
# patterns are tried only near titles (language/anchored.py), not at every word of a document; and, as each opens
# with \b and a country's name or a title, each of whose first characters is a letter, only where a word starts.
_TITLE_ANCHOR = re.compile(rf"\b(?=(?i:{_TITLE}))")
_LEADER_REACH = max(map(len, [*_ADJECTIVE, *COUNTRY_NAMES])) + len("'s")
# "the Russian president", "the US leader", "the American side" (no name): the country's leader or side, its text read
# by speakers.py, compiled if searched; adjectives by first letter (re tries caseless branches one by one at a "the").
ROLE_TAIL = rf"\s+(?:{_TITLE}|side|head of state)\b"  # what follows a role's adjective
ROLE_PATTERN = LazyPattern(rf"\bthe\s+(?P<adj>{by_first_letter(alternation(list(_ADJECTIVE)))}){ROLE_TAIL}",
                           re.IGNORECASE)
# ROLE_PATTERN's adjectives in its order of preference (alternation's: the longest first), for a look-up in its stead.
ROLE_ADJECTIVES = tuple(sorted(_ADJECTIVE, key=len, reverse=True))


def code_of(word: str) -> str | None:
    """The ISO code for a country name, adjective or capital (any case), else None."""
    w = word.lower().strip()
    if w in _ADJECTIVE:
        return _ADJECTIVE[w]
    if w in COUNTRY_NAMES:
        return COUNTRY_NAMES[w]
    return next((code for code, (_, _, seats) in COUNTRIES.items() if w in seats), None)


def leaders_in(text: str) -> dict[str, str]:
    """People the text names with their country's leader title ("Russian President Vladimir Putin"): each name
    and the word that names the person alone (the last, or the first for FAMILY_NAME_FIRST, and the first too for
    GIVEN_NAME_TOO), mapped to the country's code."""
    return dict(_leaders_in(text)[0])


def country_leaders(text: str, code: str, names: Sequence[str], adjectives: Sequence[str]) -> dict[str, str]:
    """leaders_in for one country the table lacks, by its names and adjectives as a folder writes them
    (attributions.folder_countries): each name and the word that names the person alone -> `code`."""
    if not names and not adjectives:
        return {}
    reach = max(map(len, [*names, *adjectives])) + len("'s")
    patterns = _leader_patterns(list(adjectives) or list(names), list(names) or list(adjectives))
    return dict(_found_leaders(text, patterns, lambda _: code, reach)[0])


def particle_leaders(text: str) -> dict[str, str]:
    """The names of the leaders `leaders_in` reads whose name holds a particle, as prose writes them beyond the words
    before it ("bin Salman", "Sisi" and "Mohammed bin Salman" beside "Mohammed"), mapped to the country's code: who
    spoke, for the attributions (the linking reads a leader by `leaders_in` alone)."""
    return dict(_leaders_in(text)[1])


# An analysis reads the leaders of each compared document (speakers), then of its official ones again (the nearest
# passages): memoised by text. Bounded to a small folder's documents (corpus/: 13): a large folder's official texts
# are read long after the cache has moved on, and the few dozen texts held stay a few MB at most.
LEADERS_CACHE = 32


# Capitalised words a title-case headline puts after a title that name no one ("The President of Ukraine Had a Phone
# Call ...", "... Zelenskyy Had ..."): function words (lexicon.STOPWORDS) and the titles' own words.
_TITLE_WORDS = frozenset(w for t in LEADER_TITLES for w in t.split())


# Verbs a title-case headline capitalises after a leader's name or title ("President Biden Calls Ruto", "... Speaks
# With ...", "German Chancellor Holds Talks", "Indian Prime Minister, Russian President Discuss Ukraine"): the name
# ends before them, or the verb and what follows are read as a name. The plural forms are two leaders' acts.
_HEADLINE_VERBS = frozenset(("calls", "called", "speaks", "spoke", "talks", "holds", "held", "meets", "met", "phones",
                             "phoned", "dials", "says", "said", "hosts", "thanks", "urges", "tells", "welcomes",
                             "discuss", "discusses", "discussed", "speak", "talk", "hold", "meet", "agree", "agrees"))
# A month's name or abbreviation ends a name only before a day's number ("Olaf Scholz Nov. 15"): "May" is a name too.
_DAY_NUMBER = LazyPattern(r"\.?[^\S\n]*\d")


def _named(person: str, after: str = "") -> list[str]:
    """The words of a matched person's name (`after`: the text right after it), up to a headline's verb
    (_HEADLINE_VERBS) or a weekday, or a month before a day's number, and without the function and title words a
    headline capitalises."""
    words = person.split()
    folded = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(folded) if w in _HEADLINE_VERBS or w in WEEKDAYS), len(words))
    if cut == len(words) and (folded[-1] in MONTHS or folded[-1] in MONTH_ABBREVIATIONS) and _DAY_NUMBER.match(after):
        cut -= 1
    words = words[:cut]
    while words and (words[-1].lower() in STOPWORDS or words[-1].lower() in _TITLE_WORDS):
        words.pop()
    return words  # a function word before the last may be a name's ("Per Sol")


def _headline_named(words: list[str], text: str, at: int, prose: list[str]) -> list[str]:
    """A name read in a Title Case headline (plaintext.is_headline: "Zelenskyy Discusses With New UK Prime Minister
    Sunak Defense Support And ...") as far as the text's other lines write it (`prose`: those lines, once read): in a
    headline every word is capitalised, so where a name ends is read from the prose ("Sunak"); a name the prose never
    writes, even in part, is taken as the headline gives it (a text of a headline alone has nothing else to go by)."""
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    if not is_headline(line):
        return words
    if not prose:
        prose.append("\n".join(ln for ln in text.split("\n") if not is_headline(ln)))
    for end in range(len(words), 0, -1):
        if re.search(rf"(?<!\w){re.escape(' '.join(words[:end]))}(?!\w)", prose[0]):
            return words[:end]
    return words


@lru_cache(maxsize=LEADERS_CACHE)
def _leaders_in(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """leaders_in() and particle_leaders() as pairs, in the order found (a memo must not hand out a dictionary a
    caller could change)."""
    return _found_leaders(text, LEADER_PATTERNS, code_of, _LEADER_REACH)


def _found_leaders(text: str, patterns: Sequence[re.Pattern[str]], code_for: Callable[[str], str | None], reach: int
                   ) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """_leaders_in's reading by `patterns` (LEADER_PATTERNS' forms), each match's country read by `code_for`, tried
    within `reach` characters before a title."""
    out: dict[str, str] = {}
    particles: dict[str, str] = {}
    near_titles = anchored.word_starts(text, anchored.spans(text, _TITLE_ANCHOR, reach, LEADER_TITLES))
    prose: list[str] = []  # the text without its headlines, read at the first name found in one
    for pattern in patterns:
        for m in anchored.finditer(pattern, text, near_titles):
            code = code_for(m.group("country"))
            at = m.start(m.re.groups)
            words = _headline_named(_named(m.group(m.re.groups) or "", text[m.end():m.end() + 3]), text, at, prose)
            if code is None or not words or _apposed(m):
                continue
            for name in particle_names(words):
                particles.setdefault(name, code)
            words = before_particle(words)
            out.setdefault(" ".join(words), code)
            out.setdefault(words[0] if code in FAMILY_NAME_FIRST else words[-1], code)
            if code in GIVEN_NAME_TOO:
                out.setdefault(words[0], code)
    return tuple(out.items()), tuple((name, code) for name, code in particles.items() if name not in out)
