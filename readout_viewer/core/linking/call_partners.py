"""The leader an official text's first line says its leader spoke with, when the folder's table of leaders lacks him."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence

from readout_viewer.core.language.countries import LEADER_TITLES, code_of
from readout_viewer.core.language.spellings import other_spellings
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.terms import leader_concepts
from readout_viewer.core.model import Document

# A readout's first line names who its leader spoke with right after "with" ("President Joseph R. Biden, Jr. spoke
# today with President-elect Javier Milei of Argentina to congratulate him ...", "... spoke today with Crown Prince
# Mohamed bin Zayed Al Nahyan to reaffirm ..."): a title and a name in capitals (a family's particle "bin" inside it),
# then perhaps "of" and the country. The folder's table (`speakers.folder_leaders`) reads a leader only with a
# country's title before the name ("Argentine President Javier Milei"), so a president-elect or a crown prince of a
# city ("Abu Dhabi Crown Prince") is no leader of the event: the readout's line names one leader, the outlets' "spoke
# by phone with ... Milei" one, and the call-mention pass (`call_mentions`) finds no call for them to share.
_NAME_WORD = r"[A-Z][\w\u00c0-\u017e'\u2019-]*"
_WITH = re.compile(rf"\b(?:spoke|talked|speaks|talks)\b[^.;,]{{0,30}}?\bwith\s+(?P<who>{_NAME_WORD}"
                   rf"(?:\s+(?:{_NAME_WORD}|bin|bint|ibn))*)"
                   r"(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w ]{2,30}?)(?=\s+[a-z]|[,.;]|$))?")
# The words of a title before the name ("President-elect", "Crown Prince", "Prime Minister"): not the leader's name.
_TITLE_WORDS = frozenset(w for t in LEADER_TITLES for w in t.split()) | {"elect"}


def with_partners(pairs: Sequence[Pair], context: Context) -> Context:
    """`context` with the leaders the official texts' first lines name as spoken with (_WITH) added to its table of
    leaders, each for the country named after him or, failing that, the side of the event's other official text, and
    with the words the folder spells otherwise ("Mohammed" of an outlet for the readout's "Mohamed":
    `spellings.other_spellings`); a name whose words are already a leader's is left as the table has it."""
    docs = {d.id: d for pair in pairs for d in (pair.a, pair.b) if d.is_official}
    added: dict[str, str] = {}
    for doc in docs.values():
        found = _partner(doc, context, [d for d in docs.values() if d.event == doc.event and d.side != doc.side])
        if found is not None and not set(leader_concepts(dict((found,)))) & set(context.w.leaders):
            added[found[0]] = found[1]
    if not added:
        return context
    texts = {d.id: d.text for pair in pairs for d in (pair.a, pair.b)}.values()
    w = copy.copy(context.w)
    w.leaders = {**context.w.leaders, **leader_concepts({**other_spellings(added, texts), **added})}
    return context._replace(w=w)


def _partner(doc: Document, context: Context, others: Sequence[Document]) -> tuple[str, str] | None:
    """The name its first claim says an official text's leader spoke with, and his country's code, if known."""
    claims = context.claims_of.get(doc.id, ())
    m = _WITH.search(claims[0].text) if claims else None
    if m is None:
        return None
    words = m.group("who").split()
    while words and all(part.lower() in _TITLE_WORDS for part in words[0].split("-")):
        words.pop(0)
    code = code_of(m.group("country")) if m.group("country") else None
    sides = {d.side for d in others if d.side}
    code = code or (sides.pop() if len(sides) == 1 else None)
    return (" ".join(words), code) if words and code is not None and code != doc.side else None
