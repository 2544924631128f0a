"""Attributions: statements pinned on a named source, checked against what that source's text says."""

from readout_viewer.core.attributions.check import check_attributions, check_with_reports

__all__ = ["check_attributions", "check_with_reports"]
