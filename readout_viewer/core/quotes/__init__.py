"""Quotations: find them, locate their source, and say whether they are exact, altered or not found."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readout_viewer.core.quotes.check import check_quotes

__all__ = ["check_quotes"]


def __getattr__(name: str) -> Any:
    """The check, imported when first asked for (PEP 562): the attributions' word lists need words.py alone."""
    if name in __all__:
        return getattr(importlib.import_module(f"{__name__}.check"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
