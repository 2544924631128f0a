"""A side's leader named by the source line of that side's own official text, when no text titles him as a leader."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.call_partner import alone_word
from readout_viewer.core.language.countries import LEADER_TITLE_TEXT
from readout_viewer.core.model import Document
from readout_viewer.core.system.lazyre import LazyPattern

# A person's name as a source line writes it: two to five capitalised words (particles such as "da" or "bin" between
# them), nothing else: "Office of the President" or "Presidential Aide" are no one's name.
_NAME = r"(?P<name>[A-Z][\w\u2019'\-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w\u2019'\-]+){1,4})"
# A leader's post or statement whose source line names its author with a leader's title, either after the name and a
# comma ("Gustavo Petro, President-elect of Colombia (post on his Twitter account)", "Volodymyr Zelenskyy, President
# of Ukraine") or before it ("President Donald J. Trump (Truth Social)"); "-elect" and the like ride on the title, and
# a title after the comma is the author's only as "<title> of <country>" or alone ("..., President's Office" is a body).
# The table of leaders reads a leader only where a text titles him with his country ("Russian President Vladimir
# Putin"); a title it lacks ("President-elect Gustavo Petro") leaves the author of the side's own text no source at
# all, so "..., Petro said on Twitter" was cued to nobody.
_TITLE = rf"(?i:{LEADER_TITLE_TEXT})(?:-[a-z]+)?"
_AUTHOR = LazyPattern(rf"^\s*(?:{_NAME}\s*(?:\([^)]*\)\s*)?,\s*{_TITLE}(?:\s+of\b|\s*\(|\s*$)|"
                     rf"{_TITLE}\s+(?P<titled>[A-Z][\w\u2019'\-]+(?:\s+[A-Z][\w.\u2019'\-]*){{1,3}})\s*(?:\(|$))")


def source_leaders(documents: Sequence[Document], leaders: Mapping[str, str]) -> dict[str, str]:
    """Each official text's author whom its source line names with a leader's title (`_AUTHOR`), by name and by the
    word that names him alone, mapped to the text's side: only for a side the table of leaders (`leaders`, name ->
    side) holds no one for, so a leader the texts already title keeps his names as they are."""
    held = set(leaders.values())
    out: dict[str, str] = {}
    for doc in documents:
        code = doc.side or ""
        m = _AUTHOR.match(doc.source or "") if doc.is_official and code and code not in held else None
        if m is None:
            continue
        name = " ".join((m.group("name") or m.group("titled")).split())
        out[name] = code
        out.setdefault(alone_word(name, code), code)
    return out
