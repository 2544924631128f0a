"""A front matter that YAML cannot read whole keeps the keys it can read line by line and names the failed line."""

from pathlib import Path

from readout_viewer.core.loading import markup, reader

BROKEN = ("---\ntitle: Biden: a call with Xi on Taiwan\nkind: news\ndate: 2022-07-29\n"
          "url: https://example.org/a\n---\nThe two presidents spoke for two hours on Thursday.\n")


def test_an_unquoted_colon_in_the_title_keeps_every_key_and_names_the_line():
    front = markup.split_front_matter(BROKEN)
    assert front.keys["title"] == "Biden: a call with Xi on Taiwan"
    assert front.keys["kind"] == "news" and str(front.keys["date"]) == "2022-07-29"
    assert front.keys["url"] == "https://example.org/a"
    assert "line 2" in front.note and "kept as written" in front.note
    assert front.body.startswith("The two presidents")


def test_a_line_that_cannot_be_read_is_named_and_the_others_are_kept():
    front = markup.split_front_matter("---\nrole: official\nside: [US\ntags:\n  - a\n  - b\n---\nText.\n")
    assert front.keys == {"role": "official", "tags": ["a", "b"]}
    assert "line 3 could not be read (side: [US)" in front.note


def test_a_block_with_nothing_readable_is_dropped_with_the_whole_blocks_error():
    front = markup.split_front_matter("---\n: : :\n[[\n---\nText.\n")
    assert front.keys == {} and "could not be read" in front.note and front.body == "Text.\n"


def test_the_problem_names_the_file_and_the_line_and_the_document_keeps_the_keys(tmp_path: Path):
    (tmp_path / "a.md").write_text(BROKEN, encoding="utf-8")
    scan = reader.scan(tmp_path)
    loaded = reader.load(tmp_path, "a.md", scan.settings)
    doc = loaded.document
    assert doc is not None and (doc.title, doc.kind, doc.date, doc.url) == (
        "Biden: a call with Xi on Taiwan", "news", "2022-07-29", "https://example.org/a")
    assert "title" not in doc.inferred
    [problem] = loaded.problems
    assert problem.path == "a.md" and "line 2" in problem.message
