"""Seen in the Biden–Suga PDF: "In brief" listed "agreed that it would be further promoted going forward." as a
statement the White House left out, a part cut from "President Biden voiced his high regard for Japan's contribution
…, and agreed that …" that read alone as a broken sentence. Out of its text a part now starts with "… "."""

from pathlib import Path

from pypdf import PdfReader

from readout_viewer.core.analysis import analyze
from readout_viewer.export.pdf import export_pdf

EVENT = Path(__file__).resolve().parents[2] / "eval" / "events" / "2021-01-27-biden-suga-call"
PART = "agreed that it would be further promoted going forward."


def test_the_brief_lists_the_part_with_an_ellipsis(qapp, tmp_path):
    out = tmp_path / "suga.pdf"
    export_pdf(analyze(EVENT), out)
    reader = PdfReader(out)
    brief = next(" ".join(p.extract_text().split()) for p in reader.pages[1:]
                 if " ".join(p.extract_text().split()).startswith("In brief"))
    assert f"… {PART}" in brief
