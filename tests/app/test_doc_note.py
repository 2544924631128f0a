"""The folder's own note on a text (front matter `notes:`) is in its pane title's and Documents row's tooltips."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.app.sidebar import ID_ROLE
from readout_viewer.core.model import OFFICIAL
from tests.builders import build, doc

NOTE = ("The text is assembled from the only verbatim quotation of it in the stored copies, "
        "The Paper's two quoted passages.")


def test_a_text_s_folder_note_is_in_its_pane_title_and_documents_row_tooltips(qtbot, make_window):
    """Seen by helper ux12 on the Sunak–Modi call: Downing Street's readout is assembled from one outlet's
    quotation (its front matter's notes say so), but the viewer said only "(excerpt)": nothing told the reader
    that its agreement with that outlet is the outlet's own words. A text without a note gets no such line."""
    noted = replace(doc("e1/noted", OFFICIAL, "XX", "readout", "Office"), excerpt=True, extra={"notes": NOTE})
    plain = doc("e1/plain", OFFICIAL, "YY", "readout", "Other")
    window = make_window()
    window.show_analysis(build("/tmp/noted", [(noted, ["One sentence."]), (plain, ["Another sentence."])]))
    panes = {p.doc_id: p for p in window.area.panes}
    qtbot.waitUntil(lambda: "e1/noted" in panes and bool(panes["e1/noted"].title.toolTip()))
    words = " ".join(panes["e1/noted"].title.toolTip().split())
    assert "The folder's note on this text: " + NOTE in words
    assert "folder's note" not in panes["e1/plain"].title.toolTip()
    items = {i.data(0, ID_ROLE): i for i in window.docks.sidebar._items()}
    assert NOTE in " ".join(items["e1/noted"].toolTip(0).split())
    assert "folder's note" not in items["e1/plain"].toolTip(0)
