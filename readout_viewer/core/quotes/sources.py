"""Whether a quotation's official source is itself a translation, and what an altered verdict against it says (and a
not-found one inside an official text)."""

from __future__ import annotations

import re

from readout_viewer.core.model import Document

# Governments that write their readouts in English first (ISO 3166 codes as a document's side; "EU": the
# Commission's and Council's readouts are drafted in English). Any other government's English text (the Kremlin's,
# China's foreign ministry's, the Élysée's) is its translation of a text in its own language.
ENGLISH_SIDES = frozenset({"US", "GB", "IE", "AU", "NZ", "CA", "IN", "SG", "PH", "ZA", "NG", "KE", "GH", "EU"})
# A side the loader knows by its ISO code (a country missing from its table keeps its own name, "Valdoria", whose
# language nobody has said: no claim is made about it).
ISO_CODE = re.compile(r"[A-Z]{2}")
# The front-matter key a folder's author states that a text is a translation with (its value says whose).
TRANSLATION_KEY = "translation"
# Values of that key that say the text is no translation (YAML's false, or the word as a string).
FALSE_WORDS = frozenset({"false", "no", "n", "0", "off"})
# What an altered quotation of a translated text says besides its changes: a wire's or a paper's own translation
# of the leader's words differs from the folder's in many words (12 changes for one sentence of Putin's) without
# misquoting him; a newsroom reading "altered" would print "misquoted".
TRANSLATION_NOTE = ("the folder's English text is a translation: the outlet may quote another translation of the same "
                    "words rather than misquote them")

# What a quotation no other text holds says when it stands in an official text itself (a readout quoting a slogan,
# a document's title, the other leader): the official text is the record of those words, so the bare reason "no
# official text of the folder holds these words" is false of it and reads as the government misquoting. The verdict
# stays not found (the golds' convention: the Ruto gold's Kenyan statement quoting Biden, which the White House
# readout does not carry); this says what it means there.
OWN_QUOTATION_NOTE = ("no other text of the folder holds these words; they stand in an official text, which is "
                      "their own record (a slogan, a title, a leader's words it reports), not a misquotation")


def is_translation(doc: Document) -> bool:
    """Whether a document is an English translation: by its front matter, or as the English text of a government
    that does not write in English first."""
    if TRANSLATION_KEY in doc.extra:
        return not _says_no(doc.extra[TRANSLATION_KEY])
    side = doc.side or ""
    return doc.is_official and ISO_CODE.fullmatch(side) is not None and side not in ENGLISH_SIDES


def _says_no(value: object) -> bool:
    """Whether a front-matter value says no (`translation: false`: a text its government wrote in English, such as a
    leader's own post in English); any other value (a note on where the translation comes from) says yes."""
    return value is False or (isinstance(value, str) and value.strip().lower() in FALSE_WORDS)


def altered_detail(source: Document) -> str | None:
    """The detail of an altered quotation whose closest passage stands in `source`: the note when it is a
    translation, else none."""
    return TRANSLATION_NOTE if is_translation(source) else None


def not_found_detail(quoting: Document) -> str | None:
    """The detail of a quotation not found: the note when it stands in an official text, else none."""
    return OWN_QUOTATION_NOTE if quoting.is_official else None
