"""The people whose words a folder's texts carry: authors, titled speakers, transcripts' labels, spokespeople."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readout_viewer.core.language import anchored
from readout_viewer.core.language.countries import SPOKES_TITLES
from readout_viewer.core.language.text import caseless, fold
from readout_viewer.core.language.transcripts import speakers
from readout_viewer.core.model import Document

_SPOKES = "|".join(SPOKES_TITLES)
# Every spokesperson's introduction holds a title at a word's start: it is looked for only near one
# (language/anchored.py), not at every word of every document.
_SPOKES_ANCHOR = re.compile(rf"\b(?=(?i:{_SPOKES}))")
# A person's name as written: one to three capitalised words.
_PERSON_NAME = r"((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)"
# A role word before a name in a title marks who is speaking in that document ("Press Secretary Jen Psaki").
_TITLE_SPEAKER = re.compile(r"(?:Secretary|Advis[eo]r|Spokes(?:person|man|woman)|(?<!Prime )Minister|Aide|"
                            r"Ambassador)\s+"
                            r"((?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+)")


def bare(name: str) -> str:
    """A source's name folded, without a leading "the"."""
    name = fold(name).strip()
    return name[4:] if name.startswith("the ") else name


# An official source's short name written after its name ("Emirates News Agency (WAM)", "Saudi Press Agency (SPA)"):
# the body goes by either, as the outlets cite it ("according to the Emirates News Agency", "Wam said"). Only in
# capitals and for an official text: an outlet's parentheses name a place or the wire it carries ("Odisha TV (PTI)").
# An acronym of fewer letters names too many things ("PM", "EU", "AP"): a body is known by its initials or a short
# name in capitals from three.
MIN_INITIALS = 3
_SHORT_NAME = re.compile(rf"^(.+?)\s*\(([A-Z]{{{MIN_INITIALS},}})\)")


def short_names(source: str) -> list[str]:
    """The name before an acronym in parentheses and the acronym, folded ("Emirates News Agency (WAM), United Arab
    Emirates": "emirates news agency", "wam"), or none."""
    m = _SHORT_NAME.match(source.strip())
    return [bare(m.group(1)), fold(m.group(2))] if m else []


def people_of(doc: Document) -> list[str]:
    """People whose words a document carries: its author, speakers named in its title and, in an official
    transcript, the speakers its labels name ("MR. KIRBY:": "Kirby said" is that briefing's voice)."""
    names = [doc.author] if doc.author else []
    names += [m.group(1) for m in _TITLE_SPEAKER.finditer(doc.title or "")]
    names += [n for n in speakers(doc.text, doc.title or "") if n not in names] if doc.is_official else []
    out = []
    for name in names:
        parts = name.split()
        out.append(name)
        if len(parts) > 1:
            out.append(parts[-1])  # "Sullivan" for "Jake Sullivan"
    return out


def held(names: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The names some text holds, in any case (a name not in ASCII is always kept): a name no text holds matches
    nowhere, and leaving it out spares compiling it."""
    joined = "\x00".join(caseless(t) for t in texts)
    return [n for n in names if not n.isascii() or n in joined]


def runs(starts: Sequence[int]) -> list[tuple[int, int]]:
    """The runs of consecutive positions in `starts` (ascending), each as (first, last)."""
    runs: list[tuple[int, int]] = []
    for at in starts:
        if runs and runs[-1][1] == at - 1:
            runs[-1] = (runs[-1][0], at)
        else:
            runs.append((at, at))
    return runs


# A name in apposition before a title holds two words or three ("Ahmed Fahmy, the ..."): one capitalised word before a
# comma is as often a sentence's first word ("Previously, Kremlin aide ...").
_FULL_NAME = r"((?:[A-Z][\w\-]+\s+){1,2}[A-Z][\w\-]+)"
# A title may carry "official" before it ("the official spokesperson for the presidency"), or the field or rank of the
# spokesperson ("President Buhari's media spokesman Femi Adesina", "the Kremlin's chief spokesman": the fourth
# attribution probe, eval/attr_probe4.yaml); and the minister who speaks for a government, by the ministry's field
# ("Pakistan's Information Minister Fawad Chaudhry ... said": the fifth, eval/attr_probe5.yaml).
_QUALIFIERS = ("official", "media", "chief", "information")
_OFFICIAL = rf"(?:(?:{'|'.join(_QUALIFIERS)})\s+)?"
# The most characters a person's name of _PERSON_NAME and its comma take before an apposition's title ("Counselor Ahmed
# Fahmy, the official spokesman for ..."): the stretch a match may start at before the title, besides the source.
_NAME_REACH = 40
# A presidency's adjective before a title names it as its noun does ("Egyptian presidential spokesman Ahmed Fahmy" is
# "the Egyptian presidency"'s).
_ADJECTIVES = (("presidency", "presidential"),)


def _named_as(names: Sequence[str]) -> dict[str, str]:
    """Each source name folded, and its form as an adjective before a title (`_ADJECTIVES`), -> the name."""
    out = {fold(n): n for n in names}
    for noun, adjective in _ADJECTIVES:
        out.update({fold(n)[:-len(noun)] + adjective: n for n in names if fold(n).endswith(" " + noun)})
    return out


def _spokes_patterns(sources: str) -> list[re.Pattern[str]]:
    """A person named as speaking for a source: the title and the name after the source ("Kremlin spokesman Dmitry
    Peskov", "Ramaphosa's spokesperson, Vincent Magwenya"), after "the spokesperson for" the source ("the official
    spokesman for the presidency, Counselor ..."), or the name in apposition before either ("Dmitry Peskov, the
    Kremlin's spokesman", "Ahmed Fahmy, the official spokesperson for the presidency"); the source is group "src"."""
    src = rf"(?:the\s+)?(?P<src>{sources})"
    title = rf"(?<!prime\s)(?<!Prime\s){_OFFICIAL}(?:{_SPOKES})"  # a prime minister is the leader, no spokesperson
    name, full = (n.replace("(", "(?P<person>", 1) for n in (_PERSON_NAME, _FULL_NAME))
    return [re.compile(rf"\b(?i:{src}(?:'s|\u2019s)?\s+{title}),?\s+{name}"),
            re.compile(rf"\b(?i:(?:the\s+)?{title}\s+(?:for|of)\s+{src}),\s+{name}"),
            re.compile(rf"\b{full},\s+(?i:(?:the\s+)?{title}\s+(?:for|of)\s+{src})\b"),
            re.compile(rf"\b{full},\s+(?i:{src}(?:'s|\u2019s)?\s+{title})\b")]


def spokespeople(documents: Sequence[Document], names: Sequence[str]) -> dict[str, str]:
    """People the texts introduce as speaking for a source ("Kremlin spokesman Dmitry Peskov", or in apposition:
    "Ramaphosa's spokesperson, Vincent Magwenya,", "Ahmed Fahmy, the official spokesperson for the presidency"): each
    name and the words it ends on ("Ahmed Fahmy", "Fahmy" of "Counselor Ahmed Fahmy") -> source.

    A match's name stands in the run of positions reaching its title (anchored.starts): only the names those
    stretches hold are compiled (corpus/: 115 -> a few names)."""
    named_as = _named_as(names)
    reach = len("the") + max(map(len, named_as), default=0) + len("'s ") + max(map(len, _QUALIFIERS)) + _NAME_REACH
    starts = [anchored.starts(doc.text, _SPOKES_ANCHOR, reach, SPOKES_TITLES) for doc in documents]
    near = [doc.text[first:last + 1 + reach] for doc, at in zip(documents, starts) for first, last in runs(at)]
    held_as = held(list(named_as), near)
    if not held_as:
        return {}
    patterns = _spokes_patterns("|".join(re.escape(n) for n in sorted(held_as, key=len, reverse=True)))
    out: dict[str, str] = {}
    for doc, at in zip(documents, starts):
        for pattern in patterns:
            for m in anchored.finditer(pattern, doc.text, at):
                words = m.group("person").split()
                source = bare(named_as.get(fold(m.group("src")), m.group("src")))
                for k in range(len(words)):
                    out.setdefault(" ".join(words[k:]), source)
    return out
