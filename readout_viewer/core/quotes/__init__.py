"""Quotations: find them, locate their source, and say whether they are exact, altered or not found."""

from readout_viewer.core.quotes.check import check_quotes

__all__ = ["check_quotes"]
