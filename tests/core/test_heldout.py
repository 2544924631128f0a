"""Held-out check: the engine keeps its figures on texts it was never tuned on (tests/data/heldout, gold.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from readout_viewer.core.analysis import analyze
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import DIVERGE, Analysis, Claim

HELDOUT = Path(__file__).resolve().parent.parent / "data" / "heldout"
# Floors a little under today's figures on the whole folder (4 events: recall 0.89, precision 0.86, relation
# 0.94, omission 0.91, quotes 0.82): a change that loses a few links, relations or omissions here fails. The
# quote floor sits under the product's target (0.90) because the April 2021 event's translated quotations of
# the Kremlin readout and a two-word scare quote are not found (docs/engine.md, Quotations;
# docs/engine-history.md, Round 2).
MIN_RECALL = 0.87
MIN_PRECISION = 0.83
MIN_RELATION = 0.92
MIN_OMISSION = 0.89
MIN_QUOTES = 0.80


class Gold:
    """The gold file read against one analysis: spans found in each document's folded text."""

    def __init__(self, analysis: Analysis) -> None:
        self.data = yaml.safe_load((HELDOUT / "gold.yaml").read_text(encoding="utf-8"))
        self.alias = self.data["docs"]
        self.text = {d.id: fold(d.text) for d in analysis.documents}
        self.claims = {c.id: c for c in analysis.claims}

    def span(self, ref: list[str]) -> tuple[str, int, int]:
        doc = self.alias.get(ref[0], ref[0])
        at = self.text[doc].find(fold(ref[1]).strip())
        assert at >= 0, f"gold span not in {doc}: {ref[1]!r}"
        return doc, at, at + len(ref[1].strip())

    def over(self, claim: Claim, span: tuple[str, int, int]) -> bool:
        return claim.doc == span[0] and claim.start < span[2] and span[1] < claim.end

    def hits(self, link, frm, tos) -> bool:
        a, b = self.claims[link.a], self.claims[link.b]
        return any((self.over(a, frm) and self.over(b, t)) or (self.over(b, frm) and self.over(a, t)) for t in tos)

    def links(self, key: str):
        if key == "optional":
            return [(self.span(o[:2]), [self.span(t) for t in o[2]], None) for o in self.data["optional"]]
        return [(self.span(g["from"]), [self.span(t) for t in g["to"]], g) for g in self.data["links"]]


@pytest.fixture(scope="module")
def heldout() -> tuple[Analysis, Gold]:
    analysis = analyze(HELDOUT)
    assert not analysis.problems
    return analysis, Gold(analysis)


def test_links_keep_recall_and_precision_on_unseen_texts(heldout):
    analysis, gold = heldout
    required, optional = gold.links("links"), gold.links("optional")
    found = [any(gold.hits(link, frm, tos) for link in analysis.links) for frm, tos, _ in required]
    pairs = {frozenset((frm[0], t[0])) for frm, tos, _ in required + optional for t in tos}
    scoped = [link for link in analysis.links
              if frozenset((gold.claims[link.a].doc, gold.claims[link.b].doc)) in pairs]
    true = [link for link in scoped if any(gold.hits(link, frm, tos) for frm, tos, _ in required + optional)]
    assert sum(found) / len(found) >= MIN_RECALL
    assert len(true) / len(scoped) >= MIN_PRECISION


def test_relations_hold_and_every_divergence_says_why(heldout):
    analysis, gold = heldout
    right, judged = 0, 0
    for frm, tos, g in gold.links("links"):
        matched = [link for link in analysis.links if gold.hits(link, frm, tos)]
        if matched and g["relation"] != "any":
            judged += 1
            right += max(matched, key=lambda link: link.score).relation == g["relation"]
    assert right / judged >= MIN_RELATION
    assert all(link.reason and link.detail for link in analysis.links if link.relation == DIVERGE)


def test_omissions_hold_both_ways(heldout):
    analysis, gold = heldout
    missing = {o.claim: set(o.missing_from) for o in analysis.omissions}
    linked: dict[str, set[str]] = {}
    for link in analysis.links:
        linked.setdefault(link.a, set()).add(gold.claims[link.b].doc)
        linked.setdefault(link.b, set()).add(gold.claims[link.a].doc)
    right, total = 0, 0
    for item, key, want_missing in [(o, "missing_from", True) for o in gold.data["omissions"]] + \
            [(o, "present_in", False) for o in gold.data["not_omitted"]]:
        claims = [c for c in analysis.claims if gold.over(c, gold.span(item["span"]))]
        for other in item[key]:
            doc = gold.alias[other]
            total += 1
            if want_missing:
                right += bool(claims) and all(doc in missing.get(c.id, ()) and doc not in linked.get(c.id, ())
                                              for c in claims)
            else:
                right += any(doc in linked.get(c.id, ()) for c in claims) and \
                    not any(doc in missing.get(c.id, ()) for c in claims)
    assert right / total >= MIN_OMISSION


def test_quotations_are_judged_right(heldout):
    analysis, gold = heldout
    right = 0
    for q in gold.data["quotes"]:
        where = gold.span(q["in"])
        got = {p.verdict for p in analysis.quotes
               if p.doc == where[0] and p.start < where[2] and where[1] < p.end}
        right += q["verdict"] in got
    assert right / len(gold.data["quotes"]) >= MIN_QUOTES


@pytest.mark.parametrize("doc, words", [
    ("RT", "Although cyberattacks were a major focus"),
    ("RT", "Moscow had previously opposed this decision"),
    ("MW", "Analysts said the call was unlikely to ease tensions"),
    ("NH", "It is hard to see what either leader gained"),
    ("NC", "So, this is an example of leader-to-leader diplomacy"),
    ("BL", "The dispute has already cost Valdorian exporters millions"),
])
def test_commentary_stays_unlinked(heldout, doc, words):
    analysis, gold = heldout
    span = gold.span([doc, words])
    claims = {c.id for c in analysis.claims if gold.over(c, span)}
    assert claims and not any(link.a in claims or link.b in claims for link in analysis.links)
