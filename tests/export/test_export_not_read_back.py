"""A PDF the app exported into the folder it compares is never read back as one of its articles."""

from __future__ import annotations

import shutil

from readout_viewer.core import loading
from readout_viewer.core.analysis import analyze
from tests.core.loading.pdfs import column, make_pdf


def test_an_exported_pdf_in_the_folder_is_skipped_but_another_pdf_is_read(tmp_path, corpus):
    from readout_viewer.export.pdf import export_pdf
    folder = tmp_path / "c"
    shutil.copytree(corpus / "2021-12-30-phone-call", folder / "2021-12-30-phone-call")
    export_pdf(analyze(folder), folder / "compared.pdf")
    (folder / "article.pdf").write_bytes(make_pdf([column(["The presidents spoke for fifty minutes."])]))
    scan = loading.scan(folder)
    assert "compared.pdf" not in scan.files and "article.pdf" in scan.files
    assert not [p for p in scan.problems if p.path == "compared.pdf"]
