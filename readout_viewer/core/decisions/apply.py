"""Applying analyst decisions to an analysis: links added, rejected, relabelled or confirmed, notes, orphans."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from readout_viewer.core.decisions.claim_anchors import Resolver
from readout_viewer.core.decisions.record import CONFIRM, LINK, NOTE, REJECT, RELABEL, Decision
from readout_viewer.core.linking.omissions import find_omissions
from readout_viewer.core.model import AGREE, DIVERGE, MANUAL, REASONS, Analysis, Link, Note, Problem

# How sure a manual link is: the analyst says so.
MANUAL_SCORE = 1.0
# The reason given to a diverging link when the analyst's reason is free text rather than one of REASONS.
FREE_TEXT_REASON = "wording"


@dataclass(frozen=True)
class CorrectedAnalysis(Analysis):
    """An analysis with decisions applied; it keeps the engine's own findings so decisions can be re-applied."""

    base: Analysis | None = field(default=None, repr=False, compare=False)


def engine_findings(analysis: Analysis) -> Analysis:
    """The analysis as the engine produced it, before any decision."""
    base = getattr(analysis, "base", None)
    return base if base is not None else analysis


def _key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


class _Links:
    """The links of an analysis being corrected, one per pair of claims, in their original order."""

    def __init__(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self._order = {d.id: i for i, d in enumerate(analysis.documents)}
        self.by_pair: dict[frozenset[str], list[Link]] = {}
        for link in analysis.links:
            self.by_pair.setdefault(_key(link.a, link.b), []).append(link)

    def get(self, a: str, b: str) -> Link | None:
        found = self.by_pair.get(_key(a, b))
        return found[0] if found else None

    def put(self, link: Link) -> None:
        self.by_pair[_key(link.a, link.b)] = [link]

    def drop(self, a: str, b: str) -> None:
        self.by_pair.pop(_key(a, b), None)

    def all(self) -> tuple[Link, ...]:
        return tuple(link for group in self.by_pair.values() for link in group)

    def oriented(self, a: str, b: str) -> tuple[str, str]:
        """The pair as Link wants it: the outlet's claim first, else the claim of the earlier document."""
        doc_a = self._analysis.document[self._analysis.claim[a].doc]
        doc_b = self._analysis.document[self._analysis.claim[b].doc]
        if doc_a.is_official != doc_b.is_official:
            return (b, a) if doc_a.is_official else (a, b)
        return (b, a) if self._order[doc_b.id] < self._order[doc_a.id] else (a, b)


def _labelled(link: Link, relation: str, reason: str | None) -> Link:
    """The link with the analyst's relation; a free-text reason becomes its detail.

    The engine's own detail is kept only while the relation stays what the engine said.
    """
    detail = link.detail if link.relation == relation else None
    if relation != DIVERGE:
        return dataclasses.replace(link, relation=relation, reason=None, detail=reason or detail)
    if reason in REASONS:
        return dataclasses.replace(link, relation=relation, reason=reason, detail=detail)
    kept = link.reason if link.relation == DIVERGE and link.reason else FREE_TEXT_REASON
    return dataclasses.replace(link, relation=relation, reason=kept, detail=reason or detail)


def _pair(links: _Links, d: Decision, a: str, b: str) -> None:
    """Apply a decision about the pair of claims a and b."""
    found = links.get(a, b)
    if d.action == REJECT:
        links.drop(a, b)
    elif d.action == LINK or (found is None and d.relation is not None):
        relation = d.relation or AGREE  # a link entry always names its relation (record.from_dict checks it)
        first, second = links.oriented(a, b)
        links.put(_labelled(Link(first, second, relation, MANUAL_SCORE, origin=MANUAL), relation, d.reason))
    elif found is None:
        return  # a confirmation of a link the engine no longer finds, with no relation to restore it by
    elif d.action == RELABEL:
        relation = d.relation or found.relation
        links.put(dataclasses.replace(_labelled(found, relation, d.reason), confirmed=True))
    elif d.action == CONFIRM:  # the relation the analyst confirmed stands, even if the engine changed its mind
        kept = found if d.relation in (None, found.relation) else _labelled(found, d.relation, None)
        links.put(dataclasses.replace(kept, confirmed=True))


def orphan_record(d: Decision, problem: str) -> Mapping[str, Any]:
    """A decision that could not be applied, as listed in Analysis.orphans."""
    return {**d.to_dict(), "problem": problem}


def apply_decisions(analysis: Analysis, decisions: Sequence[Decision],
                    unreadable: Sequence[Mapping[str, Any]] = (), problems: Sequence[Problem] = ()) -> Analysis:
    """A new analysis with the decisions applied in order; decisions whose text is gone are listed as orphans.

    Applying again to a corrected analysis starts from the engine's findings it carries, so it is idempotent.
    """
    base = engine_findings(analysis)
    if not decisions and not unreadable and not problems:
        return base
    resolver, links = Resolver(base), _Links(base)
    notes: list[Note] = []
    orphans: list[Mapping[str, Any]] = list(unreadable)
    for d in decisions:
        a = resolver.resolve(d.a)
        b = resolver.resolve(d.b) if d.b is not None else None
        if a is None or (d.b is not None and b is None):
            gone = d.a if a is None else (d.b or d.a)
            orphans.append(orphan_record(d, f"the text is no longer in {gone.doc}"))
        elif d.action == NOTE:
            notes.append(Note(a, d.note or "", b, d.author, d.at))
        elif b is None:
            orphans.append(orphan_record(d, f"a {d.action} names two claims, this one only one"))
        elif a == b:
            orphans.append(orphan_record(d, "both ends now fall in the same claim"))
        else:
            _pair(links, d, a, b)
    new_links = links.all()
    omissions = find_omissions(base.documents, base.claims_of, new_links, base.omissions)
    fields = {f.name: getattr(base, f.name) for f in dataclasses.fields(Analysis)}
    fields.update(links=new_links, omissions=tuple(omissions), notes=base.notes + tuple(notes),
                  orphans=base.orphans + tuple(orphans), problems=base.problems + tuple(problems))
    return CorrectedAnalysis(**fields, base=base)
