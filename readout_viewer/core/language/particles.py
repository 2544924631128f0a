"""A person's name with a particle ("Mohammed bin Salman", "Abdel Fattah al-Sisi"): the names prose shortens it to."""

from __future__ import annotations

import re

# Lower-case particles a person's name holds between its capitalised words ("Lula da Silva", "Mohammed bin Zayed",
# "al-Sissi" with its hyphen): read only where a title or "and" bounds the name (`countries.NAME_WORD`).
NAME_PARTICLES = ("da", "de", "do", "dos", "bin", "bint", "ibn", "al", "el", "van", "von", "der")
# A capitalised word of a leader's name as `countries.leaders_in` reads it, a hyphened part too ("Abdel-Fattah").
CAPITALISED = r"[A-Z][a-z\u00c0-\u017e]+(?:-[A-Z][a-z]+)?"
# A particle and the one name it opens, after a leader's capitalised words ("... bin Salman", "... al-Sisi", "... da
# Silva"): part of the name, which the table of leaders used to cut before the particle ("Mohammed", "Abdel Fattah").
PARTICLE_TAIL = rf"(?:[^\S\n]+(?:{'|'.join(NAME_PARTICLES)})(?:-|[^\S\n]+){CAPITALISED})?"
# A particle opening a word of a name, with its hyphen or alone ("al-Sisi", "bin").
_PARTICLE = re.compile(rf"(?:{'|'.join(NAME_PARTICLES)})(?:-|$)")
# Particles that say whose son or daughter: "bin Salman" names the son (Mohammed bin Salman), "Salman" alone his father.
_PATRONYMIC = frozenset({"bin", "bint", "ibn"})


def before_particle(words: list[str]) -> list[str]:
    """The words of a name before its particle (all of them when it holds none): the name as the table reads it."""
    return words[:next((i for i, w in enumerate(words) if i and _PARTICLE.match(w)), len(words))]


def particle_names(words: list[str]) -> list[str]:
    """The names a name with a particle adds to its words before the particle ("Mohammed", "Abdel Fattah"): the whole
    name, and the name as prose shortens it, the particle's name alone after an article ("Sisi" of "al-Sisi", "Silva"
    of "da Silva") or with its particle after a patronymic ("bin Salman"); none for a name without one."""
    at = len(before_particle(words))
    if at == len(words) or (at == len(words) - 1 and "-" not in words[at]):
        return []
    particle, _, joined = words[at].partition("-")
    named = joined or words[at + 1]
    return [" ".join(words), f"{particle} {named}" if particle in _PATRONYMIC else named]
