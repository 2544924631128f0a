"""Document metadata from front matter, and what is inferred when it is missing."""

import datetime

import pytest
import yaml

from readout_viewer.core.loading import metadata
from readout_viewer.core.model import OFFICIAL, OUTLET


def test_front_matter_keys_fill_the_document_and_unknown_keys_are_kept():
    front = {"title": "T", "source": "S", "author": "A", "role": "Official", "side": "RU", "kind": "readout",
             "date": "2022-01-02", "url": "http://u", "excerpt": True, "translation": "by us", "notes": "n"}
    doc = metadata.make_document("ev/file.md", "Text.\n", front)
    assert (doc.title, doc.source, doc.author, doc.role, doc.side, doc.kind, doc.date, doc.url, doc.excerpt) == (
        "T", "S", "A", OFFICIAL, "RU", "readout", "2022-01-02", "http://u", True)
    assert dict(doc.extra) == {"translation": "by us", "notes": "n"}
    assert doc.id == "ev/file" and doc.event == "ev"


@pytest.mark.parametrize("stem,title,source,role,side", [
    ("readout-of-the-call", "Some title", None, OFFICIAL, None),
    ("notes", "Statement by the Press Secretary", None, OFFICIAL, None),
    ("notes", "Some title", "The White House", OFFICIAL, "US"),
    ("kremlin-text", "Some title", None, OFFICIAL, "RU"),
    ("notes", "Transcript of the press conference", "Ministry of Foreign Affairs", OFFICIAL, None),
    ("analysis", "Kremlin says the call was useful", "Daily Paper", OUTLET, None),
    ("analysis", "What the talks mean for Europe", "Daily Paper", OUTLET, None),
])
def test_role_and_side_are_inferred_from_name_title_and_source(stem, title, source, role, side):
    front = {"title": title, "source": source}
    doc = metadata.make_document(f"{stem}.txt", "Some text.\n", front, folder="f")
    assert (doc.role, doc.side) == (role, side)


def test_a_body_in_the_title_of_a_bylined_article_is_an_outlet():
    doc = metadata.make_document("a.txt", "Kremlin Talks Go On\n\nBy Ann Lee\n\nText.\n", {"title": "Kremlin Talks Go On"})
    assert doc.role == OUTLET


def test_title_falls_back_to_heading_then_first_line_then_stem():
    assert metadata.make_document("x.md", "Line one\n", {}, heading="Head").title == "Head"
    assert metadata.make_document("x.md", "\nLine one\nmore\n", {}).title == "Line one"
    assert metadata.make_document("dir/x.md", "", {}).title == "x"


def test_event_from_front_matter_then_subfolder_then_folder():
    assert metadata.make_document("a/b/c.md", "t\n", {"event": "E"}).event == "E"
    assert metadata.make_document("a/b/c.md", "t\n", {}).event == "a"
    assert metadata.make_document("c.md", "t\n", {}, folder="root-name").event == "root-name"


def test_bad_role_value_falls_back_to_inference_and_excerpt_strings_are_read():
    doc = metadata.make_document("statement.md", "t\n", {"role": "spokesperson", "excerpt": "no"})
    assert doc.role == OFFICIAL and doc.excerpt is False
    assert metadata.make_document("a.md", "t\n", {"excerpt": "yes"}).excerpt is True


def test_clean_front_turns_dates_into_strings_and_drops_alias_bombs():
    bomb = yaml.safe_load("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                          "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                          "r: &r [*r]\n")
    kept, dropped = metadata.clean_front({**bomb, "date": datetime.date(2021, 12, 7), "n": 3})
    assert kept["date"] == "2021-12-07" and kept["n"] == 3 and len(kept["a"]) == 9
    assert set(dropped) == {"c", "d", "r"}


def test_long_or_structured_values_do_not_become_titles():
    doc = metadata.make_document("a.md", "First line\n", {"title": {"nested": 1}, "source": "x" * 2000})
    assert doc.title == "First line"
    assert len(doc.source) == metadata.MAX_FIELD_CHARS


def test_title_skips_page_chrome_and_bylines():
    assert metadata.first_line("Download\n\nBreaking News\n\nBy Ann Lee\n\nEnvoys agree to meet again\n\nText.\n") == (
        "Envoys agree to meet again")
    assert metadata.first_line("Short\n") == "Short"


def test_the_corpus_without_front_matter_gets_the_same_roles_and_sides(corpus, tmp_path):
    from readout_viewer.core import loading
    from readout_viewer.core.loading import markup
    expected = {}
    for path in sorted(corpus.glob("*/*.*")):
        fm = markup.split_front_matter(path.read_text(encoding="utf-8"))
        rel = path.relative_to(corpus).as_posix()
        expected[metadata.document_id(rel)] = (fm.keys["role"], fm.keys.get("side") if fm.keys["role"] == OFFICIAL else None)
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text(fm.body, encoding="utf-8")
    scan = loading.scan(tmp_path)
    got = {}
    for rel in scan.files:
        doc = loading.load_file(tmp_path, rel, scan.settings)
        got[doc.id] = (doc.role, doc.side)
    assert got == expected


def test_a_text_that_starts_with_prose_is_titled_by_its_first_sentence():
    text = "The minister Jr. Smith of the U.S. delegation met envoys in June 2021. They talked for an hour.\n"
    assert metadata.first_line(text) == "The minister Jr. Smith of the U.S. delegation met envoys in June 2021."
    assert metadata.first_line("word " * 100).endswith("\u2026")


def test_lone_surrogates_from_yaml_escapes_are_replaced():
    kept, _ = metadata.clean_front(yaml.safe_load('title: "bad \\ud800 char"'))
    kept["title"].encode("utf-8")
    assert kept["title"].startswith("bad ")
