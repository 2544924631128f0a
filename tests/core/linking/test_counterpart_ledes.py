"""An outlet's opening naming "his <adjective> counterpart" names that country's leader (round 30, links28)."""

from tests.builders import paper_links, text_doc

READOUT = text_doc("readout", "He made the remarks when having a phone conversation with Russian President Ivan Berg "
                              "at the latter's request.\n\nChinese President Tom Sol said the harbour tariffs must "
                              "fall.\n\nChinese President Tom Sol said that the salmon quota stays.", side="CN",
                   kind="readout")


def _found(paper_text: str) -> set[tuple[str, str]]:
    return paper_links(READOUT, paper_text)


def test_an_opening_with_his_russian_counterpart_reports_the_readouts_line_on_the_call():
    found = _found("On May 3, Chinese President Tom Sol held a phone conversation with his Russian counterpart, Ivan "
                   "Berg, in which the two men vowed to lower the harbour tariffs.")
    assert ("On May 3, Chinese Pr", "He made the remarks ") in found


def test_a_counterpart_of_another_country_is_another_meeting():
    found = _found("On May 3, Chinese President Tom Sol held a phone conversation with his French counterpart, Jean "
                   "Dupont, in which the two men vowed to lower the harbour tariffs.")
    assert ("On May 3, Chinese Pr", "He made the remarks ") not in found
