"""Part 3 of the PDF: per event, the two sides' readouts and chosen outlets in columns, linked claims in rows."""

from __future__ import annotations

from readout_viewer.core.model import Analysis
from readout_viewer.export.flow import Composer
from readout_viewer.export.select import Selection


def render_synopsis(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    cx.new_page(landscape=True, header="Synopsis")
    cx.heading("Synopsis", cx.fonts.h2, anchor="part:synopsis")
