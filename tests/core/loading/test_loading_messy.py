"""A messy folder, as users have them: every readable file analysed intact, every other one named, no exception."""

import codecs
import os
from pathlib import Path

import pytest

from readout_viewer.core import loading
from readout_viewer.core.analysis import analyze

FRENCH = "Le président a qualifié l’entretien de « très franc » et “utile”, a-t-il déclaré à Genève."
RUSSIAN = "Представитель Кремля заявил, что разговор был откровенным и деловым."
GERMAN = "Die Ministerin sagte, die Gespräche über Sicherheit seien „schwierig, aber nötig“ gewesen."

READABLE = {
    "utf8.md": FRENCH,
    "utf8-bom.txt": RUSSIAN,
    "utf16.txt": RUSSIAN,
    "cp1252.txt": FRENCH,
    "cp1251.txt": RUSSIAN,
    "latin1.txt": GERMAN.replace("„", '"').replace("“", '"'),
    "crlf.txt": GERMAN,
    "lone-cr.txt": FRENCH,
    "one-line.txt": "word " * 20_000 + FRENCH,
    "event/page.html": RUSSIAN,
    "bad-front-matter.md": GERMAN,
    "hostile-front-matter.md": FRENCH,
}
UNREADABLE = {
    "empty.txt": "empty",
    "binary.txt": "binary",
    "renamed-pdf.txt": "PDF",
    "report.pdf": "PDF is damaged",
    "too-big.txt": "over the limit",
    "dangling.md": "does not exist",
    "loop": "same folder",
}


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """All the trouble of issue 7 in one folder."""
    def w(rel: str, data: bytes) -> None:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)

    w("utf8.md", f"---\ntitle: Un entretien\n---\n# Un entretien\n\n{FRENCH}\n".encode())
    w("utf8-bom.txt", codecs.BOM_UTF8 + f"{RUSSIAN}\n".encode())
    w("utf16.txt", f"{RUSSIAN}\r\n".encode("utf-16"))
    w("cp1252.txt", f"{FRENCH}\r\n".encode("cp1252"))
    w("cp1251.txt", f"{RUSSIAN}\n".encode("cp1251"))
    w("latin1.txt", (READABLE["latin1.txt"] + "\n").encode("latin-1"))
    w("crlf.txt", f"Ein Titel\r\n\r\n{GERMAN}\r\n".encode())
    w("lone-cr.txt", f"Un titre\r\r{FRENCH}\r".encode())
    w("one-line.txt", READABLE["one-line.txt"].encode())
    w("event/page.html", f"<html><head><meta charset='windows-1251'><title>Заголовок</title><script>var x='SCRIPT';"
                         f"</script></head><body><nav>MENU</nav><p>{RUSSIAN}</p></body></html>".encode("cp1251"))
    w("bad-front-matter.md", f"---\ntitle: [unclosed\n---\n{GERMAN}\n".encode())
    w("hostile-front-matter.md", f"---\nx: !!python/object/apply:os.system ['touch {tmp_path}/pwned']\n---\n"
                                 f"{FRENCH}\n".encode())
    w("empty.txt", b"")
    w("binary.txt", bytes(range(256)) * 8)
    w("renamed-pdf.txt", b"%PDF-1.5\n" + bytes(range(256)))
    w("report.pdf", b"%PDF-1.5\n")
    w("too-big.txt", b"a " * 3_000_000)
    w("photo.jpg", b"\xff\xd8\xff\xe0 not a document")
    w("locked.txt", b"Secret text.\n")
    (tmp_path / "locked.txt").chmod(0)
    os.symlink("gone.md", tmp_path / "dangling.md")
    os.symlink(".", tmp_path / "loop")
    return tmp_path


def test_every_readable_file_is_analysed_intact_and_every_other_one_named(messy):
    analysis = analyze(messy)
    texts = {d.path: d.text for d in analysis.documents}
    assert set(texts) - {"locked.txt"} == set(READABLE)
    for path, sentence in READABLE.items():  # every word, in order (an over-long line is split into paragraphs)
        assert " ".join(sentence.split()) in " ".join(texts[path].split()), path
    for text in texts.values():
        assert "\r" not in text and "\ufeff" not in text and "\x00" not in text
    named = {p.path: p.message for p in analysis.problems}
    for path, reason in UNREADABLE.items():
        assert reason in named[path], path
    if os.geteuid() != 0:  # root reads every file, so only others see the permission problem
        assert "permission denied" in named["locked.txt"]
    assert "split into paragraphs" in named["one-line.txt"]
    for path in ("bad-front-matter.md", "hostile-front-matter.md"):  # loaded, and the note says what was wrong
        assert "front matter could not be read" in named[path]
    assert not (messy / "pwned").exists()
    assert "SCRIPT" not in texts["event/page.html"] and "MENU" not in texts["event/page.html"]


def test_mended_files_carry_a_note(messy):
    scan = loading.scan(messy)
    bad = loading.load(messy, "bad-front-matter.md", scan.settings)
    assert bad.document is not None and "front matter could not be read" in bad.problems[0].message
    assert bad.document.text.strip() == GERMAN


def test_metadata_from_the_saved_page_and_events(messy):
    analysis = analyze(messy)
    page = analysis.document["event/page"]
    assert page.title == "Заголовок" and page.event == "event"
    assert analysis.document["utf8"].event == messy.name


def test_the_command_line_analyses_a_messy_folder_without_a_traceback(messy, capsys):
    from readout_viewer.cli import main
    assert main(["analyze", str(messy), "--json"]) == 0
    captured = capsys.readouterr()
    assert '"schema": "readout-viewer.analysis/1"' in captured.out
    assert "Traceback" not in captured.err


def test_the_command_line_names_a_folder_it_cannot_read(tmp_path, capsys):
    from readout_viewer.cli import main
    assert main(["analyze", str(tmp_path / "missing")]) != 0
    assert "missing" in capsys.readouterr().err
