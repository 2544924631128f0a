"""Page furniture: a line that offers a file, a credit line run into a paragraph's end, update and syndication notices."""

import pytest

from readout_viewer.core.language.captions import credit_or_caption
from readout_viewer.core.language.kinds import kind_of
from readout_viewer.core.language.segment import claim_spans
from readout_viewer.core.model import BOILERPLATE, CAPTION, STATEMENT


@pytest.mark.parametrize("line", ["Here is the full communique (3 MB, in Norlandic).",
                                  "Download the statement (PDF, 340 KB)", "The whole text (1.2 MB) is here.",
                                  "(Reporting by Jane Roe in Lund; Editing by Tom Berg)",
                                  "NORD NEWS and LUND POST", "AGENCY / WIRE"])
def test_file_and_credit_lines_are_page_furniture(line):
    assert kind_of(line) == BOILERPLATE


@pytest.mark.parametrize("sentence", ["The two premiers met in Lund to sign the fisheries accord (PDF of the text "
                                      "attached).", "The report (in Norlandic) runs to forty pages.",
                                      "The ferry data grew by 2 MB a day, the premier said.",
                                      "NORLAND AND SUDLAND AGREE ON FISHERIES QUOTAS FOR THE WINTER SEASON",
                                      "Premier Osk thanked NATO and the EU."])
def test_a_statement_with_a_bracket_or_capitals_stays_a_statement(sentence):
    assert kind_of(sentence) == STATEMENT


def test_a_credit_after_the_paragraphs_last_sentence_is_kept_apart():
    text = ("Premier Osk met Premier Lund in the port.\n\nPremier Osk said the quotas would rise in the winter, and "
            "the two sides would meet again. NORD NEWS and LUND POST\n")
    kinds = [(text[s:e], kind) for s, e, kind in claim_spans(text)]
    assert kinds[-1] == ("NORD NEWS and LUND POST", BOILERPLATE)
    assert [kind for _, kind in kinds[:-1]] == [STATEMENT, STATEMENT]


@pytest.mark.parametrize("line", ["This story will be updated.", "This article is being updated",
                                  "(Except for the headline, this story has not been edited by Lund Post staff and "
                                  "is published from a syndicated feed.)"])
def test_update_and_syndication_notices_are_page_furniture(line):
    assert kind_of(line) == BOILERPLATE


def test_a_file_or_illustrative_photo_opens_a_caption():
    assert credit_or_caption("Illustrative image: Premier Osk and Premier Lund meet in the port.") == CAPTION
    assert credit_or_caption("A file photo of Premier Osk with Premier Lund.") == CAPTION
    assert credit_or_caption("A photo of the two premiers was shown at the port.") is None


def test_a_line_naming_only_its_sources_is_page_furniture():
    assert kind_of("As reported by Lund Post with reference to Nord-Wire.") == BOILERPLATE
    assert kind_of("As reported by Lund Post, the premiers agreed to meet again.") == STATEMENT
