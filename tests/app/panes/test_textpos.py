"""Offsets into texts with characters beyond the BMP land on the same characters in Qt's UTF-16 documents."""

from hypothesis import given
from hypothesis import strategies as st

from readout_viewer.core.language.utf16 import Utf16Index


@given(st.text(alphabet=st.sampled_from("ab 😀\U0001F30D€"), max_size=30))
def test_offsets_round_trip_through_utf16(text):
    index = Utf16Index(text)
    for i in range(len(text) + 1):
        position = index.to_qt(i)
        assert position == len(text[:i].encode("utf-16-le")) // 2
        assert index.from_qt(position) == i


def test_a_claim_after_an_emoji_is_highlighted_on_its_own_words(qtbot, make_window):
    from PySide6.QtCore import Qt

    from readout_viewer.core.model import AGREE, Link
    from tests.builders import build, doc
    a = build("/e", [(doc("e1/a", "official", "US", "readout"), ["Hello 😀 there.", "Second claim here."]),
                     (doc("e1/b"), ["Second claim here too."])],
              links=[Link("e1/b#1", "e1/a#2", AGREE, 0.9)])
    window = make_window()
    window.show_analysis(a)
    text = window.area.panes[0].text
    cursor = text.textCursor()
    body = a.document["e1/a"].text
    start, end = (len(body[:a.claim["e1/a#2"].start].encode("utf-16-le")) // 2,
                  len(body[:a.claim["e1/a#2"].end].encode("utf-16-le")) // 2)

    def tinted_before(position: int) -> bool:  # the format of the character just before `position`
        cursor.setPosition(position)
        return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush

    assert not tinted_before(start)  # the space before the claim
    assert tinted_before(start + 1) and tinted_before(end)  # its first and last characters
    assert text.claim_at_offset(a.claim["e1/a#2"].start) == "e1/a#2"
