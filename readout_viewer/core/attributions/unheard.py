"""The leader of a side with no official text in the folder, by name and office: an aide relaying their words relays
a principal of the call."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.attributions.side_names import singular
from readout_viewer.core.language.countries import COUNTRIES, LEADER_TITLE, LEADER_TITLES, leaders_in
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import Document

# How far before a leader's name in an official text its title may stand (characters): "Federal Chancellor of the
# Federal Republic of Germany Olaf Scholz" puts 51 between them.
_TITLE_REACH = 70


def _word(text: str, i: int) -> bool:
    """Whether text[i] is a word's character as a str pattern reads one (none outside the text)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def named_at(text: str, name: str) -> list[int]:
    """Where `name` stands in `text` as a whole word (the starts of the matches of the name escaped between two word
    boundaries), found by a literal search with its edges checked: no pattern compiled for each name."""
    out, pos = [], 0
    while (at := text.find(name, pos)) >= 0 and name:
        end = at + len(name)
        if _word(text, at - 1) != _word(text, at) and _word(text, end - 1) != _word(text, end):
            out.append(at)
            pos = end
        else:
            pos = at + 1
    return out


def _titles(text: str, names: Sequence[str]) -> dict[str, set[str]]:
    """Each leader's name (of `names`) and the titles the text gives it: the last leader's title within reach
    before each place it is named."""
    out: dict[str, set[str]] = {}
    for name in names:
        for at in named_at(text, name):
            before = list(LEADER_TITLE.finditer(text, max(0, at - _TITLE_REACH), at))
            if before:
                out.setdefault(name, set()).add(" ".join(before[-1].group().lower().split()))
    return out


def unheard_leaders(documents: Sequence[Document]) -> list[str]:
    """The leaders an official text names with their title whose side has no official text in the folder ("Federal
    Chancellor of the Federal Republic of Germany Olaf Scholz" in the Kremlin's readout), folded, by name ("olaf
    scholz", "scholz"), by their side's adjective and a leader's title ("german chancellor", "german leader"), and by
    the bare title the official texts give them when they give it to no other leader ("chancellor")."""
    heard = {d.side for d in documents if d.is_official}
    codes: dict[str, str] = {}
    titled: dict[str, set[str]] = {}  # each title and the sides whose leaders the official texts give it
    for doc in documents:
        if doc.is_official:
            found = leaders_in(doc.title + "\n" + doc.text)
            codes.update((name, code) for name, code in found.items() if code not in heard)
            for name, titles in _titles(doc.title + "\n" + doc.text, list(found)).items():
                for title in titles:
                    titled.setdefault(title, set()).add(found[name])
    unheard = set(codes.values())
    offices = [f"{adjective} {title}" for code in unheard
               for adjective in singular(COUNTRIES.get(code, ((), (), ()))[1]) for title in LEADER_TITLES]
    bare = [title for title, sides in titled.items() if len(sides) == 1 and sides <= unheard]
    return [fold(name) for name in codes] + [fold(office) for office in offices] + bare
