"""Quotations: find them, locate their source, and say whether they are exact, altered or not found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readout_viewer.core.system import lazy

if TYPE_CHECKING:
    from readout_viewer.core.quotes.check import check_quotes

__all__ = ["check_quotes"]


# The check, imported when first asked for: the attributions' word lists need words.py alone.
__getattr__ = lazy.exports(__name__, dict.fromkeys(__all__, "check"))
