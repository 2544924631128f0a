"""A report in no readout is weighed as its whole sentence: when the sentence's first part, before the report, is
linked to an official text ("Biden warned Putin that ..., while Putin responded that ..."), the report is that
exchange's other side, not listed as in no readout; a sentence of its own beside a linked one still is."""

from readout_viewer.core.attributions.unreported import _unlinked
from readout_viewer.core.model import Claim

TEXT = ("Sol warned Berg that Sweden would close its ports, while Berg responded that such a move would end all trade. "
        "Berg also said he would visit Oslo.\n")


def _claim(n: int, said: str) -> Claim:
    start = TEXT.index(said)
    return Claim(f"news#{n}", "news", start, start + len(said), said)


WARNED = _claim(1, "Sol warned Berg that Sweden would close its ports")
RESPONDED = _claim(2, "Berg responded that such a move would end all trade.")
VISIT = _claim(3, "Berg also said he would visit Oslo.")
LINKS = {"news#1": ["south#2"], "south#2": ["news#1"]}  # the warning is linked to the Swedish readout


def test_a_report_whose_sentence_opens_on_a_linked_part_is_not_listed():
    assert _unlinked(TEXT, [RESPONDED], {"south"}, LINKS, [WARNED, RESPONDED, VISIT]) == []


def test_a_report_in_a_sentence_of_its_own_is_listed():
    assert _unlinked(TEXT, [VISIT], {"south"}, LINKS, [WARNED, RESPONDED, VISIT]) == [VISIT]


def test_the_same_report_is_listed_when_the_first_part_is_linked_to_no_official_text():
    assert _unlinked(TEXT, [RESPONDED], {"south"}, {}, [WARNED, RESPONDED, VISIT]) == [RESPONDED]
