"""What helper qa11's folder built from scratch showed: a bare year in a web page's text is no date of the page, an
Indian wire's "(UNI)" names its agency as "(IANS)" does, and a pasted article is readable by whoever may read the
folder (tempfile gave it 0600)."""

import os
import stat

from readout_viewer.core.loading import metadata, pasted, webpage

BODY = ("<p>Putin congratulated Modi on his victory in the 2024 Lok Sabha elections, the Kremlin said on "
        "Wednesday.</p>")


def _page(head: str = "", body: str = BODY) -> str:
    return f"<html><head><title>Putin calls Modi</title>{head}</head><body><article>{body}</article></body></html>"


def test_a_bare_year_in_the_text_is_no_date_of_the_page():
    assert "date" not in webpage.extract(_page()).meta  # was 2024-01-01, "the page's date"


def test_a_date_the_page_gives_is_kept_and_so_is_a_first_of_january_it_writes():
    assert webpage.extract(_page('<meta property="article:published_time" content="2024-06-05">')).meta["date"] \
        == "2024-06-05"
    new_year = _page('<meta property="article:published_time" content="2024-01-01">',
                     "<p>On January 1, 2024, Putin called Modi, the Kremlin said.</p>")
    assert webpage.extract(new_year).meta["date"] == "2024-01-01"


def test_uni_names_its_wire_as_ians_does():
    lead = ("Moscow, June 5 ({}) Russian President Vladimir Putin on Wednesday held a phone conversation with "
            "Narendra Modi, the Kremlin said.")
    for agency in ("UNI", "IANS"):
        doc = metadata.make_document("a.md", lead.format(agency), {})
        assert (doc.source, doc.kind) == (agency, "news"), agency


def test_a_pasted_article_gets_a_new_files_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = pasted.save(tmp_path, pasted.Pasted("Putin and Modi spoke by phone on Wednesday.", title="T"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # was 0600: colleagues sharing the folder could not read it
    assert [p.name for p in tmp_path.iterdir()] == ["t.md"]  # no temporary file left
