"""Page debris stated as families (issue 16): syndication notes, reading prompts, a credit glued to its caption or
written as a photographer and agency, a name alone with its photo's date, a long caption that shows its scene now."""

from readout_viewer.core.language import kinds
from readout_viewer.core.language.captions import caption_start, credit_or_caption
from readout_viewer.core.language.segment import segment
from readout_viewer.core.model import BOILERPLATE, CAPTION, STATEMENT, Document


def _kinds(text: str) -> list[str]:
    return [c.kind for c in segment(Document(id="e/d", path="e/d.txt", title="d", text=text))]


def test_a_syndication_note_is_page_furniture():
    for line in ("This article has been adapted from its original source.",
                 "This story was originally published by the Harbour Times.",
                 "This piece first appeared on Nordic Wire.", "This report has been republished with permission.",
                 "The post Berg and Lind talk fish appeared first on Coast News.",
                 "Originally published by the Fjord Herald.", "Republished with permission from Coast News."):
        assert kinds.kind_of(line) == BOILERPLATE, line
        assert kinds.boilerplate_anywhere(line) == (kinds._BOILERPLATE_ANYWHERE.search(line) is not None), line


def test_a_claim_about_a_text_first_published_elsewhere_stays_a_statement():
    assert kinds.kind_of("The readout was originally published by the premier's office in Norwegian.") == STATEMENT
    assert kinds.kind_of("Berg said the treaty had been adapted from an earlier draft.") == STATEMENT


def test_a_reading_prompt_is_page_furniture_and_a_recommendation_is_not():
    for line in ("Also read: Berg and Lind to meet in June", "Read also: the fishing quotas explained",
                 "See also: Lind's visit to Oslo", "Recommended: Five things to know about the quotas",
                 "Related stories: Berg in Bergen"):
        assert kinds.kind_of(line) == BOILERPLATE, line
    assert kinds.kind_of("Recommended quotas were discussed by the two leaders on Tuesday.") == STATEMENT


def test_a_credit_glued_to_its_caption_makes_the_paragraph_a_caption():
    text = ("Lind and Berg last met at the harbour two years agoImage: Ann Lee/Nordic Wire/ntb/picture desk\n\n"
            "The two leaders spoke about the fishing quotas on Tuesday.")
    assert _kinds(text) == [CAPTION, STATEMENT]


def test_a_photographer_and_agency_after_a_caption_is_its_credit():
    assert credit_or_caption("Berg greets the fishing fleet at the harbour in Bergen. Ann Lee/Nordic Images") == CAPTION
    assert credit_or_caption("Berg greets the fishing fleet at the harbour in Bergen. Ann Lee/Nordic Ima") == CAPTION  # a copy cut short
    # a sentence that names two places with a slash ends in a full stop, and states
    assert credit_or_caption("The two leaders said they would meet in New York/Washington.") is None


def test_a_name_alone_with_its_photos_date_is_a_caption_and_a_name_that_acts_is_not():
    assert caption_start("Norway's Prime Minister Ola Berg (pictured May 2, 2024.")
    assert caption_start("Prime Minister Ola Berg (pictured in Oslo).")
    assert not caption_start("Prime Minister Ola Berg (pictured) told Lind the quotas would stay.")
    assert kinds.kind_of("Prime Minister Ola Berg (pictured) told Lind the quotas would stay.") == STATEMENT


_LONG_SCENE = ("Prime Minister Ola Berg addresses the fishing fleet at the harbour of the old town during the annual "
               "festival of the coast guard on the second of May in Bergen, on the western coast of Norway.")
_GOAL = "Berg set a goal to double the quotas by 2030 and to protect the fjords for the next generation of fishers."


def test_a_long_caption_that_shows_its_scene_now_is_a_caption_whole():
    # the credit line itself is too short for a claim
    assert _kinds(f"{_LONG_SCENE} {_GOAL} Photo: Ann Lee/AFP") == [CAPTION, CAPTION]
    assert _kinds(f"{_LONG_SCENE} {_GOAL} Ann Lee/Nordic Images") == [CAPTION, CAPTION]


def test_prose_in_the_past_before_a_caption_stays_prose():
    prose = ("Prime Minister Ola Berg addressed the fishing fleet at the harbour of the old town during the annual "
             "festival of the coast guard on the second of May in Bergen, on the western coast of Norway.")
    assert _kinds(f"{prose} {_GOAL} Photo: Ann Lee/AFP") == [STATEMENT, CAPTION]
    assert set(_kinds(f"{_LONG_SCENE} {_GOAL}")) == {STATEMENT}  # no credit: nothing says it is a photo's


def test_a_byline_alone_is_page_furniture_and_a_sentence_opening_on_by_is_not():
    assert kinds.kind_of("By Ola Berg and Anna Lind.") == BOILERPLATE
    assert kinds.kind_of("By Nordic Wire Staff, Harbour Desk.") == BOILERPLATE
    assert kinds.kind_of("By Tuesday the two sides had agreed on the quotas.") == STATEMENT


def test_a_time_stamp_is_page_furniture_and_updated_figures_are_not():
    for line in ("Updated: March 3, 2024 at 10:15 am.", "Published on Tuesday, 5 May 2021 at noon.",
                 "Last updated 12 June 2024, 10:15 GMT."):
        assert kinds.kind_of(line) == BOILERPLATE, line
    assert kinds.kind_of("Updated figures on the quotas were shared by both sides.") == STATEMENT


def test_a_newsletter_or_social_line_is_page_furniture():
    for line in ("Sign up for our daily newsletter on the fjords.", "Get the harbour news delivered to your inbox.",
                 "Follow us on Telegram for more news.", "Join our WhatsApp channel for updates."):
        assert kinds.kind_of(line) == BOILERPLATE, line
        assert kinds.boilerplate_anywhere(line), line
    assert kinds.kind_of("Berg said the two sides would follow up on the quotas by letter.") == STATEMENT
