"""Bytes to text: byte-order marks, UTF-8, UTF-16, single- and multi-byte legacy code pages, binary data, line ends."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from readout_viewer.core.system.lazyre import LazyPattern

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The legacy code pages a folder of diplomatic texts plausibly holds, in order of preference when the
# detector cannot tell them apart: Western European (a superset of Latin-1 for printable text), Cyrillic,
# Central European, and KOI8-R for old Russian mail archives. Fewer candidates mean fewer wrong guesses.
LEGACY_CANDIDATES = ("cp1252", "cp1251", "cp1250", "koi8_r")
# The multi-byte code pages of Chinese (mainland and Taiwan and Hong Kong), Japanese and Korean pages saved before
# UTF-8: a Xinhua, Kyodo or Yonhap text kept from an old archive. They are tried only when every single-byte page
# reads the bytes as garbage (MAX_IMPLAUSIBLE_SHARE), because multi-byte pages decode much Western text too.
EAST_ASIAN_CANDIDATES = ("gb18030", "big5", "shift_jis", "euc_jp", "euc_kr")
# Characters of a decoding whose words are judged for plausibility: enough to tell scripts apart.
PLAUSIBILITY_SAMPLE = 20_000
# Share of NUL bytes at odd (or even) positions above which NUL-laden bytes are UTF-16 without a BOM
# rather than binary: ASCII-range UTF-16 has a NUL in every other byte.
UTF16_NUL_SHARE = 0.4
# Share of control characters (other than tab, newline, carriage return, form feed) above which decoded
# text is binary data: real documents hold next to none, binary files hold many.
MAX_CONTROL_SHARE = 0.01
# Leading bytes of document formats that are not text, whatever their file name says.
_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a zip archive (a Word, OpenDocument or EPUB file?)"),
          (b"\xd0\xcf\x11\xe0", "a legacy Microsoft Office document"), (b"{\\rtf", "an RTF document"))
# A UTF-8 file with at most this many stray bytes (and more valid multi-byte characters than strays) is
# UTF-8 with a few characters pasted from a Windows-1252 source, not a legacy file: each stray byte is read
# as Windows-1252 instead of the whole file turning into mojibake.
MAX_STRAY_BYTES = 20
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
# Share of a fallback decoding's visible characters (a sample of PLAUSIBILITY_SAMPLE) that belong to no readable
# text — replacement characters, control characters, unassigned, private-use or format code points, symbols outside
# ASCII, and the letters of words no script writes (mostly accented Latin letters, scripts mixed in one word) —
# above which the bytes are refused as not text in a known encoding. Measured (docs/engine.md, round 46, helper
# load1): the 1,489 texts of corpus/, eval/events and tests/data/heldout at most 0.005, a Latin-1 French text
# 0.007 and a dense French sentence 0.031 ("été", "à": words mostly accented), Chinese, UTF-16 and truncated UTF-8
# texts 0; random bytes, a UTF-16 mark before other bytes, and GB18030, Big5, EUC-KR, Shift-JIS or EBCDIC bytes read
# as Windows-1252 from 0.33 up. 0.15 leaves nearly five times the densest French on one side and more than twice
# the least implausible garbage on the other.
MAX_IMPLAUSIBLE_SHARE = 0.15
# Scripts whose letters form words, by the first word of a letter's Unicode name; Chinese and the two Japanese
# syllabaries mix in one word, and the styled letters of a social-media post (𝗣𝘂𝘁𝗶𝗻: MATHEMATICAL SANS-SERIF BOLD)
# and fullwidth ones are words of their own.
_WORD_SCRIPTS = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "HANGUL", "CYRILLIC": "CYRILLIC",
                 "GREEK": "GREEK", "ARABIC": "ARABIC", "HEBREW": "HEBREW", "LATIN": "LATIN", "ARMENIAN": "ARMENIAN",
                 "GEORGIAN": "GEORGIAN", "DEVANAGARI": "DEVANAGARI", "THAI": "THAI",
                 "MATHEMATICAL": "STYLED", "FULLWIDTH": "FULLWIDTH"}
_LETTERS = LazyPattern(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Invisible characters that only steer layout or hyphenation: zero-width space, non-joiner and joiner, word
# joiner and invisible operators, a stray BOM, soft hyphens, and every bidirectional control (marks, embeddings,
# overrides, isolates). They carry no words and would split matching phrases; the bidi overrides and isolates
# can also make a title or a sentence display reversed (a spoof), so the texts are kept in logical order only.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]")
# The bidi controls among them that reorder what follows (embeddings, overrides, isolates): their removal is told.
# Counted one by one (str.count is a fast search; a character class tested every character of the text).
_BIDI_CHARACTERS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


class NotText(ValueError):
    """The bytes are not a text document; the message says what they look like, for a person."""


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and a note for a person when the guess was uncertain."""

    text: str
    encoding: str
    note: str | None = None


def _utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 variant of NUL-laden bytes, if they look like UTF-16 rather than binary."""
    pairs = len(raw) // 2
    if pairs == 0 or len(raw) % 2:
        return None
    odd = raw[1::2].count(0) / pairs
    even = raw[0::2].count(0) / pairs
    if odd >= UTF16_NUL_SHARE and even < 0.05:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE and odd < 0.05:
        return "utf-16-be"
    return None


def _plausibility(text: str) -> float:
    """How much a legacy decoding reads like words: penalise words made mostly of accented Latin letters,
    the mark of Cyrillic bytes read as Western ones (and the reverse mix of scripts in one word)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if not words:
        return 1.0
    good = 0
    for word in words:
        names = [unicodedata.name(ch, "") for ch in word]
        cyrillic = sum(n.startswith("CYRILLIC") for n in names)
        accented = sum(not ch.isascii() and not n.startswith("CYRILLIC") for ch, n in zip(word, names))
        good += cyrillic == len(word) or (cyrillic == 0 and accented * 2 <= len(word))
    return good / len(words)


def implausible_share(text: str) -> float:
    """The share of the sample's visible characters that no readable text holds (MAX_IMPLAUSIBLE_SHARE)."""
    sample = text[:PLAUSIBILITY_SAMPLE]
    visible = len(sample) - sum(map(sample.count, " \t\n\r"))
    if visible <= 0 or sample.isascii():
        return 0.0 if visible <= 0 else len(_CONTROL.findall(sample)) / visible
    bad = 0
    for ch in sample:
        if ch.isascii():
            bad += ch < " " and ch not in "\t\n\r\x0b\x0c" or ch == "\x7f"
        elif not ch.isalpha():
            bad += unicodedata.category(ch)[0] in "CS" or ch == "\ufffd"
    for word in _LETTERS.findall(sample):
        if not word.isascii() and not _readable_word(word):
            bad += sum(not ch.isascii() for ch in word)
    return bad / visible


def _readable_word(word: str) -> bool:
    """A word one script writes: its letters of one script (Chinese and Japanese together), and a Latin word mostly
    of unaccented letters (a word mostly accented is the mark of other bytes read as a Western code page)."""
    scripts = {_WORD_SCRIPTS.get(unicodedata.name(ch, "").split(" ", 1)[0]) for ch in word}
    if len(scripts) != 1 or None in scripts:
        return False
    return scripts != {"LATIN"} or sum(not ch.isascii() for ch in word) * 2 <= len(word)


def _legacy(raw: bytes) -> tuple[str, str, str | None]:
    """Decode bytes that are not UTF: the detector's candidates ranked by chaos, coherence, then plausibility.
    The detector is imported here, for the rare file that needs it: with the logging it brings, its import cost
    every analysis about 30 ms."""
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(raw, cp_isolation=list(LEGACY_CANDIDATES)))
    if not matches:
        return raw.decode("cp1252", errors="replace"), "cp1252", (
            "its encoding could not be recognised; it was read as Windows-1252 and some characters may be wrong")

    def rank(match) -> tuple:
        text = str(match)
        order = LEGACY_CANDIDATES.index(match.encoding) if match.encoding in LEGACY_CANDIDATES else 99
        return round(match.chaos, 2), -round(match.coherence, 2), -_plausibility(text[:PLAUSIBILITY_SAMPLE]), order

    best = min(matches, key=rank)
    return str(best), best.encoding, None


def _mostly_utf8(raw: bytes) -> tuple[str, int] | None:
    """UTF-8 text with its few stray bytes read as Windows-1252, and how many there were; None if not UTF-8."""
    parts, pos, strays = [], 0, 0
    while True:
        try:
            parts.append(raw[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            strays += 1
            if strays > MAX_STRAY_BYTES:
                return None
            parts.append(raw[pos:pos + exc.start].decode("utf-8"))
            parts.append(raw[pos + exc.start:pos + exc.end].decode("cp1252", errors="replace"))
            pos += exc.end
    return ("".join(parts), strays) if len(_UTF8_MULTIBYTE.findall(raw)) > strays else None


def _sniff_format(raw: bytes) -> None:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise NotText(f"it is {what}, not text; such files are not supported yet")


def decode(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode a file's bytes to text (BOM, UTF-8, UTF-16, legacy code pages); raise NotText for binary data.

    `declared` is an encoding the file names itself (an HTML meta charset), tried after UTF-8.
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(name, errors="replace")
            note = "it holds bytes that are not valid " + name.upper() if "\ufffd" in text else None
            return Decoded(_check_text(text), name, note)
    _sniff_format(raw)
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is None:
            raise NotText("it holds binary data (NUL bytes), not text")
        return Decoded(_check_text(raw.decode(utf16, errors="replace")), utf16)
    try:
        return Decoded(_check_text(raw.decode("utf-8"), fallback=False), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(raw)
    # Garbage when read so: East Asian bytes, a few pairs of them valid UTF-8 by chance (GB18030's CF B0).
    if mixed is not None and implausible_share(mixed[0]) <= MAX_IMPLAUSIBLE_SHARE:
        return Decoded(_check_text(mixed[0]), "utf-8", f"{mixed[1]} byte(s) that are not UTF-8 were read as "
                                                        "Windows-1252")
    if declared:
        try:
            return Decoded(_check_text(raw.decode(declared)), codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            pass
    mixed_lines = _mixed_lines(raw)
    if mixed_lines is not None:
        return mixed_lines
    text, name, note = _legacy(raw)
    if implausible_share(text) > MAX_IMPLAUSIBLE_SHARE:
        east = _east_asian(raw)
        if east is not None:
            return east
    return Decoded(_check_text(text), name, note)


def _east_asian(raw: bytes) -> Decoded | None:
    """Bytes of a Chinese, Japanese or Korean code page, decoded by the one the detector ranks best, or (a text too
    short for its statistics: a headline read as Korean mixed with Chinese) the first in EAST_ASIAN_CANDIDATES that
    decodes it without error into readable words; None when none reads as text (random bytes, EBCDIC)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw, cp_isolation=list(EAST_ASIAN_CANDIDATES)).best()
    if best is not None and implausible_share(str(best)) <= MAX_IMPLAUSIBLE_SHARE:
        return Decoded(_check_text(str(best)), best.encoding)
    for name in EAST_ASIAN_CANDIDATES:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        if implausible_share(text) <= MAX_IMPLAUSIBLE_SHARE:
            return Decoded(_check_text(text), name)
    return None


def _valid_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mixed_lines(raw: bytes) -> Decoded | None:
    """A file whose lines are in different encodings (UTF-8 text with a paragraph pasted from a legacy file): each
    UTF-8 line read as UTF-8, the others in the legacy code page they share; None when no line is non-ASCII UTF-8
    (the whole file is then legacy). Reading it all as one code page turned the UTF-8 lines into mojibake."""
    lines = raw.split(b"\n")
    utf8 = [not line.isascii() and _valid_utf8(line) for line in lines]
    bad = [i for i, line in enumerate(lines) if not line.isascii() and not utf8[i]]
    if not any(utf8) or not bad:
        return None
    _, name, _ = _legacy(b"\n".join(lines[i] for i in bad))
    bad_set = set(bad)
    text = "\n".join(line.decode(name, errors="replace") if i in bad_set else line.decode("utf-8")
                     for i, line in enumerate(lines))
    return Decoded(_check_text(text), "utf-8", f"it mixes encodings: {sum(utf8)} line(s) were read as UTF-8 and "
                                               f"{len(bad)} as {name}; characters of another code page in those "
                                               "lines may be wrong")


def _check_text(text: str, fallback: bool = True) -> str:
    """The text, unless it is binary data or, decoded by a fallback (a byte-order mark trusted, UTF-16 without one,
    stray bytes, a declared or a guessed code page), mostly characters no readable text holds."""
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        raise NotText("it holds binary data (control characters), not text")
    if fallback and (share := implausible_share(text)) > MAX_IMPLAUSIBLE_SHARE:
        raise NotText(f"it is not readable text in a known encoding ({share:.0%} of its characters are "
                      "replacement, control or stray characters, or letters that form no words)")
    return text


def bidi_controls(text: str) -> int:
    """How many bidirectional controls that reorder the display (U+202A-202E, U+2066-2069) the text holds."""
    return 0 if text.isascii() else sum(map(text.count, _BIDI_CHARACTERS))


def normalize_text(text: str) -> str:
    """Line ends to \\n (CRLF, lone CR, Unicode line and paragraph separators), form feeds to paragraph
    breaks, invisible layout characters and other control characters removed, and accents composed (NFC), so
    that a quotation typed on one system matches its source saved on another."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\x0c", "\n\n").replace("\x0b", "\n")
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))
