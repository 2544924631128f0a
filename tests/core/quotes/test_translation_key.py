"""A `translation` front-matter key that says no: a text its non-English-writing government wrote in English."""

import pytest

from readout_viewer.core import loading
from readout_viewer.core.model import OFFICIAL, Document
from readout_viewer.core.quotes.sources import is_translation


def post(extra: dict) -> Document:
    return Document("e/p", "e/p.md", "A post", "Today I had a very good talk.", role=OFFICIAL, event="e",
                    side="RO", kind="statement", extra=extra)


def test_a_romanian_official_text_is_taken_for_a_translation_by_default():
    assert is_translation(post({}))


@pytest.mark.parametrize("value", [False, "false", "No", " no ", "0", "off"])
def test_translation_false_says_the_text_was_written_in_english(value):
    assert not is_translation(post({"translation": value}))


@pytest.mark.parametrize("value", [True, "yes", "The Kremlin's own English version of its readout"])
def test_any_other_value_says_it_is_a_translation_whatever_the_side(value):
    us = Document("e/w", "e/w.md", "WH", "x", role=OFFICIAL, event="e", side="US", extra={"translation": value})
    assert is_translation(us)


def test_the_key_read_from_a_file_keeps_yamls_false(tmp_path):
    (tmp_path / "post.md").write_text("---\nrole: official\nside: RO\ntranslation: false\n---\nToday I had a good talk.\n",
                                      encoding="utf-8")
    scan = loading.scan(tmp_path)
    doc = loading.load(tmp_path, scan.files[0], scan.settings).document
    assert doc is not None and doc.side == "RO" and not is_translation(doc)
