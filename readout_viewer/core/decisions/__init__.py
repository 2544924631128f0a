"""Analyst corrections: the public API (store, records, builders) that the viewer, the CLI and the PDF use.

Its names are imported from their modules when first asked for (PEP 562): the viewer looks for a decisions file
(where.py) on a start without loading the store, YAML and the lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readout_viewer.core.system import lazy

if TYPE_CHECKING:
    from readout_viewer.core.decisions.apply import CorrectedAnalysis, apply_decisions, engine_findings
    from readout_viewer.core.decisions.build import decision_for_claims, decision_for_link, note_decision
    from readout_viewer.core.decisions.claim_anchors import Anchor
    from readout_viewer.core.decisions.record import (
        ACTIONS,
        CONFIRM,
        LINK,
        NOTE,
        REJECT,
        RELABEL,
        Decision,
        DecisionError,
        from_dict,
    )
    from readout_viewer.core.decisions.store import DecisionsReadOnly, DecisionStore
    from readout_viewer.core.decisions.where import fallback_path, folder_path

# Each public name and the module that holds it.
_HOMES = {
    **dict.fromkeys(("CorrectedAnalysis", "apply_decisions", "engine_findings"), "apply"),
    **dict.fromkeys(("decision_for_claims", "decision_for_link", "note_decision"), "build"),
    **dict.fromkeys(("Anchor", "anchor_for", "squeeze"), "claim_anchors"),
    **dict.fromkeys(("ACTIONS", "CONFIRM", "LINK", "NOTE", "REJECT", "RELABEL", "Decision", "DecisionError",
                     "current_author", "from_dict", "now"), "record"),
    **dict.fromkeys(("DecisionsReadOnly", "DecisionStore"), "store"),
    **dict.fromkeys(("fallback_path", "folder_path"), "where"),
}

__all__ = [
    "ACTIONS", "CONFIRM", "LINK", "NOTE", "REJECT", "RELABEL", "Anchor", "CorrectedAnalysis", "Decision",
    "DecisionError", "DecisionStore", "DecisionsReadOnly", "apply_decisions", "decision_for_claims",
    "decision_for_link", "engine_findings", "fallback_path", "folder_path", "from_dict", "note_decision",
]


__getattr__ = lazy.exports(__name__, _HOMES)
