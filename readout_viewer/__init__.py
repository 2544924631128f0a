"""readout-viewer: compare official readouts of a diplomatic event with the articles written about them."""

__version__ = "0.1.0"
