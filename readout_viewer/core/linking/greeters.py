"""Who gives a congratulation: a greeting that a leader the official texts never name gave, on another day, is not
the call's greeting."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readout_viewer.core.language.countries import SPOKES_TITLES, leaders_in
from readout_viewer.core.linking.mentions import DocPair
from readout_viewer.core.system.lazyre import LazyPattern

# The verb of a congratulation, whose subject (before it) is the person who congratulates.
_CONGRATULATES = LazyPattern(r"\bcongratulat", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# An official named by an office that is no leader's, before the verb: a minister, an envoy or an aide
# (`countries.SPOKES_TITLES`), or a secretary of a government or of an alliance ("Secretary of State Antony Blinken
# congratulated Mr. Milei shortly after his election", a greeting of another day than the call's), the name after
# the title, its words capitalised.
_OFFICIAL = LazyPattern(r"\b(?i:" + "|".join(t.replace(" ", r"\s+") for t in sorted(
    {*SPOKES_TITLES, "secretary"}, key=len, reverse=True)) + r")(?:\s+(?:of\s+State|General))?\s+"
                       r"((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)")


def official_names(doc_pairs: Sequence[DocPair]) -> frozenset[str]:
    """The capitalised words of the official texts of the compared pairs: the names of those the call concerns
    (a folder of several events: of them all)."""
    official = {d.id: d.text for pair in doc_pairs for d in pair if d.is_official}
    return frozenset(w for text in official.values() for w in _WORD.findall(text) if w[:1].isupper())


def by_another(text: str, named: frozenset[str]) -> bool:
    """Whether a claim's congratulation is given by a leader or an official the official texts never name (`named`):
    the person titled as a leader (`countries.leaders_in`) or by an office (_OFFICIAL) nearest before the verb
    ("Chinese Premier Li Qiang on July 7 was the first senior leader from the country to publicly congratulate Starmer
    ...", "Secretary of State Antony Blinken congratulated Mr. Milei"), whose greeting, of another day, is not the
    call's. A congratulation whose giver is not titled before the verb ("Having congratulated ..., President
    Xi told ...", "Xi congratulated ...") is the call's leaders' as far as this tells."""
    verb = _CONGRATULATES.search(text)
    if verb is None:
        return False
    before = text[:verb.start()]
    people = [name for name in leaders_in(before) if " " in name] + [m.group(1) for m in _OFFICIAL.finditer(before)]
    if not people:
        return False
    giver = max(people, key=lambda name: before.rfind(name) + len(name))
    return not any(word in named for word in giver.split())
