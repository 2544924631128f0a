"""Seen by helper qa4 on the Sánchez–Xi meeting's PDF: the title page said "23 quotations checked" above a Counts
table of 1 exact, 0 altered and 14 not found; the 8 others (quotations of a source the folder does not hold, listed
as unsupported statements) were named nowhere, so the figures an editor checks first did not add up."""

import re

from pypdf import PdfReader

from readout_viewer.export.pdf import export_pdf


def test_the_title_page_s_quotations_add_up_to_the_counts_table(qapp, corpus_analysis, tmp_path):
    out = tmp_path / "corpus.pdf"
    export_pdf(corpus_analysis, out)
    reader = PdfReader(out)
    first = " ".join(reader.pages[0].extract_text().split())
    line = re.search(r"(\d+) quotations checked: ([^·]*?)(?: Contents|$)", first)
    assert line, first
    parts = {what: int(n) for n, what in re.findall(r"(\d+) ([a-z][a-z ()]*[a-z)])", line.group(2))}
    assert sum(parts.values()) == int(line.group(1)), parts
    summary = next(" ".join(p.extract_text().split()) for p in reader.pages if "Counts Measure" in p.extract_text()
                   .replace("\n", " "))
    not_found = re.search(r"\? not found: quotations that no official text of the folder carries (?:\d+ \d+ )?(\d+)",
                          summary)
    assert not_found and parts["not found"] == int(not_found.group(1)), (parts, summary[:600])
    assert any(what.startswith("pinned on a source the folder lacks") and n for what, n in parts.items()), parts
