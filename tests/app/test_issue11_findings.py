"""Issue 11, findings 3, 5, 6, 8: default panes and what the colours are against, visible misattributions,
corrections acting on the pair the user sees, no stale state after a change of event or folder."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor

from readout_viewer import palette
from readout_viewer.app.inspector.page import chip
from readout_viewer.app.panes.claimtext import FLAG_ALPHA, status_format
from readout_viewer.core.model import MISATTRIBUTED, Attribution
from tests.builders import corpus_folder


# ---- 3: the default panes show the contrast, and the legend says against what colours are computed
def test_the_corpus_opens_on_both_readouts_and_the_outlet_with_most_contrast(qtbot, make_window, corpus_analysis):
    window = make_window()
    window.show_analysis(corpus_analysis, corpus_folder())
    shown = window.area.shown()
    assert [d.rsplit("/", 1)[-1] for d in shown] == ["white-house-readout", "kremlin-readout", "rferl-week-in-russia"]
    against = window.legend.against.text()
    assert "against the other panes" in against and "RFE/RL" in against and "Kremlin" in against
    pane = window.area.panes[1]
    assert "The White House" in pane.counts.toolTip() and "RFE/RL" in pane.counts.toolTip()
    window.area.show_documents(shown[:2])
    assert "RFE/RL" not in window.legend.against.text()


def test_a_kremlin_claim_the_white_house_leaves_out_reads_left_out_by_default(qtbot, make_window, corpus_analysis):
    """The bug: a reprint of the Kremlin readout as third pane painted such claims 'agrees'."""
    window = make_window()
    window.show_analysis(corpus_analysis, corpus_folder())
    kremlin = window.area.panes[1]
    white_house = window.area.shown()[0]
    left_out = [o.claim for o in corpus_analysis.omissions if white_house in o.missing_from
                and corpus_analysis.claim[o.claim].doc == kremlin.doc_id]
    shown_as = [kremlin.statuses[c].status for c in left_out]
    assert shown_as.count("omitted") > len(shown_as) / 2


# ---- 5: misattributions are seen
def test_a_misattribution_is_marked_like_a_highlighter_with_a_dark_line(qtbot, make_window, tiny):
    text = tiny.document["e1/paper"].text
    at = text.index("The two men")
    analysis = replace(tiny, attributions=(Attribution("e1/paper", at, at + 20, "e1/us", "officials",
                                                       MISATTRIBUTED, "e1/ru"),))
    fmt = status_format("misattributed", False, dark=False)
    assert fmt.background().color().alphaF() >= FLAG_ALPHA - 0.01  # not a faint line on a green tint
    assert palette.luminance(fmt.underlineColor().name()) < palette.luminance(palette.ATTRIBUTION) / 2  # the line shows on white
    window = make_window()
    window.show_analysis(analysis)
    paper = next(p for p in window.area.panes if p.doc_id == "e1/paper")
    assert paper.overview.flags == {"e1/paper#1": "misattributed"}
    tips = [m.tip for m in paper.text._marks if m.kind == "misattributed"]
    assert tips and "officials" in tips[0] and "Moscow" in tips[0]


def test_a_chip_on_a_light_colour_is_written_in_black():
    assert 'color: black' in chip("misattributed") and 'color: black' in chip("omitted")
    assert 'color: white' in chip("exact")  # deep blue; vermillion takes black since ux8 (5.4:1, white 3.9:1)
    assert palette.luminance("#FFFFFF") > 0.99 and palette.luminance("#000000") < 0.01
    assert QColor(palette.ATTRIBUTION).isValid()


# ---- 6: Confirm and Reject act on the pair whose ribbon is drawn
def test_the_selected_link_is_to_a_neighbouring_pane_even_when_a_far_one_scores_higher(qtbot, make_window, tiny):
    stronger = replace(tiny, links=tuple(replace(lk, score=0.99) if lk.a == "e1/paper#1" else lk for lk in tiny.links))
    window = make_window()
    window.show_analysis(stronger)
    window.area.show_documents(["e1/us", "e1/ru", "e1/paper"])  # the paper is two panes away: no ribbon to it
    window.area.select_claim("e1/us#1")
    link = window.selected_link()
    assert {link.a, link.b} == {"e1/us#1", "e1/ru#1"}
    assert "Washington" in window.inspector.target.text() and "Moscow" in window.inspector.target.text()
    assert window.area.splitter.selected == link  # the ribbon drawn selected is the one acted on
    assert set(window.selected_claim_ids()) == {"e1/us#1", "e1/ru#1", "e1/paper#1"}  # counterparts still lit


# ---- 8: nothing stale after another event or folder
def test_after_another_event_the_inspector_and_matrix_start_afresh(qtbot, make_window, corpus_analysis):
    window = make_window()
    window.show_analysis(corpus_analysis, corpus_folder())
    matrix = window.docks.matrix
    matrix.table.setCurrentIndex(matrix.proxy.index(0, 2))
    window.area.select_claim(window.docks.matrix.model.claims[0])
    assert window.inspector.claim_id is not None
    window.docks.sidebar.event_requested.emit(corpus_analysis.events[1])
    assert window.inspector.claim_id is None and "Select a claim" in window.inspector.html()
    assert not matrix.table.currentIndex().isValid()  # no column header left bold


def test_another_folder_empties_the_find_field(qtbot, make_window, tiny, tmp_path):
    from tests.builders import small_folder
    window = make_window()
    window.show_analysis(tiny)
    window.menu_actions.find_field.setText("agreed")
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(small_folder(tmp_path))
    assert window.menu_actions.find_field.text() == ""


def test_the_legend_says_when_there_are_no_colours_yet(qtbot, make_window, tiny):
    from readout_viewer.core.model import Analysis
    window = make_window()
    assert "no document shown" in window.legend.against.text()
    window.show_analysis(Analysis(root="/t", documents=tiny.documents))  # the texts, not yet analysed
    assert "once the analysis is done" in window.legend.against.text()
    window.show_analysis(tiny)
    assert "against the other panes" in window.legend.against.text()
