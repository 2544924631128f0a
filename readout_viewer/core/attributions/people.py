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


def spokespeople(documents: Sequence[Document], names: Sequence[str]) -> dict[str, str]:
    """People the texts introduce as speaking for a source ("Kremlin spokesman Dmitry Peskov", or in apposition:
    "Ramaphosa's spokesperson, Vincent Magwenya,"): name -> source.

    A match's name stands in the run of positions reaching its title (anchored.starts): only the names those
    stretches hold are compiled (corpus/: 115 -> a few names)."""
    reach = len("the") + max(map(len, names), default=0) + len("'s")  # what stands before the title in a match
    starts = [anchored.starts(doc.text, _SPOKES_ANCHOR, reach, SPOKES_TITLES) for doc in documents]
    names = held(names, [doc.text[first:last + 1] for doc, at in zip(documents, starts) for first, last in runs(at)])
    if not names:
        return {}
    sources = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"\b(?i:(?:the\s+)?({sources})(?:'s|\u2019s)?\s+(?:{_SPOKES})),?\s+{_PERSON_NAME}")
    out: dict[str, str] = {}
    for doc, at in zip(documents, starts):
        for m in anchored.finditer(pattern, doc.text, at):
            person = m.group(2)
            out.setdefault(person, bare(m.group(1)))
            out.setdefault(person.split()[-1], bare(m.group(1)))
    return out
