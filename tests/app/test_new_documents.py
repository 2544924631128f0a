"""PDF, Word and pasted articles in the viewer: each appears in a pane with its claims linked to the readout."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout_viewer.app import paste_action
from readout_viewer.core.loading import pasted
from tests.core.loading.pdfs import column, make_pdf
from tests.core.loading.test_docxtext import docx, para, run

READOUT = """---
title: Readout of President Biden's Video Call with President Putin
source: The White House
role: official
side: US
---

President Biden spoke with President Putin of Russia by video for two hours on Tuesday.

President Biden voiced deep concerns about Russia's military build-up surrounding Ukraine.

The two presidents agreed that their teams would follow up, and the United States would do so in close coordination with allies.
"""
PDF_LINES = ["President Biden spoke with President Putin of Russia by video for", "two hours on Tuesday, the White "
             "House said.", "Biden voiced deep concerns about Russia's military build-up", "surrounding Ukraine."]
WORD = "".join(para(run(t)) for t in (
    "Biden and Putin hold video call",
    "President Biden voiced deep concerns about the Russian military build-up surrounding Ukraine.",
    "The two presidents agreed that their teams would follow up on the call."))
PASTE = ("Putin and Biden talk for two hours\n\nThe two presidents agreed that their teams would follow up, the "
         "White House said.\nPresident Biden spoke with President Putin by video for two hours on Tuesday.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    event = tmp_path / "video-call"
    event.mkdir()
    (event / "white-house-readout.md").write_text(READOUT, encoding="utf-8")
    (event / "daily-planet.pdf").write_bytes(make_pdf([[(72, 740, 18, "Biden and Putin talk"),
                                                         *column(PDF_LINES, top=710)]],
                                                       {"Title": "Biden and Putin talk", "Source": "Daily Planet"}))
    (event / "wire.docx").write_bytes(docx(WORD))
    return tmp_path


def _linked_claims(window, doc_id: str) -> list[str]:
    analysis = window.analysis
    readout = "video-call/white-house-readout"
    return [c.id for c in analysis.claims_of[doc_id]
            if any(link.other(c.id).startswith(readout) for link in analysis.links_of.get(c.id, ()))]


def _pane_of(window, doc_id: str):
    return next(p for p in window.area.panes if p.doc_id == doc_id)


def test_pdf_and_word_articles_appear_in_the_panes_with_their_claims(qtbot, make_window, folder):
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(folder)
    assert not window.analysis.problems
    pdf, word = "video-call/daily-planet", "video-call/wire"
    window.area.show_documents(["video-call/white-house-readout", pdf, word])
    for doc_id, sentence in ((pdf, "Biden voiced deep concerns about Russia's military build-up surrounding Ukraine."),
                             (word, "The two presidents agreed that their teams would follow up on the call.")):
        pane = _pane_of(window, doc_id)
        text = pane.text.toPlainText()
        assert sentence in text  # lines joined into one sentence
        claim = pane.text.claim_at_offset(text.index(sentence) + 5)
        assert claim in _linked_claims(window, doc_id)
        assert pane.statuses[claim].status in ("agree", "diverge")
    assert _pane_of(window, pdf).source.text() == "Daily Planet"


def test_a_pasted_article_is_saved_and_shown_in_the_last_pane(qtbot, make_window, folder, monkeypatch):
    from PySide6.QtWidgets import QApplication
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(folder)
    QApplication.clipboard().setText(PASTE)
    asked = []

    def asker(_window, text):
        asked.append(text)
        return pasted.Pasted(text, title=pasted.suggest_title(text), source="Wire Service", event="video-call")
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        paste_action.new_from_clipboard(window, asker=asker)
    assert asked == [PASTE]
    saved = folder / "video-call" / "putin-and-biden-talk-for-two-hours.md"
    assert saved.is_file()
    doc_id = "video-call/putin-and-biden-talk-for-two-hours"
    qtbot.waitUntil(lambda: window.area.shown()[-1:] == [doc_id])
    pane = _pane_of(window, doc_id)
    assert pane.source.text() == "Wire Service"
    assert len(_linked_claims(window, doc_id)) >= 2
    assert any(s.status == "agree" for s in pane.statuses.values())


def test_an_empty_clipboard_or_no_folder_is_said_and_nothing_is_written(qtbot, make_window, folder, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: said.append(a[2])))
    window = make_window()
    paste_action.new_from_clipboard(window, asker=lambda *a: pytest.fail("asked without a folder"))
    assert "Open a folder first" in said[-1]
    window.folder = folder
    QApplication.clipboard().setText("   ")
    paste_action.new_from_clipboard(window, asker=lambda *a: pytest.fail("asked with nothing to paste"))
    assert "clipboard holds no text" in said[-1]
    assert sorted(p.name for p in (folder / "video-call").iterdir()) == ["daily-planet.pdf", "white-house-readout.md",
                                                                        "wire.docx"]


def test_the_dialog_returns_what_its_fields_say(qtbot):
    from readout_viewer.app.paste_dialog import PasteDialog
    dialog = PasteDialog(None, "Some text.", "A title", ["ev1", "ev2"], "ev2")
    qtbot.addWidget(dialog)
    dialog.source.setText("Reuters")
    dialog.role.setCurrentIndex(1)
    got = dialog.pasted()
    assert (got.text, got.title, got.source, got.role, got.event) == ("Some text.", "A title", "Reuters", "outlet",
                                                                      "ev2")


def test_the_file_menu_offers_the_action(make_window):
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    assert any(a.text().startswith("&New document from clipboard") and a.shortcut().toString() == "Ctrl+Shift+V"
               for a in file_menu.actions())


def test_a_paste_into_the_bundled_example_is_refused_and_nothing_is_written(qtbot, make_window, folder,
                                                                              monkeypatch):
    """A first start opens the bundled example corpus, so a journalist's first Ctrl+Shift+V lands there: it wrote
    the article into the program's own example (corpus/ of a checkout) under one of its events (qa11's walk)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from readout_viewer.core.system import paths
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: said.append(a[2])))
    monkeypatch.setenv(paths.CORPUS_ENV, str(folder))
    before = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    window = make_window()
    QApplication.clipboard().setText(PASTE)
    for opened in (folder, folder / "video-call"):
        window.folder = opened
        paste_action.new_from_clipboard(window, asker=lambda *a: pytest.fail("asked to save into the example"))
        assert "bundled example" in said[-1] and "Open folder" in said[-1]
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == before
