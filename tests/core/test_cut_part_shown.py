"""A claim cut from the middle of its sentence, shown out of its text (a table, a list, a tooltip), starts with "… "."""

from __future__ import annotations

from readout_viewer.core.labels import CONTINUES, continues, shown

TEXT = "President Biden voiced his high regard for it, and agreed that it would be further promoted going forward."
PART = TEXT.index("agreed")


def test_a_part_cut_from_its_sentence_is_prefixed():
    assert shown(TEXT, PART, TEXT[PART:]) == "… agreed that it would be further promoted going forward."
    assert CONTINUES == "\u2026 "


def test_the_head_of_the_sentence_is_unchanged():
    head = TEXT[:PART].rstrip()
    assert shown(TEXT, 0, head) == head


def test_a_documents_first_claim_is_unchanged_even_in_lower_case():
    text = "agreed to meet again."
    assert shown(text, 0, text) == text
    assert not continues("  \n" + text, 3, text)


def test_a_lowercase_brand_after_a_full_stop_starts_its_sentence():
    text = "Sales rose. iPhone sales fell."
    at = text.index("iPhone")
    assert shown(text, at, text[at:]) == "iPhone sales fell."


def test_an_abbreviations_full_stop_does_not_end_the_sentence():
    text = "They spoke with the U.S. and agreed to meet."
    at = text.index("and")
    assert shown(text, at, text[at:]) == "… and agreed to meet."


def test_a_capitalised_part_is_unchanged_and_a_break_inside_a_sentence_runs_on():
    text = "They spoke, and Japan agreed."
    at = text.index("Japan")
    assert shown(text, at, text[at:]) == "Japan agreed."
    para = "Foreign policy is at once dominated\n\nby intractable global processes."
    at = para.index("by")
    assert shown(para, at, para[at:]) == "… by intractable global processes."
