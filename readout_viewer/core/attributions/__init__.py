"""Attributions: statements pinned on a named source, checked against what that source's text says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readout_viewer.core.system import lazy

if TYPE_CHECKING:
    from readout_viewer.core.attributions.check import check_attributions, check_with_reports

__all__ = ["check_attributions", "check_with_reports"]


# The checks, imported when first asked for: the findings list needs carriers.py alone.
__getattr__ = lazy.exports(__name__, dict.fromkeys(__all__, "check"))
