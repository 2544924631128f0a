"""Bare entity names (a page's "&" lost: "ldquo;", "rdquo;", "#39;") are read as the characters they name."""

from pathlib import Path

from readout_viewer.core import loading
from readout_viewer.core.loading import plaintext


def test_bare_entity_names_are_read_as_their_characters():
    line = "Berg said in a note reported by ldquo;Nordic Radiordquo; that ldquo;the talks went well.rdquo;"
    assert plaintext.tidy_spaces(line) == \
        "Berg said in a note reported by \u201cNordic Radio\u201d that \u201cthe talks went well.\u201d"
    assert plaintext.tidy_spaces("Norway#39;s fleet and a truce\u00a0nbsp;now") == "Norway's fleet and a truce now"
    assert plaintext.tidy_spaces("the lsquo;harbourrsquo; deal hellip; mdash; at once") == \
        "the \u2018harbour\u2019 deal \u2026 \u2014 at once"


def test_words_and_whole_entities_are_left_alone():
    # "camp;" and "aliquot;" are words before a semicolon; a whole entity is Markdown's to read, once
    assert plaintext.tidy_spaces("They left the camp; the talks went on.") == "They left the camp; the talks went on."
    assert plaintext.tidy_spaces("an aliquot; no more") == "an aliquot; no more"
    assert plaintext.tidy_spaces("He said &ldquo;yes&rdquo;.") == "He said &ldquo;yes&rdquo;."
    assert plaintext.tidy_spaces("No entity here.") == "No entity here."


def test_a_text_file_with_bare_entities_holds_quotation_marks(tmp_path: Path):
    (tmp_path / "note.txt").write_text("Berg said ldquo;the talks on the harbour went very well for both sides.rdquo;\n",
                                       encoding="utf-8")
    loaded = loading.load(tmp_path, "note.txt", loading.scan(tmp_path).settings)
    assert "\u201cthe talks on the harbour went very well for both sides.\u201d" in loaded.document.text


def test_a_number_after_a_hash_is_no_character_unless_it_names_a_quote_mark_or_a_space():
    from readout_viewer.core.loading.plaintext import tidy_spaces
    assert tidy_spaces("The council cited Resolution #2334; the envoys left.") == \
        "The council cited Resolution #2334; the envoys left."
    assert tidy_spaces("Egypt#39;s efforts") == "Egypt's efforts"
