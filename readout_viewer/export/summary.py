"""Part 2 of the PDF: counts per relation, the coverage matrix, the quote check and the attribution tables."""

from __future__ import annotations

from readout_viewer.core.model import Analysis
from readout_viewer.export.flow import Composer
from readout_viewer.export.select import Selection


def render_summary(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    cx.new_page(landscape=False, header="Summary")
    cx.heading("Summary", cx.fonts.h2, anchor="part:summary")
