"""What an attributed sentence states, as content words (whole and by clause), its source's naming words left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, Cue
from readout_viewer.core.language import lexicon
from readout_viewer.core.language.countries import LEADER_TITLES, SPOKES_TITLES
from readout_viewer.core.language.synonyms import CANON
from readout_viewer.core.language.text import stem
from readout_viewer.core.model import Document
from readout_viewer.core.quotes.words import text_keys

# A statement is compared on its content words: the engine's function words, and the words that only frame a
# report — who (a leader's title), when (dates), and light verbs of saying and doing — which every account of
# the call repeats whatever it says. A count stays: "the two leaders tasked their teams" says how many.
STOPWORDS = (lexicon.STOPWORDS | lexicon.FRAME_WORDS) - {"one", "two"}
# Where an attributed sentence's parts part: a semicolon or colon, or a comma before a conjunction or relative.
# Not language.clauses: that cuts claims and keeps a relative clause with its claim; this isolates the reported
# part from the commentary wrapped around it (", which is progress", "while analysts doubt"), so it cuts more. What
# "including" lists is a part too: the cited text may carry the example without the summary around it ("discussed
# Russia's air terror using thousands of missiles, drones and bombs, including a strike on the Kharkiv TV tower"), and
# so is each of two clauses of reported speech joined by "and that" ("It added that the two discussed the security
# challenge posed by Iran and that Biden conveyed support for agreements ..."). So is a relative clause after a
# preposition ("Putin briefed Prime Minister Modi about his special operation against Ukraine, in which Russia launched
# a full-blown attack by land, sea and air"): the writer's account of what the source named, as after ", which".
_STATEMENT_PARTS = re.compile(r"[;:]|,\s+(?:and|but|while|although|whereas|which|who)\b|\s+while\s+|,?\s+including\b|"
                              r"\s+and\s+that\b|,\s+(?:in|during|under|by|through|with)\s+which\b")
# A relative clause set off by commas inside a sentence ("Xi urged the U.S. and Russia, which have had limited
# engagement since the Feb. 24 invasion, to negotiate") describes what the sentence names, in the writer's words: no
# part of what the source is said to have said. Only one closed by a comma: a relative clause that ends the sentence
# may be the source's own point ("... would be a mistake, which our descendants will regret"). So is the setting the
# writer gives with "amid" or "despite", to the next comma ("Xi tells Biden ... on two-hour call amid fear China will
# back Russia", "Putin tells Trump Russia will pursue its goals despite call to end war").
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:]*,|,?\s+(?:amid|despite)\b[^,;:]*")
# The call as a sentence's opening setting, to its comma ("During a phone call, Biden and Modi discussed ..."): when
# the thing was said, in the writer's words, no part of what was said. Only at the opening and closed by a comma: a
# call named inside a sentence may be what was said ("... will meet during the upcoming summit following a phone
# call"), and "in" before any words is no setting ("urged an end to violence in Ukraine in a phone conversation").
_OPENING_SCENE = re.compile(r"^\s*(?:During|In|On|Over|After|Following)\s+(?:a|an|the|their|this|that|today's)\s+"
                            r"(?:[\w\-]+\s+){0,2}?(?:phone|telephone|video)?\s*(?:call|conversation|talks)\s*,")
# A leader's name in a title: after the title word, one or two capitalised words.
_LEADER = re.compile(r"(?:President|Prime Minister|Chancellor|King|Premier)\s+((?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+)")
# A clause with fewer content words than this is checked only as part of the whole statement.
MIN_PART_WORDS = 3


class Statement(NamedTuple):
    """The stated content of an attributed sentence: where it is, its content-word stems, and its clauses'."""

    start: int
    end: int
    words: frozenset[str]
    parts: tuple[frozenset[str], ...] = ()


def leader_words(documents: Sequence[Document]) -> frozenset[str]:
    """Stems of the names that official titles give after a leader's title ("President Vladimir Putin")."""
    names = (m.group(1) for d in documents if d.is_official for m in _LEADER.finditer(d.title or ""))
    return frozenset(w for name in names for w in content(name))


def content(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """Stems of the content words of text[start:end]."""
    return _content(text) if start == 0 and end is None else _content(text[start:end])


# Distinct claims and sentences seen in one analysis stay below this; content is memoised because outlets repeat
# sentences word for word (wire copy, the readouts they quote) and every claim's words are read once more per check.
CONTENT_CACHE = 1 << 15


@lru_cache(maxsize=CONTENT_CACHE)
def _content(text: str) -> frozenset[str]:
    return frozenset(stem(key) for key in text_keys(text) if key not in STOPWORDS)


# A person's title set before the name the cue begins at, after the statement's last comma ("..., Kremlin spokesman
# Dmitry Peskov said", "..., Russian Foreign Minister Sergei Lavrov said"): it names the source, as the cue does, and
# is no part of what the source is said to have said. Up to three words before the title ("Chinese Foreign Ministry
# spokesman").
_SOURCE_TITLE = re.compile(r",\s+(?:(?:the|an?)\s+)?(?:[\w.'\u2019\-]+\s+){0,3}?(?:"
                           + "|".join(t.replace(" ", r"\s+") for t in (*SPOKES_TITLES, *LEADER_TITLES))
                           + r")\s*$", re.IGNORECASE)


def statement_of(doc: Document, start: int, end: int, cue: Cue, leaders: frozenset[str] = frozenset()) -> Statement:
    """The sentence without the words that name the source: what the source is said to have said.

    The `leaders`' names are left out: every account names them ("Putin proposed" / "the Russian side
    proposed"), so they say nothing about which account carries the statement.
    """
    before = "" if cue.says == AFTER else re.sub(r"\s*,\s*$", "", doc.text[start:cue.cue_start])
    before = _SOURCE_TITLE.sub("", before) if cue.person else before
    after = "" if cue.says == BEFORE else doc.text[cue.cue_end:end]
    said = before + " " + after
    said = _OPENING_SCENE.sub(" ", said)
    pieces = [content(piece) - leaders for piece in _STATEMENT_PARTS.split(said)]
    whole = content(said) - leaders
    return Statement(start, end, whole, tuple(p for p in pieces if len(p) >= MIN_PART_WORDS) or (whole,))


def with_before(text: str, statement: Statement, start: int, leaders: frozenset[str] = frozenset()) -> Statement:
    """The statement with the words of text[start:] before it, as one clause: what its pronoun stands for."""
    words = statement.words | (content(text, start, statement.start) - leaders)
    return Statement(start, statement.end, words, (words,))


def senses(words: frozenset[str]) -> frozenset[str]:
    """Content-word stems read by sense: each as its synonym group's (synonyms.SYNONYMS: "ties" is "relations")."""
    return frozenset(CANON.get(w, w) for w in words)


def reported_words(text: str, statement: Statement) -> frozenset[str]:
    """The statement's content words less those that only the writer's asides hold (`_ASIDE`: a relative clause set
    off by commas, a setting with "amid" or "despite")."""
    said = text[statement.start:statement.end]
    asides = [m.group() for m in _ASIDE.finditer(said)]
    if not asides:
        return statement.words
    aside = frozenset().union(*(content(a) for a in asides))
    return statement.words - (aside - content(_ASIDE.sub(",", said)))
