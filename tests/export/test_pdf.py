"""The PDF read back with pypdf: parts, annotations with notes, links, and files never left half-written."""

import os
from argparse import Namespace

import pytest
from pypdf import PdfReader

from readout_viewer.cli import cmd_export
from readout_viewer.export.pdf import ExportError, export_pdf
from readout_viewer.export.select import SelectionError


def _annots(reader: PdfReader) -> list[dict]:
    return [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]


def _text(reader: PdfReader) -> str:
    """The words of the file on one line (test_text checks the spaces themselves)."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def tiny_pdf(qapp, tiny_analysis, tmp_path):
    out = tmp_path / "tiny.pdf"
    seen = []
    export_pdf(tiny_analysis, out, progress=lambda f, m: seen.append(f))
    assert seen and seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    return PdfReader(out)


def test_highlights_cover_every_related_claim_with_a_note(tiny_pdf):
    highlights = [a for a in _annots(tiny_pdf) if a["/Subtype"] == "/Highlight"]
    assert len(highlights) == 6  # all claims but the one Russian sentence nobody else reports
    for h in highlights:
        quads = list(h["/QuadPoints"])
        assert quads and len(quads) % 8 == 0
        assert h["/T"] == "readout-viewer" and h["/Subj"] and h["/Contents"].strip()
        assert "/AP" in h


def test_notes_quote_the_counterpart_and_give_the_reason(tiny_pdf, tiny_analysis):
    notes = [a["/Contents"] for a in _annots(tiny_pdf) if a["/Subtype"] == "/Highlight"]
    diverging = [n for n in notes if "Diverges from" in n]
    assert diverging and any("[number]" in n and "two hours against ninety minutes" in n for n in diverging)
    assert any("Left out by 2" in n and "Analyst note (Ann, 2026-11-21)" in n for n in notes)
    assert any("linked by an analyst" in n for n in notes)


def test_each_count_of_a_notes_first_line_says_it_counts_documents(tiny_pdf):
    """It read "In short: ≠ diverges from 1, ∅ omitted by 2.": from 1 what?"""
    import re
    tallies = [n.splitlines()[0] for a in _annots(tiny_pdf) if a["/Subtype"] == "/Highlight"
               for n in [a["/Contents"]] if n.startswith("In short: ")]
    parts = [p for t in tallies for p in t.removeprefix("In short: ").rstrip(".").split(", ")]
    assert any("diverges from" in p for p in parts) and any("left out by" in p for p in parts)
    counted = [re.search(r" (\d+) (documents?)$", p) for p in parts]
    assert all(m and m[2] == ("document" if m[1] == "1" else "documents") for m in counted), parts


def test_quotes_and_attributions_have_their_own_markup(tiny_pdf):
    kinds = [a["/Subtype"] for a in _annots(tiny_pdf)]
    assert kinds.count("/Underline") == 1 and kinds.count("/Squiggly") == 1
    underline = next(a for a in _annots(tiny_pdf) if a["/Subtype"] == "/Underline")
    assert "Altered quote" in underline["/Contents"]


def test_analyst_notes_are_margin_notes_by_their_author(tiny_pdf):
    notes = [a for a in _annots(tiny_pdf) if a["/Subtype"] == "/Text"]
    assert len(notes) == 1
    assert notes[0]["/T"] == "Ann" and notes[0]["/Contents"] == "Check against the briefing."


def test_links_jump_to_lines_of_the_file_keeping_the_zoom_or_open_the_address(tiny_pdf):
    links = [a for a in _annots(tiny_pdf) if a["/Subtype"] == "/Link"]
    jumps = [link for link in links if "/Dest" in link]
    addresses = [link["/A"] for link in links if "/A" in link]
    assert jumps and len(jumps) + len(addresses) == len(links)
    page_refs = {p.indirect_reference.idnum for p in tiny_pdf.pages}
    assert all(link["/Dest"][0].idnum in page_refs and link["/Dest"][1] == "/XYZ" for link in jumps)
    assert addresses and all(a["/S"] == "/URI" and a["/URI"] == "https://example.org/us" for a in addresses)


def test_all_parts_are_there_with_titles_and_relation_words(tiny_pdf):
    text = _text(tiny_pdf)
    for words in ("Readouts compared", "Legend", "Summary", "Coverage", "Quotations", "Synopsis", "Analyst notes",
                  "official (US)", "Files not compared", "notes.docx",
                  "Readout of the call", "Телефонный разговор", "Presidents talk", "agrees", "diverges", "left out"):
        assert words in text, words
    assert any(p.mediabox.width > p.mediabox.height for p in tiny_pdf.pages)  # the synopsis is landscape
    assert tiny_pdf.outline


def test_missing_folder_leaves_no_file(qapp, tiny_analysis, tmp_path):
    out = tmp_path / "nowhere" / "x.pdf"
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(tiny_analysis, out)
    assert not out.parent.exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_gives_a_message_and_leaves_nothing(qapp, tiny_analysis, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="cannot write"):
            export_pdf(tiny_analysis, folder / "x.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_unknown_event_names_the_events(qapp, tiny_analysis, tmp_path):
    with pytest.raises(SelectionError, match="events are: ev"):
        export_pdf(tiny_analysis, tmp_path / "x.pdf", event="nope")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_reports_a_missing_folder_without_traceback(tmp_path, capsys):
    args = Namespace(folder=tmp_path / "missing", output=tmp_path / "o.pdf", event=None, docs=None, paper="a4")
    assert cmd_export(args) == 2
    err = capsys.readouterr().err
    assert "is not a folder" in err and "Traceback" not in err
    assert not (tmp_path / "o.pdf").exists()


def test_corpus_export_has_well_over_a_hundred_noted_highlights(qapp, corpus_analysis, tmp_path):
    out = tmp_path / "corpus.pdf"
    export_pdf(corpus_analysis, out, paper="letter")
    reader = PdfReader(out)
    highlights = [a for a in _annots(reader) if a["/Subtype"] == "/Highlight"]
    assert len(highlights) > 100 and all(h["/Contents"].strip() for h in highlights)
    text = _text(reader)
    assert all(d.title.split()[0] in text for d in corpus_analysis.documents)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US letter


def test_a_full_disk_gives_a_message_and_leaves_no_temporary_file(qapp, tiny_analysis, tmp_path, monkeypatch):
    import errno

    from readout_viewer.core.system import atomic

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(ExportError, match="No space left"):
        export_pdf(tiny_analysis, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_export_takes_the_author_and_the_confidence_floor(qapp, tmp_path, capsys):
    from readout_viewer.cli import main
    from tests.builders import small_folder
    folder = small_folder(tmp_path / "talks")
    out = tmp_path / "talks.pdf"
    assert main(["export", str(folder), "-o", str(out), "--author", "Ann", "--min-score", "0.3"]) == 0
    reader = PdfReader(out)
    assert reader.metadata.author == "Ann" and "Confidence floor 0.30" in reader.pages[0].extract_text()
    assert main(["export", str(folder), "-o", str(out), "--min-score", "2"]) == 2
    assert "--min-score must be between 0 and 1" in capsys.readouterr().err


def test_the_summary_lists_what_each_sides_readout_leaves_out_with_the_closest_wording(qapp, tiny_analysis, tmp_path):
    import dataclasses

    from readout_viewer.core.model import Near, Omission
    ru = tiny_analysis.claims_of["ev/ru-readout"][0]
    us3 = tiny_analysis.claim["ev/us-readout#3"]
    analysis = dataclasses.replace(tiny_analysis, omissions=(
        Omission(us3.id, ("ev/ru-readout", "ev/paper"), (Near("ev/ru-readout", ru.id, 0.2, ("talk",)),)),
        *tiny_analysis.omissions[1:]))
    out = tmp_path / "left-out.pdf"
    export_pdf(analysis, out)
    text = _text(PdfReader(out))
    heading = "What the Kremlin readout leaves out of The White House readout — ev"
    assert heading in text
    after = text.split(heading, 1)[1]
    assert "Sanctions were discussed." in after.split("What the", 1)[0]
    assert ru.text.split()[0] in after and "talk" in after


def test_the_findings_headings_say_the_viewers_words_for_each_kind(tiny_pdf):
    """The PDF's headings read as the viewer's chips ("∅ Left out (1)"), not "Omissions" beside "left out"."""
    from readout_viewer.core import findings
    text = _text(tiny_pdf)
    assert f"∅ {findings.KIND_WORDS[findings.OMISSION]} (" in text and "Omissions (" not in text
    assert f"≠ {findings.KIND_WORDS[findings.DIVERGENCE]} (" in text and "Divergence (" not in text
