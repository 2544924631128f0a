"""Characters the embedded font cannot draw (emoji) printed as readable stand-ins, every mark after them in place."""

import dataclasses
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from readout_viewer.core.model import Analysis, Claim, Document
from readout_viewer.export.pdf import export_pdf

POST = "Very good 📞 talk with President Zelenskyy 🇷🇴🇺🇦 today.\n\nWe agreed ✅ to meet soon 🤝."


@pytest.fixture
def body_font(qapp):
    from readout_viewer.export.fonts import make_fonts, register_family
    return make_fonts(register_family()).body


def test_an_emoji_is_named_and_a_flag_reads_as_its_country(body_font):
    from readout_viewer.export.standins import Readable
    r = Readable("call 📞 from 🇷🇴, ok ✓", body_font)
    assert r.text == "call [telephone receiver] from [flag: RO], ok ✓"  # ✓ is in DejaVu Sans: kept


def test_shaping_characters_are_dropped_and_letters_of_other_scripts_kept(body_font):
    from readout_viewer.export.standins import Readable
    assert Readable("👍🏽\ufe0f done", body_font).text == "[thumbs up sign] done"
    assert Readable("Разговор «да» 中文", body_font).text == "Разговор «да» 中文"  # Qt's fallback draws CJK


def test_offsets_after_a_stand_in_move_by_its_length(body_font):
    from readout_viewer.export.standins import Readable
    text = "a 🇷🇴 b 📞 c"
    r = Readable(text, body_font)
    for word in "abc":
        assert r.text[r.to_new(text.index(word))] == word
    start = text.index("📞")
    assert r.text[r.to_new(start):r.to_new(start + 1)] == "[telephone receiver]"


def test_a_highlight_after_emoji_covers_its_own_word_with_the_stand_ins_before_it(qapp):
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QFontMetricsF

    from tests.export.test_tables import _composer

    buf = QBuffer()
    cx = _composer(buf)
    text = "📞 🇷🇴 Romania and Ukraine"
    start = text.index("Romania")
    placed = cx.paragraph(text, cx.fonts.body, spans=[(start, start + len("Romania"))])
    (_page, rect), = placed[0].boxes
    metrics = QFontMetricsF(cx.fonts.body, cx.writer)
    wide = metrics.horizontalAdvance("Romania")
    before = metrics.horizontalAdvance("[telephone receiver] [flag: RO] ")
    assert abs(rect.w - wide) < 0.02 * wide
    assert abs(rect.x - cx.left - before) < 0.02 * before


def _post_analysis() -> Analysis:
    doc = Document("ev/post", "ev/post.md", "Call 📞 on X", POST, role="official", event="ev", source="President",
                   side="RO", kind="post", date="2024-01-09")
    cuts = [(0, POST.index("today.") + 6), (POST.index("We"), len(POST))]
    claims = tuple(Claim(f"ev/post#{i}", doc.id, s, e, POST[s:e]) for i, (s, e) in enumerate(cuts, 1))
    return Analysis(root="/tmp/emoji-folder", documents=(doc,), claims=claims)


@pytest.fixture
def post_pdf(qapp, tmp_path):
    out = tmp_path / "post.pdf"
    export_pdf(_post_analysis(), out)
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_reads_the_stand_ins_with_pypdf(post_pdf):
    text = _flat("".join(p.extract_text() for p in PdfReader(post_pdf).pages))
    assert "Very good [telephone receiver] talk" in text
    assert "[flag: RO][flag: UA] today." in text and "[white heavy check mark]" in text
    assert "\ufffd" not in text and not any(ord(ch) < 32 for ch in text)  # the old header read "Call \x00 on X"
    assert "President — Call [telephone receiver] on X (2024-01-09)" in text  # the running header, drawn whole


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_the_pdf_reads_the_stand_ins_with_pdftotext(post_pdf):
    text = _flat(subprocess.run(["pdftotext", str(post_pdf), "-"], capture_output=True, text=True,
                                check=True).stdout)
    assert "Very good [telephone receiver] talk" in text and "soon [handshake]." in text
    assert "\ufffd" not in text and "\x01" not in text


def test_the_model_is_untouched(post_pdf):
    assert dataclasses.asdict(_post_analysis())["documents"][0]["text"] == POST  # stand-ins live in the PDF only
