"""Not-claims: an outlet's note that it did not edit a story, an agency's credit with a colon closing a caption, a
publication line."""

import pytest

from readout_viewer.core.language.captions import credit_or_caption
from readout_viewer.core.language.kinds import kind_of
from readout_viewer.core.language.segment import claim_spans
from readout_viewer.core.model import BOILERPLATE, CAPTION, STATEMENT


@pytest.mark.parametrize("line", ["(This story was not edited by The Lund Courier on Social Platforms.)",
                                  "This article is not edited by the Nord Post staff.",
                                  "Nord Radio releases Premier Holm Phone Call with Premier Berg of Lund.",
                                  "Lund Daily publishes Full Text of the Fisheries Accord"])
def test_notices_and_publication_lines_are_page_furniture(line):
    assert kind_of(line) == BOILERPLATE


@pytest.mark.parametrize("sentence", ["Lund releases two fishermen held since March after the call.",
                                      "The ministry releases a readout of the call every Monday.",
                                      "The premier said the story was not edited out of the record."])
def test_releases_of_things_and_edits_stay_statements(sentence):
    assert kind_of(sentence) == STATEMENT


def test_a_caption_closed_by_an_agency_credit_with_a_colon():
    paragraph = "Premier Holm and her counterpart Ivar Berg have spoken by phone. EPA: Ada Roe / Lund Premier Office"
    assert credit_or_caption(paragraph) is not None
    text = f"The two premiers spoke on Monday about the ferries.\n\n{paragraph}\n\nThey agreed to meet in May."
    assert [kind for s, e, kind in claim_spans(text) if "Holm" in text[s:e]] == [CAPTION]


def test_a_caption_run_into_a_paragraphs_end_is_a_caption():
    text = ("\u201cWe spoke on the ferries today,\u201d the premier posted on X. A file photo of Premier Holm with "
            "Premier Berg.(Lund file)")
    assert [(text[s:e], kind) for s, e, kind in claim_spans(text)][-1] == (
        "A file photo of Premier Holm with Premier Berg.(Lund file)", CAPTION)
