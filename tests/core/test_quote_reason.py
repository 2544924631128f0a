"""An altered quotation's reason says in words which side each changed word is on (the source's word became the
quotation's), not "−over, +for more than"."""

from readout_viewer.core.model import ALTERED, NOT_FOUND, Quote
from readout_viewer.core.quotes.changes import quote_reason


def _altered(*diff: tuple[int, str]) -> Quote:
    return Quote("e/paper", 0, 10, ALTERED, diff=diff)


def test_a_replaced_word_reads_source_became_quotation():
    q = _altered((0, "lasted "), (-1, "over"), (1, "for more than"), (0, " two hours"))
    assert quote_reason(q) == "“over” became “for more than”"


def test_words_only_dropped_or_only_added_say_so_each_change_apart():
    q = _altered((0, "a "), (-1, "temporary"), (0, " ceasefire "), (1, "peace"), (0, " deal"), (1, "now"),
                 (-1, "“soon”"))
    assert quote_reason(q) == "“temporary” dropped; “peace” added; “soon” became “now”"


def test_no_diff_and_not_found_keep_their_words():
    assert quote_reason(_altered()) == "the words differ"
    assert quote_reason(Quote("e/paper", 0, 10, NOT_FOUND)) == "no official text of the folder holds these words"
