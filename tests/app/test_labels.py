"""Column and sidebar names that tell documents of the same source and kind apart."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from readout_viewer.app.labels import distinguishing, short_names
from readout_viewer.core.model import OFFICIAL
from tests.builders import build, doc


def _titled(doc_id: str, title: str, source: str = "Capital", kind: str = "readout"):
    return replace(doc(doc_id, OFFICIAL, "XX", kind, source), title=title)


def test_namesakes_get_the_words_their_titles_do_not_share():
    a = _titled("e/a", "Readout of the Minister's Call with the Premier of Atlantis")
    b = _titled("e/b", "Readout of the Minister's Call with the Chancellor of Borduria")
    names = short_names([a, b])
    assert names["e/a"] == "Premier"
    assert names["e/b"] == "Chancellor"


def test_longest_run_of_unshared_words_wins_and_is_cut_to_fit():
    a = _titled("e/a", "Talks between Ada Lovelace and the envoy")
    b = _titled("e/b", "Talks with the envoy (opening)")
    assert distinguishing(a, [a, b]) == "Ada Lovelace"
    assert distinguishing(b, [a, b]) == "opening"
    long = _titled("e/c", "Supercalifragilisticexpialidocious meeting")
    assert distinguishing(long, [long, b]).endswith("…")


def test_possessives_count_as_the_same_word():
    a = _titled("e/a", "Ministry’s English version")
    b = _titled("e/b", "Ministry English summary")
    assert distinguishing(a, [a, b]) == "version"


def test_identical_titles_fall_back_to_the_file_name():
    a = _titled("e/first-copy", "Same title")
    b = _titled("e/second-copy", "Same title")
    assert short_names([a, b]) == {"e/first-copy": "first-copy", "e/second-copy": "second-copy"}


def test_documents_alone_of_their_source_and_kind_need_no_name():
    a = _titled("e/a", "Readout one")
    b = _titled("e/b", "Readout two", kind="briefing")
    c = _titled("e/c", "Readout three", source="Other")
    assert short_names([a, b, c]) == {}


def test_matrix_headers_of_same_source_documents_differ(qtbot, make_window):
    a = _titled("e1/a", "Readout of the Call with the Premier of Atlantis")
    b = _titled("e1/b", "Readout of the Call with the Chancellor of Borduria")
    analysis = build("/tmp/names", [(a, ["One thing was said."]), (b, ["Another thing was said."])])
    window = make_window()
    window.show_analysis(analysis)
    model = window.docks.matrix.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]
    assert len(set(heads)) == len(heads)
    assert any("Premier" in h for h in heads) and any("Chancellor" in h for h in heads)
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(1, model.columnCount())]
    assert any(a.title in t for t in tips)
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows == ["Capital (Premier): One thing was said.", "Capital (Chancellor): Another thing was said."]
    assert a.title in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_matrix_says_what_its_symbols_mean(qtbot, make_window, tiny):
    from readout_viewer.app.matrix import SYMBOL
    window = make_window()
    window.show_analysis(tiny)
    key = window.docks.matrix.key.text()
    for kind in ("agree", "diverge", "omitted", "source"):
        assert SYMBOL[kind] in key


def test_clip_puts_a_text_on_one_line_and_cuts_it_with_an_ellipsis():
    from readout_viewer.app.labels import clip
    assert clip("short  text\nhere", 20) == "short text here"
    assert clip("one two three four", 10) == "one two t…"
    assert len(clip("x" * 50, 10)) == 10
