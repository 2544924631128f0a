"""What a link or a cue lends a statement: a link made by the sentence's clause of the call (that the leaders spoke)
carries no point of what was said (evidence._cited_scores weighs it with the scene set aside), and a person's title set
before the name the cue begins at ("..., Harbour Ministry spokesman Ivo Lenk said") names the source, no part of what
the source said (statements.statement_of)."""

from dataclasses import replace

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.attributions.cue_sides import BEFORE, Cue
from readout_viewer.core.attributions.statements import content, statement_of
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import AGREE, OFFICIAL, SUPPORTED, UNSUPPORTED, Claim, Link
from tests.builders import reading

HQ_TEXT = "President Anna Holm had a phone call with President Mark Varga. The leaders discussed the ferry line."
HQ_TITLE = "President Anna Holm's call with President Mark Varga"


def _verdict(news_text: str, linked_to: int) -> str:
    """The verdict on the one attribution of `news_text`, its first sentence linked to claim `linked_to` of hq."""
    hq = replace(reading("hq", HQ_TEXT, OFFICIAL, "Office of the President", "VL"), title=HQ_TITLE)
    docs = [hq, reading("news", news_text)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in docs}
    link = Link("news#1", f"hq#{linked_to}", AGREE, 0.9)
    (found,) = [a for a in check_attributions(docs, claims, [link], []) if a.doc == "news"]
    return found.verdict


def test_a_link_to_the_call_line_is_no_support_of_what_was_said():
    # the clause of the call shares two of its words with the call line: a link, but no point of the statement
    assert _verdict("Anna Holm and Mark Varga held a long phone call on 22 May, in which Holm said she plans to sign "
                    "the harbour bill soon, the Office of the President said.", linked_to=1) == UNSUPPORTED


def test_a_link_to_a_claim_holding_a_point_still_supports():
    assert _verdict("Anna Holm and Mark Varga held a long phone call on 22 May, in which they discussed the ferry line "
                    "and the harbour bill, the Office of the President said.", linked_to=2) == SUPPORTED


def _said(text: str, name: str, person: bool = True) -> frozenset[str]:
    """The statement's words before a closing cue that begins at `name` ("Ivo Lenk said")."""
    at = text.index(name)
    cue = Cue(at, at + len(name), at, len(text) - 1, ("hq",), BEFORE, person=person)
    return statement_of(reading("news", text), 0, len(text), cue).words


def test_a_title_before_the_name_is_no_part_of_the_statement():
    said = _said("Ferry talks will resume in May, Harbour Ministry spokesman Ivo Lenk said.", "Ivo Lenk")
    assert said == content("Ferry talks will resume in May")


def test_a_clause_that_is_no_title_stays():
    said = _said("Ferry talks will resume in May, the first since the strike, Ivo Lenk said.", "Ivo Lenk")
    assert said == content("Ferry talks will resume in May, the first since the strike")


def test_a_leader_title_before_the_name_is_the_source_too():
    said = _said("Ferry talks will resume in May, Vela's President Anna Holm said.", "Anna Holm")
    assert said == content("Ferry talks will resume in May")
