"""The readers of rare inputs (legacy code pages, PDF, Word) are imported only when a folder holds such a file."""

import subprocess
import sys

RARE = ("charset_normalizer", "readout_viewer.core.loading.pdftext", "readout_viewer.core.loading.docxtext")
CODE = ("import sys\nfrom readout_viewer.core.analysis import analyze\nanalyze(sys.argv[1])\n"
        f"print(sorted(m for m in {RARE!r} if m in sys.modules))")


def _imported(folder, monkeypatch) -> str:
    monkeypatch.setenv("READOUT_VIEWER_NO_CACHE", "1")
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "none")
    out = subprocess.run([sys.executable, "-c", CODE, str(folder)], capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def test_a_folder_of_utf8_texts_loads_no_rare_reader(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The premier spoke with the envoy on Monday about the harbour fees.\n")
    (tmp_path / "b.txt").write_text("The envoy said the fees would fall next year, an aide told reporters.\n")
    assert _imported(tmp_path, monkeypatch) == "[]"


def test_a_legacy_file_brings_the_detector(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes("Премьер говорил с посланником о портовых сборах в понедельник.\n".encode("cp1251"))
    assert _imported(tmp_path, monkeypatch) == "['charset_normalizer']"
