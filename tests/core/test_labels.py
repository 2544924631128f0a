"""Column and sidebar names that tell documents of the same source and kind apart."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.core.labels import capital, distinguishing, prose_names, short_names
from readout_viewer.core.model import OFFICIAL
from tests.builders import doc


def _titled(doc_id: str, title: str, source: str = "Capital", kind: str = "readout"):
    return replace(doc(doc_id, OFFICIAL, "XX", kind, source), title=title)


def test_namesakes_get_the_words_their_titles_do_not_share():
    a = _titled("e/a", "Readout of the Minister's Call with the Premier of Atlantis")
    b = _titled("e/b", "Readout of the Minister's Call with the Chancellor of Borduria")
    names = short_names([a, b])
    assert names["e/a"] == "Premier"
    assert names["e/b"] == "Chancellor"


def test_longest_run_of_unshared_words_wins_and_is_cut_to_fit():
    a = _titled("e/a", "Talks between Ada Lovelace and the envoy")
    b = _titled("e/b", "Talks with the envoy (opening)")
    assert distinguishing(a, [a, b]) == "Ada Lovelace"
    assert distinguishing(b, [a, b]) == "opening"
    long = _titled("e/c", "Supercalifragilisticexpialidocious meeting")
    assert distinguishing(long, [long, b]).endswith("…")


def test_possessives_count_as_the_same_word():
    a = _titled("e/a", "Ministry’s English version")
    b = _titled("e/b", "Ministry English summary")
    assert distinguishing(a, [a, b]) == "version"


def test_identical_titles_fall_back_to_the_file_name():
    a = _titled("e/first-copy", "Same title")
    b = _titled("e/second-copy", "Same title")
    assert short_names([a, b]) == {"e/first-copy": "first-copy", "e/second-copy": "second-copy"}


def test_documents_alone_of_their_source_and_kind_need_no_name():
    a = _titled("e/a", "Readout one")
    b = _titled("e/b", "Readout two", kind="briefing")
    c = _titled("e/c", "Readout three", source="Other")
    assert short_names([a, b, c]) == {}


def test_clip_puts_a_text_on_one_line_and_cuts_it_with_an_ellipsis():
    from readout_viewer.core.labels import clip
    assert clip("short  text\nhere", 20) == "short text here"
    assert clip("one two three four", 10) == "one two t…"
    assert len(clip("x" * 50, 10)) == 10



def test_document_labels_are_source_short_title_and_date():
    from readout_viewer.core.labels import document_labels
    a = replace(_titled("e/a", "Readout of the Minister's Call with the Premier of Atlantis on Trade and Fishing"),
                date="2021-12-07")
    b = replace(_titled("e/b", "Statement", source=None), date=None)
    labels = document_labels([a, b])
    assert labels["e/a"] == "Capital — Readout of the Minister's Call with the Premier… (2021-12-07)"
    assert labels["e/b"] == "Statement"


def test_document_labels_tell_apart_what_the_cut_title_and_date_do_not():
    from readout_viewer.core.labels import document_labels
    long = "Readout of the Minister's Call with the Premier of Atlantis about many things, "
    a = _titled("e/a", long + "the first part")
    b = _titled("e/b", long + "the second part")
    c = _titled("e/c-copy", "Same")
    d = _titled("e/d-copy", "Same")
    labels = document_labels([a, b, c, d])
    assert len(set(labels.values())) == 4
    assert "first" in labels["e/a"] and "second" in labels["e/b"]
    assert "[c-copy]" in labels["e/c-copy"] and "[d-copy]" in labels["e/d-copy"]


def test_short_title_cuts_at_a_word():
    from readout_viewer.core.labels import short_title
    assert short_title("One two three four five", 14) == "One two three…"
    assert short_title("Presidential Aide Yuri Ushakov", 18) == "Presidential Aide…"  # a whole last word stays
    assert short_title("  Short\n title ", 14) == "Short title"


def test_a_detail_names_a_document_by_source_and_kind_and_namesakes_by_their_own_words():
    a = _titled("e/a", "Readout of the Minister's Call with the Premier of Atlantis")
    b = _titled("e/b", "Readout of the Minister's Call with the Chancellor of Borduria")
    c = replace(_titled("e/c", "A very long title that a detail has no room for", kind="briefing"), excerpt=True)
    names = prose_names([a, b, c])
    assert names == {"e/a": "Capital readout \u201c\u2026Premier\u2026\u201d",
                     "e/b": "Capital readout \u201c\u2026Chancellor\u2026\u201d",
                     "e/c": "Capital briefing"}  # no title; an excerpt is said by the detail's own note
    other_event = replace(b, id="f/b", event="f")  # a detail speaks of one event: no namesake in another
    assert prose_names([a, other_event])["e/a"] == "Capital readout"


def test_a_count_says_its_noun_in_the_number_it_needs():
    from readout_viewer.core.labels import counted
    assert [counted(n, "document") for n in (0, 1, 2, 1500)] == ["0 documents", "1 document", "2 documents",
                                                                   "1,500 documents"]
    assert counted(2, "entry", "entries") == "2 entries" and counted(1, "entry", "entries") == "1 entry"


def test_a_phrase_starts_a_sentence_with_its_names_unchanged():
    assert capital("reported by 2 of 9 outlets: Reuters, TASS") == "Reported by 2 of 9 outlets: Reuters, TASS"
    assert capital("the Kremlin readout") == "The Kremlin readout" and capital("") == ""


def test_an_excerpt_is_marked_by_one_rule_after_its_name():
    from readout_viewer.core.labels import excerpt_mark, short_name
    whole = doc("e/k", OFFICIAL, kind="readout", source="Kremlin")
    cut = replace(whole, excerpt=True)
    assert (excerpt_mark(whole), excerpt_mark(cut)) == ("", " (excerpt)")
    assert short_name(cut) == "Kremlin readout (excerpt)" and short_name(cut, excerpt=False) == "Kremlin readout"
    assert short_name(whole) == "Kremlin readout"


def test_a_claim_is_quoted_once_whatever_marks_it_opens_with():
    """One rule for the views and the exports: a text opening on its own quotation mark (straight or curly) keeps it
    and gets no second one; any other text is put in curly marks."""
    from readout_viewer.core.labels import quoted
    assert quoted('"We had a call," he said.') == '"We had a call," he said.'
    assert quoted("\u201cWe had a call,\u201d he said.") == "\u201cWe had a call,\u201d he said."
    assert quoted("We had a call.") == "\u201cWe had a call.\u201d"
    assert quoted("") == "\u201c\u201d"
