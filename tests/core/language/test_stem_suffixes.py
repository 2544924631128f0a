"""Speed, the same stems: a word's inflection is looked for among the suffixes ending in its last letter only (the
same stems as the rules as first written: test_stem_loops)."""

from readout_viewer.core.language import text


def test_each_last_letter_keeps_its_suffixes_in_order() -> None:
    assert text._SUFFIXES_BY_LAST["s"] == (("ians", "ia"), ("ings", ""), ("ies", "y"), ("es", ""), ("sis", "s"), ("s", ""))
    assert text._SUFFIXES_BY_LAST["e"] == (("e", ""),)
    assert sorted(p for group in text._SUFFIXES_BY_LAST.values() for p in group) == sorted(text._SUFFIXES)
