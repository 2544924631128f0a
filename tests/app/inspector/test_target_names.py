"""The inspector's "Acts on:" line names the two documents of the selected pair cut short, the tooltip in full: two
sources of some 180 letters made it five lines at 1280 px, the inspector's page left six (helper qa8). A name is
text, never markup."""

from __future__ import annotations

import dataclasses

from readout_viewer.app.inspector.dock import Inspector
from readout_viewer.app.inspector.page import SOURCE_CHARS as TARGET_NAME_CHARS

LONG = ("The White House, Executive Office of the President of the United States of America, Briefing Room, "
        "Statements and Releases, Office of the Press Secretary (as archived by the National Archives)")


def test_long_names_are_cut_in_the_acts_on_line_and_whole_in_its_tooltip(qtbot, tiny):
    docs = tuple(dataclasses.replace(d, source=LONG) if d.id == "e1/us" else
                 dataclasses.replace(d, source="AT&T <News> & Co") if d.id == "e1/ru" else d for d in tiny.documents)
    analysis = dataclasses.replace(tiny, documents=docs)
    inspector = Inspector()
    qtbot.addWidget(inspector)
    link = next(lk for lk in analysis.links if {lk.a, lk.b} == {"e1/ru#1", "e1/us#1"})
    inspector.show_claim(analysis, "e1/us#1")
    inspector.set_target(link)
    text = inspector.target.text()
    assert LONG not in text and LONG[:40] in text and "…" in text
    shown = text.split("<b>")[1:]
    assert all(len(part.split("</b>")[0]) <= TARGET_NAME_CHARS + 20 for part in shown)  # escaped "&amp;" aside
    assert "AT&amp;T &lt;News&gt; &amp; Co" in text  # shown as written, not read as markup
    assert LONG in inspector.target.toolTip()


def test_the_page_names_a_long_source_cut_short_and_the_title_whole(tiny):
    from readout_viewer.app.inspector.page import SOURCE_CHARS, claim_html

    docs = tuple(dataclasses.replace(d, source=LONG) if d.id == "e1/us" else d for d in tiny.documents)
    analysis = dataclasses.replace(tiny, documents=docs)
    title = analysis.document["e1/us"].title
    for claim in ("e1/us#1", "e1/ru#1"):  # its heading, and a counterpart's name
        page = claim_html(analysis, claim)
        assert LONG not in page and f"{LONG[:SOURCE_CHARS - 20]}" in page and f"…: {title}" in page
    assert "Moscow: " in claim_html(analysis, "e1/ru#1")  # a short source whole, as before
