"""What aligning reads, worked out once for all the document pairs: the statements compared, their terms and weights,
the echoes and runs of official wording, each official text's index, the semantic signal and who spoke."""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from typing import NamedTuple

from readout_viewer.core.language.speakers import folder_leaders, run_on, speakers_of
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.quoted_phrases import Echoes, echoes_for
from readout_viewer.core.linking.runs import Runs
from readout_viewer.core.linking.semantic import Semantic
from readout_viewer.core.linking.terms import Terms, concept_index, leader_concepts
from readout_viewer.core.linking.weights import Weights, weights_for
from readout_viewer.core.model import Claim, Document, Link, statements_of


class Context(NamedTuple):
    """What aligning one pair of documents reads (`indexes`: each official document's claims by concept)."""

    claims_of: Mapping[str, Sequence[Claim]]
    terms: Mapping[str, Terms]
    w: Weights
    echoes: Echoes
    runs: Runs
    indexes: Mapping[str, Mapping[str, Sequence[Claim]]]
    sem: Semantic
    speakers: Mapping[str, str]  # claim id -> the country of the leader whose words it reports (language/speakers)
    voices: Mapping[str, str]  # `speakers`, and an account's sentences that run on a leader's words (`run_on`)


# How the pairs are aligned: in this process by default; the analysis may share them with its lanes
# (linking/spread.py). Either way the results come in the pairs' order.
Aligner = Callable[[Sequence[Pair], Context], Generator[float, None, list[dict[tuple[str, str], float]]]]
# A kept pair of claims whose link is still to be judged: the two claims, their score, their documents' dates and
# whether the first is an outlet's claim reporting the second, an official one (reporting.related's arguments).
Kept = tuple[Claim, Claim, float, tuple[str | None, str | None], bool]
# How the kept pairs' links are judged (reporting.related, each on its own): here by default, or shared with the
# lanes like the pairs (linking/spread.py). Either way the links come in the kept pairs' order.
Relater = Callable[[Sequence[Kept], Context], Generator[float, None, list[Link]]]


def context_for(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                leaders: Mapping[str, str] | None = None) -> Context:
    """What aligning reads, worked out once: the compared documents' statements, their terms and weights, the
    echoes and runs of official wording, each official document's index, the semantic signal and who spoke
    (`leaders`: the compared documents' `speakers.folder_leaders`, when already read)."""
    compared = {d.id for d in documents if d.compared}
    leaders = folder_leaders([d for d in documents if d.compared]) if leaders is None else leaders
    speakers = speakers_of([d for d in documents if d.compared], claims_of, leaders)  # every kind: their sentences
    claims_of = {doc_id: cs for doc_id, cs in statements_of(claims_of).items() if doc_id in compared}
    terms, w = weights_for(claims_of, frozenset(d.id for d in documents if d.is_official and is_transcript(d)),
                           frozenset(d.id for d in documents if d.is_official))
    w.leaders, w.leader_names = leader_concepts(leaders), dict(leaders)
    official_docs = {d.id for d in documents if d.is_official and d.compared}
    return Context(claims_of, terms, w, echoes_for(claims_of, official_docs),
                   Runs([c for d in official_docs for c in claims_of.get(d, ())], w),
                   {d: concept_index(claims_of.get(d, ()), terms) for d in official_docs},
                   Semantic([c for cs in claims_of.values() for c in cs]),
                   speakers, run_on(speakers, [d for d in documents if d.compared and d.is_official],
                                    claims_of, leaders))

