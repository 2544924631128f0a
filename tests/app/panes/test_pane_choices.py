"""The pane's document selector (▾) fits the screen: a very long source's line ran off a 1280 px screen mid-word,
its title and "(pane 3: swaps)" lost; each line is now cut to a share of the screen's width, the source to half of
it at most, the whole line in the item's tooltip (helper qa8, on a folder whose sources are 180 letters long)."""

from __future__ import annotations

from readout_viewer.app.panes.pane import CHOICE_SCREEN_SHARE, Pane
from readout_viewer.core.model import Document

LONG = ("The White House, Executive Office of the President of the United States of America, Briefing Room, "
        "Statements and Releases, Office of the Press Secretary (as archived by the National Archives)")


def _doc(name: str, source: str, title: str) -> Document:
    return Document(f"ev/{name}", f"ev/{name}.md", title, "The presidents spoke.", role="official", event="ev",
                    source=source, side="US", kind="readout", date="2022-10-25")


def test_a_long_source_s_line_is_cut_to_the_screen_and_keeps_its_title_start_and_pane(qtbot):
    pane = Pane()
    qtbot.addWidget(pane)
    long = _doc("wh", LONG, "Readout of President Joe Biden's Call with Prime Minister Rishi Sunak of the United Kingdom")
    short = _doc("uk", "Prime Minister's Office", "PM call with President Biden")
    pane.doc_id = short.id
    pane.set_choices((long, short), shown=(short.id, long.id))
    menu = pane.selector.menu()
    menu.aboutToShow.emit()  # the lines are cut to the screen as the menu opens
    room = int(pane.screen().availableGeometry().width() * CHOICE_SCREEN_SHARE)
    texts = [action.text() for action in menu.actions()]
    assert all(menu.fontMetrics().horizontalAdvance(text) <= room for text in texts), texts
    assert texts[0].startswith("The White House, Exec") and "… — Readout of" in texts[0]
    assert texts[0].endswith("   (pane 2: swaps)")  # where it is shown is never cut
    assert texts[1] == "Prime Minister's Office — PM call with President Biden"  # a short line stays whole
    assert menu.actions()[0].toolTip() == f"{LONG} — {long.title}   (pane 2: swaps)"
    assert menu.toolTipsVisible()
