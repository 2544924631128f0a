"""Attributions: statements pinned on a named source, checked against what that source's text says."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readout_viewer.core.attributions.check import check_attributions, check_with_reports

__all__ = ["check_attributions", "check_with_reports"]


def __getattr__(name: str) -> Any:
    """The checks, imported when first asked for (PEP 562): the findings list needs carriers.py alone."""
    if name in __all__:
        return getattr(importlib.import_module(f"{__name__}.check"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
