"""The confidence floor: an analysis without the links, attributions and reports the engine is least sure of."""

from __future__ import annotations

import dataclasses

from readout_viewer.core.model import Analysis, Attribution, Link, Unreported

# The floor the viewer's control and the PDF offer moves in steps of this size: the engine's scores are two
# decimals at most, and a finer step changes nothing a person can see.
STEP = 0.05
# Scores below this are drawn as weak (fainter, dashed) wherever a score is shown. The scores rank links but are
# not probabilities: on the development gold, floors from 0.2 to 0.7 keep link precision between 0.79 and 0.87
# while recall falls from 0.85 to 0.37 (0.90 with no floor). So nothing is hidden by default; weak ones are marked.
WEAK = 0.3


def kept_link(link: Link, min_score: float) -> bool:
    """An analyst's link (manual or confirmed) always stays; an automatic one only at or above the floor."""
    return link.by_analyst or link.score >= min_score


def kept_attribution(attribution: Attribution, min_score: float) -> bool:
    """An unscored attribution always stays; a scored one only at or above the floor."""
    return attribution.score is None or attribution.score >= min_score


def kept_unreported(report: Unreported, min_score: float) -> bool:
    return report.score >= min_score


def at_least(analysis: Analysis, min_score: float) -> Analysis:
    """The analysis as if the engine had not found what it scores below `min_score`.

    Automatic links, scored attributions and unreported reports under the floor go; analyst links stay; omissions
    are found again on the links that are left (linking.omissions, the rule the engine and the analyst's decisions
    use), so an official statement whose last link to a document went is now left out by it. A floor of 0 changes
    nothing.
    """
    if min_score <= 0.0:
        return analysis
    links = tuple(lk for lk in analysis.links if kept_link(lk, min_score))
    attributions = tuple(x for x in analysis.attributions if kept_attribution(x, min_score))
    unreported = tuple(u for u in analysis.unreported if kept_unreported(u, min_score))
    if (len(links), len(attributions), len(unreported)) == (
            len(analysis.links), len(analysis.attributions), len(analysis.unreported)):
        return analysis
    omissions = analysis.omissions
    if len(links) != len(analysis.links):  # the engine's own rule, on the links that are left
        from readout_viewer.core.linking import nearest  # not on the window's import path
        from readout_viewer.core.linking.omissions import find_omissions
        found = find_omissions(analysis.documents, analysis.claims_of, links, analysis.omissions)
        hidden = [lk for lk in analysis.links if not kept_link(lk, min_score)]
        omissions = tuple(nearest.under_floor(found, hidden, analysis))
    return dataclasses.replace(analysis, links=links, attributions=attributions, unreported=unreported,
                               omissions=omissions)


def hidden(analysis: Analysis, min_score: float) -> dict[str, int]:
    """How many links, attributions and unreported reports the floor hides (for a status line)."""
    return {
        "links": sum(not kept_link(lk, min_score) for lk in analysis.links),
        "attributions": sum(not kept_attribution(x, min_score) for x in analysis.attributions),
        "unreported": sum(not kept_unreported(u, min_score) for u in analysis.unreported),
    }
