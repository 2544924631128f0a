"""What used to be lost or mangled without a word now says so: HTML nested too deep, mixed encodings in one file,
front-matter values of the wrong type (a FIFO or device as settings file: test_loading_guard)."""

from readout_viewer.core import loading
from readout_viewer.core.loading import encoding

SENTENCE = "The envoys met in Geneva and agreed to talk again soon."


def _load(tmp_path, name, data):
    (tmp_path / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return loading.load(tmp_path, name, loading.scan(tmp_path).settings)


def test_html_nested_deeper_than_the_parser_reads_is_named(tmp_path):
    loaded = _load(tmp_path, "deep.html", "<html><body><p>First paragraph of the article, long enough.</p>"
                                          + "<div>" * 1000 + SENTENCE + "</div>" * 1000 + "</body></html>")
    assert any("more than 256 deep" in p.message for p in loaded.problems)


def test_ordinary_html_has_no_depth_note(tmp_path):
    loaded = _load(tmp_path, "page.html", "<html><body>" + "<div><p>" + SENTENCE + "</p></div>" * 1 + "</body></html>")
    assert loaded.document is not None and not loaded.problems


def test_each_line_of_a_file_mixing_encodings_is_read_in_its_own(tmp_path):
    raw = (SENTENCE + " Für Genf: „Gespräche“.\n\n").encode("utf-8") + "Кремль заявил, что переговоры прошли.\n".encode(
        "cp1251")
    decoded = encoding.decode(raw)
    assert "Für Genf: „Gespräche“" in decoded.text and "Кремль заявил" in decoded.text
    assert decoded.note and "mixes encodings" in decoded.note
    loaded = _load(tmp_path, "mixed.txt", raw)
    assert "mixes encodings" in loaded.problems[0].message


def test_front_matter_values_of_the_wrong_type_are_named(tmp_path):
    loaded = _load(tmp_path, "types.md", "---\ntitle: {x: [1, 2]}\ndate: [1, 2]\nrole: 7\nsource: Ministry\n---\n"
                                         + SENTENCE + "\n")
    message = loaded.problems[0].message
    assert "'title' holds a mapping" in message and "'date' holds a list" in message and "'role' is '7'" in message
    assert loaded.document.source == "Ministry"
