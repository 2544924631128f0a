"""Bytes to text: byte-order marks, UTF-16, legacy code pages, binary data and line ends."""

import codecs

import pytest

from readout_viewer.core.loading import encoding

FRENCH = "Le ministre a qualifié l’entretien de « très franc » — “utile”, a-t-il ajouté à Genève."
GERMAN = "Der Außenminister äußerte sich über die Gespräche: „schwierig, aber nötig“."
RUSSIAN = "Министр иностранных дел заявил, что переговоры были откровенными и полезными."
SPANISH = "El portavoz dijo que la reunión en Ginebra fue útil; señaló además que habrá otra sesión."


@pytest.mark.parametrize("bom,codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
])
def test_byte_order_marks_are_honoured_and_dropped(bom, codec):
    decoded = encoding.decode(bom + RUSSIAN.encode(codec))
    assert decoded.text == RUSSIAN
    assert "\ufeff" not in decoded.text


def test_utf16_without_bom_is_recognised_by_its_nul_pattern():
    assert encoding.decode(FRENCH.encode("utf-16-le")).text == FRENCH
    assert encoding.decode(FRENCH.encode("utf-16-be")).text == FRENCH


@pytest.mark.parametrize("text,codec", [
    (FRENCH, "cp1252"), (GERMAN, "cp1252"), (RUSSIAN, "cp1251"), (SPANISH, "latin-1"), (FRENCH[:40], "cp1252"),
    (RUSSIAN[:30], "cp1251"), ("Zelensky’s aide called it “useful” – nothing more…", "cp1252"),
])
def test_legacy_code_pages_are_detected(text, codec):
    assert encoding.decode(text.encode(codec)).text == text


def test_utf8_wins_over_a_declared_charset():
    assert encoding.decode(RUSSIAN.encode("utf-8"), declared="iso-8859-1").text == RUSSIAN


def test_a_declared_charset_is_used_when_utf8_fails():
    assert encoding.decode(FRENCH.encode("cp1252"), declared="windows-1252").encoding == "cp1252"


@pytest.mark.parametrize("raw", [bytes(range(256)) * 4, b"abc\x00\x01\x02def" * 50, b"\x01\x02\x03text" * 100])
def test_binary_data_is_not_text(raw):
    with pytest.raises(encoding.NotText):
        encoding.decode(raw)


@pytest.mark.parametrize("magic,word", [(b"%PDF-1.7\n", "PDF"), (b"PK\x03\x04rest", "zip")])
def test_documents_in_other_formats_are_named(magic, word):
    with pytest.raises(encoding.NotText, match=word):
        encoding.decode(magic + b"x" * 100)


def test_normalize_text_line_ends_and_invisible_characters():
    raw = "one\r\ntwo\rthree\u2028four\u2029five\x0csix\u200bseven\u00adeight\ufeff\x07"
    assert encoding.normalize_text(raw) == "one\ntwo\nthree\nfour\n\nfive\n\nsixseveneight"


def test_plausibility_prefers_real_words():
    assert encoding._plausibility("Министр заявил") > encoding._plausibility("Ìèíèñòð çàÿâèë")


def test_accents_are_composed():
    assert encoding.normalize_text("Ge\u0301ne\u0300ve") == "Génève"


def test_a_utf8_file_with_a_few_windows_bytes_keeps_its_utf8():
    raw = RUSSIAN.encode("utf-8") + " caf\u00e9 ".encode("cp1252") + FRENCH.encode("utf-8")
    decoded = encoding.decode(raw)
    assert decoded.text == RUSSIAN + " caf\u00e9 " + FRENCH
    assert decoded.encoding == "utf-8" and "1 byte" in decoded.note
