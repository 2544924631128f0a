"""The leader an official text's first line says its leader spoke with, when the folder's table of leaders lacks him."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from readout_viewer.core.language.call_partner import spoken_with
from readout_viewer.core.language.spellings import other_spellings
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.terms import leader_concepts
from readout_viewer.core.model import Document


def with_partners(pairs: Sequence[Pair], context: Context) -> Context:
    """`context` with the leaders the official texts' first lines name as spoken with (`call_partner.spoken_with`)
    added to its table of leaders, each for the country named after him or, failing that, the side of the event's
    other official text, and with the words the folder spells otherwise ("Mohammed" of an outlet for the readout's
    "Mohamed": `spellings.other_spellings`); a name whose words are already a leader's is left as the table has it."""
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
    found = spoken_with(claims[0].text) if claims else None
    if found is None:
        return None
    name, code = found.name, found.code
    sides = {d.side for d in others if d.side}
    code = code or (sides.pop() if len(sides) == 1 else None)
    return (name, code) if code is not None and code != doc.side else None
