"""Courtesies and briefings: two claims that both congratulate on one occasion, or both tell of one leader briefing
another, report the same act."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from readout_viewer.core.language.synonyms import concept, tells_of_briefing
from readout_viewer.core.linking.briefings_told import first_leader
from readout_viewer.core.linking.greeters import by_another, official_names
from readout_viewer.core.linking.mentions import DocPair
from readout_viewer.core.linking.occasions import on_taking_office
from readout_viewer.core.linking.similarity import SETTING, same_speaker
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
# The concepts of the briefing verbs themselves (synonyms.BRIEFING): two briefings that share only the verb tell of
# two leaders' briefings ("Putin informed Trump about the progress of implementing the Istanbul agreements" / "Donald
# Trump began by informing about the successful passage ... of the administration's flagship bill").
BRIEFED = frozenset(concept(w) for w in ("informed", "briefed", "apprised", "updated"))


def courtesy_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                   terms: Mapping[str, Terms], w: Weights, speakers: Mapping[str, str] | None = None
                   ) -> dict[tuple[str, str], float]:
    """A claim that congratulates (or wishes a happy day) reports the claims of the texts it is compared with that
    congratulate too on an occasion it names (a concept shared besides the greeting that is not who the event is
    about, a word nearly every claim uses or the setting: "birthday", "Independence Day"), unless each names a
    different side's leader as the one who acted (`speakers`, `outlet_passes.same_speaker`): "Starmer
    congratulated Xi on China's success at the Paris Olympics" is not Xi's congratulation on Starmer's assumption of
    office; a claim that tells of a briefing reports those that tell of one too (`briefing_links`)."""
    named = official_names(doc_pairs)  # not a greeting another leader gave on another day (greeters.by_another)

    def congratulates(c: Claim) -> bool:
        return CONGRATULATE in terms[c.id].concepts and not by_another(c.text, named)
    acts = _acts(doc_pairs, claims_of, terms, congratulates, {CONGRATULATE} | w.who | w.common | SETTING)
    # taking office is one occasion however it is worded ("assumption of office", "inauguration", "election victory")
    acts.update(_acts(doc_pairs, claims_of, terms, lambda c: congratulates(c) and on_taking_office(c.text), set()))
    out = {(a, b): s for (a, b), s in acts.items() if same_speaker(speakers or {}, a, b)}
    out.update(briefing_links(doc_pairs, claims_of, terms, w))
    return out


def briefing_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                   terms: Mapping[str, Terms], w: Weights) -> dict[tuple[str, str], float]:
    """A claim that tells of a leader informing, briefing or updating another, in any of a readout's words for it
    (`synonyms.tells_of_briefing`: "briefed", "gave his assessment", "welcomed the briefing"), reports the claims of
    the texts it is compared with that tell of a briefing too, when the two share a concept besides the briefing
    verb, a word nearly every claim uses and the setting: the briefer or what he briefed on ("Putin "briefed" Xi on
    the talks between Russian and US officials" / "Vladimir Putin informed the Chinese president about recent
    Russian-American contacts"), and the leader each names first, when both name one, is the same
    (`briefings_told.first_leader`): "Putin briefed his South African counterpart" is not "Cyril Ramaphosa expressed
    gratitude for the information provided". A leader's briefing is one act of a call, however each side words it,
    and a readout rarely tells of more than one; who the event is about counts, as the briefer is most often one of
    its leaders."""
    found = _acts(doc_pairs, claims_of, terms, lambda c: tells_of_briefing(c.text), BRIEFED | w.common | SETTING)
    if not found:
        return found
    text = {c.id: c.text for claims in claims_of.values() for c in claims}
    return {(a, b): s for (a, b), s in found.items() if _same_first(text[a], text[b], w)}


def _same_first(a: str, b: str, w: Weights) -> bool:
    """Whether two claims name the same leader first, or one of them names none."""
    x, y = first_leader(a, w), first_leader(b, w)
    return x is None or y is None or x == y


def _acts(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms],
          does: Callable[[Claim], bool], besides: frozenset[str] | set[str]) -> dict[tuple[str, str], float]:
    """The pairs of claims of compared texts that both do the act, sharing a concept not in `besides`."""
    out: dict[tuple[str, str], float] = {}
    done: dict[str, list[Claim]] = {}  # each text's claims that do the act, read once however many texts it meets

    def doing(doc: str) -> list[Claim]:
        if doc not in done:
            done[doc] = [c for c in claims_of.get(doc, ()) if does(c)]
        return done[doc]
    for a, b in doc_pairs:
        mine = doing(a.id)
        theirs = doing(b.id) if mine else []
        for ca in mine:
            for cb in theirs:
                if (terms[ca.id].concepts & terms[cb.id].concepts) - besides:
                    out[(ca.id, cb.id)] = COURTESY_SCORE
    return out
