"""Courtesies: two claims that both congratulate a leader on one occasion report the same greeting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.mentions import DocPair
from readout_viewer.core.linking.similarity import SETTING
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

# A link between two claims that congratulate on the same occasion: above the outlets' threshold (0.35), under a
# clear paraphrase, as the tone and topic links are. "Erdoğan also congratulated President Putin on his birthday" /
# "... Erdogan warmly wished a happy birthday to President of Russia Vladimir Putin" share the greeting and its
# occasion and nothing else but names, too little for the score to link a short sentence to a long one.
COURTESY_SCORE = 0.4
# The concept of a congratulation, which a wish of a happy day is too (synonyms.PHRASES).
CONGRATULATE = concept("congratulated")


def courtesy_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                   terms: Mapping[str, Terms], w: Weights) -> dict[tuple[str, str], float]:
    """A claim that congratulates (or wishes a happy day) reports the claims of the texts it is compared with that
    congratulate too on an occasion it names (a concept shared besides the greeting that is not who the event is
    about, a word nearly every claim uses or the setting: "birthday", "Independence Day")."""
    out: dict[tuple[str, str], float] = {}
    for a, b in doc_pairs:
        mine = [c for c in claims_of.get(a.id, ()) if CONGRATULATE in terms[c.id].concepts]
        theirs = [c for c in claims_of.get(b.id, ()) if CONGRATULATE in terms[c.id].concepts] if mine else []
        for ca in mine:
            for cb in theirs:
                shared = terms[ca.id].concepts & terms[cb.id].concepts
                if shared - {CONGRATULATE} - w.who - w.common - SETTING:
                    out[(ca.id, cb.id)] = COURTESY_SCORE
    return out
