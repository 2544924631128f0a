"""A body an official text names as its own: speaking in its words ("..., the Presidential Administration said"), or
by its source line's other name ("Presidency of the Council of Ministers (Palazzo Chigi)", "..., 10 Downing Street")."""

from __future__ import annotations

import re

from readout_viewer.core.attributions.people import bare
from readout_viewer.core.language.countries import LEADER_TITLES, code_of
from readout_viewer.core.model import Document
from readout_viewer.core.system.lazyre import LazyPattern

# A readout relayed by an agency or a site names the body that issued it as speaking ("..., the two heads of state
# having exchanged views ..., the Presidential Administration informed"; '"...," the Presidential Administration said,
# agerpres reports'): the outlets cite the text by that body ("the Presidential Administration announces"), as by the
# text's source. A capitalised name with "the", before a verb of saying or informing.
_SPEAKING_BODY = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w'\u2019\-]+\s+){0,3}[A-Z][\w'\u2019\-]+)\s+(?:also\s+)?"
                            r"(?:said|informed|announced|stated|added|noted|reported)\b")
# Only a readout or a statement speaks for its issuer: a briefing or a transcript gives others' words too ("the White
# House said" in a foreign ministry's briefing is the other side's).
_OWN_KINDS = ("readout", "statement")
# A leader by title is no body ("The Prime Minister added ..."): a name holding a word of a leader's title is left.
_TITLE_WORDS = frozenset(w for title in LEADER_TITLES for w in title.split())
_POSSESSIVE = LazyPattern(r"['\u2019]s$")


def own_bodies(doc: Document) -> list[str]:
    """The bodies an official readout or statement names as speaking in its own text, folded without "the": none
    that holds a leader's title or the country of a side other than the text's own."""
    if not doc.is_official or doc.kind not in _OWN_KINDS:
        return []
    names = []
    for m in _SPEAKING_BODY.finditer(doc.text):
        if not _titled_or_placed(m.group("name").split(), doc.side or ""):
            names.append(bare(m.group("name")))
    return list(dict.fromkeys(names))


# An official source line names its body a second way: by a proper name in parentheses after its name ("Presidency of
# the Council of Ministers (Palazzo Chigi), Italy"), or by its address after a comma ("Prime Minister's Office, 10
# Downing Street"): the outlets cite the text by either ("a note from Palazzo Chigi", "a Downing Street spokesperson").
# A name of capitalised words (small words between), no handle, site or note ("(@POTUS)", "(as republished by ...)").
_SMALL = r"(?:of|the|do|da|de|del|di)"
_CAPITALISED = rf"[A-Z][\w'\u2019\-]*(?:\s+(?:{_SMALL}\s+)*[A-Z][\w'\u2019\-]*){{0,3}}"
_IN_PARENTHESES = re.compile(rf"\((?P<name>{_CAPITALISED})\)")
_ADDRESS = re.compile(rf",\s*\d+\s+(?P<name>{_CAPITALISED})\s*(?:[,(]|$)")


def source_bodies(doc: Document) -> list[str]:
    """The other names an official text's source line gives its body, folded: a proper name in parentheses, a street
    after its number; none that holds a leader's title or names a country (a side's name, read as one already)."""
    if not doc.is_official:
        return []
    found = [m.group("name") for pattern in (_IN_PARENTHESES, _ADDRESS) for m in pattern.finditer(doc.source or "")]
    return [bare(name) for name in found if not _titled_or_placed(name.split(), None)]


def _titled_or_placed(words: list[str], side: str | None) -> bool:
    """Whether a name's words hold a word of a leader's title, or a country's name other than `side`'s (any country's
    when `side` is None)."""
    return any(w.lower() in _TITLE_WORDS for w in words) or any(
        (code := code_of(_POSSESSIVE.sub("", w))) is not None and (side is None or code != side) for w in words)
