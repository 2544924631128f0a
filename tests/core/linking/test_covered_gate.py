"""One content concept in common links an outlet sentence to an account's claim when it is half of what the shorter
side says (`covered_gate`); a word in common that is a small part of both stays no report (issue 16's traps)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.counterparts import _outlet_score
from readout_viewer.core.linking.covered_gate import covered
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

STATEMENTS = "Anna Berg and Tomas Sol made statements following their talks."
RELATIONSHIP = ("Premier Anna Berg on Tuesday called for a sound and steady relationship with the South during a video "
                "meeting with Premier Tomas Sol.")
NORTH_TEXT = ("Premier Anna Berg held talks with Premier Tomas Sol of the South in Norhavn.\n\n" + STATEMENTS + "\n\n"
              "Berg and Sol reviewed the ferry timetable and the harbour tariffs.\n\n"
              "Sol thanked Berg for the grain shipments to the southern ports.\n\n"
              "Berg urged Sol to release the detained fishermen without delay.\n\n" + RELATIONSHIP)
NORTH = text_doc("north", NORTH_TEXT, side="N", kind="readout")
ISSUED = "Anna Berg and Tomas Sol issued statements after the talks."
WELCOMED = ("The South on Tuesday welcomed a video meeting between Premier Anna Berg and Premier Tomas Sol as raising "
            "hopes for better relations.")


def _outlet_links(*officials, paper_text: str) -> set[tuple[str, str]]:
    paper = text_doc("paper", paper_text, role=OUTLET)
    return {(a, b) for a, b, _ in _links(*officials, paper) if a in paper_text}


def _pair(official_text: str, outlet_text: str, paper_text: str):
    """The terms of one outlet sentence and one claim of the readout, and the folder's weights."""
    paper = text_doc("paper", paper_text, role=OUTLET)
    claims_of = {d.id: segment(d) for d in (NORTH, paper)}
    ctx = context_for([NORTH, paper], claims_of)
    by_text = {c.text: ctx.terms[c.id] for cs in claims_of.values() for c in cs}
    return by_text[outlet_text], by_text[official_text], ctx.w


def test_one_content_word_that_is_what_the_shorter_side_says_links():
    paper = ISSUED + "\n\n" + WELCOMED
    mine, theirs, w = _pair(STATEMENTS, ISSUED, paper)
    assert _outlet_score(mine, (), theirs, (), w) == 0.0  # the content gate alone turns it away
    assert covered(mine, theirs, w)
    assert (ISSUED, STATEMENTS) in _outlet_links(NORTH, paper_text=paper)


def test_better_relations_do_not_report_a_call_for_a_sound_relationship():
    paper = ISSUED + "\n\n" + WELCOMED
    mine, theirs, w = _pair(RELATIONSHIP, WELCOMED, paper)
    assert _outlet_score(mine, (), theirs, (), w) == 0.0  # one word in common beside who and the setting
    assert not covered(mine, theirs, w)  # "relations" is a small part of what either side says
    assert (WELCOMED, RELATIONSHIP) not in _outlet_links(NORTH, paper_text=paper)


def test_a_transcripts_line_is_not_linked_on_one_content_word():
    remarks = text_doc("north", NORTH_TEXT, side="N", kind="remarks")  # the same lines, spoken: a transcript
    found = _outlet_links(remarks, paper_text=ISSUED + "\n\n" + WELCOMED)
    assert not any(a == ISSUED for a, _ in found)
