"""Compare mode: two documents chosen in the panel, whatever the panes show; in A not in B and in B not in A,
with counts; a claim of either list is shown beside the other document."""

from __future__ import annotations

from readout_viewer.core import compare


def test_the_lists_and_counts_are_those_of_the_two_documents_alone(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.compare
    assert panel.pair() == ("e1/us", "e1/ru")  # the first two panes
    assert panel.only_a.count() == 1 and panel.only_b.count() == 1
    assert "In A, not in B: 1" in panel.head_a.text() and "In B, not in A: 1" in panel.head_b.text()
    before = (panel.head_a.text(), panel.head_b.text())
    window.area.show_documents(["e1/paper", "e1/us"])  # other panes: the comparison stands
    assert (panel.head_a.text(), panel.head_b.text()) == before and panel.pair() == ("e1/us", "e1/ru")


def test_choosing_and_swapping_documents(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.compare
    panel.choose("e1/paper", "e1/us")
    found = compare.compare(tiny, "e1/paper", "e1/us")
    assert panel.only_a.count() == len(found.only_a) and panel.only_b.count() == len(found.only_b)
    panel.swap_sides()
    assert panel.pair() == ("e1/us", "e1/paper")
    assert panel.only_a.count() == len(found.only_b)
    panel.choose("e1/us", "e1/us")
    assert panel.only_a.count() == 0 and "two different" in panel.summary.text()


def test_a_claim_of_a_list_is_shown_beside_the_document_that_leaves_it_out(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/paper", "e1/us"])
    panel = window.docks.compare
    panel.choose("e1/ru", "e1/us")
    panel.only_a.setCurrentRow(0)  # "Weather and rain were mentioned.": in the Kremlin's, not the White House's
    assert window.selected_claim_ids()[0] == "e1/ru#3"
    assert {"e1/ru", "e1/us"} <= set(window.area.shown())


def test_show_both_puts_a_and_b_alone_in_the_panes(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.compare
    panel.choose("e1/ru", "e1/paper")
    panel.show_button.click()
    assert window.area.shown() == ["e1/ru", "e1/paper"]
    assert "Moscow" in window.legend.against.text() or "paper" in window.legend.against.text().lower()


def test_ctrl_m_brings_the_panel_forward(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    window.menu_actions.compare.trigger()
    qtbot.waitUntil(lambda: not window.docks.dock_compare.visibleRegion().isEmpty())


def test_an_excerpt_chosen_is_said_plainly_above_its_left_out_list(qtbot, make_window, tiny):
    """Seen by helper ux11 on a call whose one official text is the Kremlin's excerpt: the list heading's
    "President of Russia (en.kremlin.r… leaves out" had cut the "(excerpt)" away, nothing else said the text is
    partial, and a reader took its "left out" for the Kremlin's silence."""
    import dataclasses

    docs = tuple(dataclasses.replace(d, excerpt=True) if d.id == "e1/ru" else d for d in tiny.documents)
    window = make_window()
    window.show_analysis(dataclasses.replace(tiny, documents=docs))
    panel = window.docks.compare
    panel.choose("e1/us", "e1/ru")
    assert panel.summary.text().endswith("B is only an excerpt in the folder: what B seems to leave out may stand "
                                         "in the part not stored.")
    panel.choose("e1/us", "e1/paper")
    assert "excerpt" not in panel.summary.text()


def test_an_empty_list_says_nothing_is_left_out(qtbot, make_window, tiny):
    """Seen by helper qa2 on the Biden–Modi call: "In A, not in B: 0" stood above a blank box, which said nothing
    (still loading? filtered?). An empty list now says, in muted text, that B carries every statement of A."""
    import dataclasses

    from readout_viewer.core.model import Document
    bare = Document("e1/bare", "e1/bare.txt", "A caption", "Photo: the two presidents.", event="e1", source="Wire")
    analysis = dataclasses.replace(tiny, documents=tiny.documents + (bare,))  # no claim: it leaves nothing out
    window = make_window()
    window.show_analysis(analysis)
    panel = window.docks.compare
    a, b = "e1/bare", "e1/us"
    panel.choose(a, b)
    assert panel.only_a.count() == 0
    assert panel.only_a.empty_note == "Nothing left out: B carries every statement of A."
    window.show()
    window.docks.dock_compare.show()
    window.docks.dock_compare.raise_()
    qtbot.waitUntil(lambda: panel.only_a.isVisible())
    panel.only_a.resize(300, 120)
    noted = panel.only_a.viewport().grab().toImage()
    panel.only_a.set_empty_note("")
    blank = panel.only_a.viewport().grab().toImage()
    assert noted != blank  # the note is drawn, not only kept
    panel.choose(a, a)
    assert panel.only_a.empty_note == ""  # "Choose two different documents." says it: no list note under it


def test_a_folder_with_one_side_s_official_texts_only_says_so_above_the_lists(qtbot, make_window, tiny):
    """Seen by helper qa8 on the Macron–Xi meeting, whose only official text is the Chinese readout (cut short):
    Compare set it against an outlet, "In A, not in B: 9 … leaves out", and nothing in the viewer said that no text
    of the French side was there to say what either side left out."""
    import dataclasses

    docs = tuple(dataclasses.replace(d, role="outlet", side=None) if d.id == "e1/us" else d for d in tiny.documents)
    window = make_window()
    window.show_analysis(dataclasses.replace(tiny, documents=docs))
    panel = window.docks.compare
    panel.choose("e1/ru", "e1/paper")
    assert panel.summary.text().endswith("The folder holds one side's official texts only (side RU): no text of the "
                                         "other side says what either left out.")
    window.show_analysis(tiny)  # both sides' readouts: nothing to say
    panel.choose("e1/us", "e1/paper")
    assert "one side's" not in panel.summary.text()


def test_a_long_name_in_a_chooser_is_cut_with_an_ellipsis_not_clipped_mid_letter(qtbot, make_window, tiny):
    """Seen by helper qa8 at 1280×800: Compare's A read "The White House (statements and releases) readou", Qt's combo
    box clipping the name mid-letter; it is cut with "…" to the field, the list it opens naming it whole."""
    import dataclasses

    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    long = ("The White House, Executive Office of the President of the United States of America, Briefing Room, "
            "Statements and Releases")
    docs = tuple(dataclasses.replace(d, source=long) if d.id == "e1/us" else d for d in tiny.documents)
    window = make_window(size=(1280, 800))
    window.show_analysis(dataclasses.replace(tiny, documents=docs))
    panel = window.docks.compare
    panel.choose("e1/us", "e1/ru")
    window.menu_actions.compare.trigger()
    qtbot.waitUntil(lambda: panel.a.isVisible() and panel.a.width() > 0)
    combo = panel.a
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    shown = combo.shown_text()
    assert shown.endswith("…") and long.startswith(shown[:-1]) and len(shown) > 12
    assert combo.fontMetrics().horizontalAdvance(shown) <= field.width()
    assert long in combo.itemText(combo.currentIndex())  # the list names it whole
    assert panel.b.shown_text() == panel.b.currentText()  # a short name stays whole
