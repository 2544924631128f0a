"""What scrolling and hovering repaint: opaque gutters and scroll bars, cached overview marks, only what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readout_viewer.app import theme


def _opaque(window) -> list[bool]:
    splitter = window.area.splitter
    return [splitter.handle(i).testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            for i in range(1, splitter.count())]


def test_gutters_stay_opaque_after_the_style_polishes_them(qtbot, make_window, tiny, qapp):
    window = make_window()
    window.show_analysis(tiny)
    assert _opaque(window) == [True, True]
    before = theme.original(qapp)
    try:
        window.set_theme(theme.DARK)  # a new style polishes every widget again
        assert _opaque(window) == [True, True]
    finally:
        theme.apply(qapp, theme.SYSTEM, before)


def test_scroll_bar_paints_its_own_background(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    assert all(p.text.verticalScrollBar().parentWidget().autoFillBackground() for p in window.area.panes)


def _mark_drawn(strip, claim_id: str) -> bool:
    """Whether the middle of the strip at a claim's place differs from its edge (no mark there)."""
    span = strip.text.claim_span(claim_id)
    y = round((span[0] + span[1]) / 2 * strip.height() / strip.text.content_height())
    image = strip.grab().toImage()
    return image.pixelColor(strip.width() // 2, y) != image.pixelColor(0, y)


def test_overview_marks_follow_new_statuses(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    strip = window.area.panes[0].overview
    assert _mark_drawn(strip, "e1/us#2")
    strip.set_statuses({})
    assert not _mark_drawn(strip, "e1/us#2")


def test_an_unlocked_scroll_repaints_only_the_gutters_beside_the_pane(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    area = window.area
    area.set_locked(False)
    asked = []
    for i in (1, 2):
        area.splitter.handle(i).update = lambda i=i: asked.append(i)
    area.panes[0].text.verticalScrollBar().valueChanged.emit(5)
    assert asked == [1]
    area.panes[1].text.verticalScrollBar().valueChanged.emit(5)
    assert asked == [1, 1, 2]


def test_emphasis_is_redrawn_only_when_it_changes(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    text = window.area.panes[0].text
    drawn = []
    text.setExtraSelections = lambda selections: drawn.append(len(selections))
    text.set_emphasis("e1/us#1", None)
    text.set_emphasis("e1/us#1", None)
    assert drawn == [1]
    text.set_emphasis("e1/us#1", "e1/us#2")
    text.set_emphasis(None, None)
    assert drawn == [1, 2, 0]


def test_a_claim_scrolled_to_near_the_top_shows_its_first_line(qtbot, make_window, corpus_analysis):
    """Seen at 1280x800: the Kremlin readout's first claim, chosen in the findings, had its first line cut."""
    window = make_window(size=(1280, 800))
    window.show_analysis(corpus_analysis)
    kremlin = "2021-12-07-video-call/kremlin-readout"
    window.area.show_documents(["2021-12-07-video-call/white-house-readout", kremlin])
    pane = next(p for p in window.area.panes if p.doc_id == kremlin)
    qtbot.waitUntil(lambda: pane.text.verticalScrollBar().maximum() > 0)
    first = next(c for c in corpus_analysis.claims_of[kremlin] if c.is_statement)
    span = pane.text.claim_span(first.id)
    assert span[1] - span[0] > 20  # more than a line: centring it scrolls its first one partly away
    window.area.select_claim(first.id, scroll=True)
    assert pane.text.verticalScrollBar().value() <= span[0]
