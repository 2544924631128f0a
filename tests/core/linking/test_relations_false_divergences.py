"""False divergences a newsroom saw on new events (round 28): a number both claims give, the time an outlet counts from
another event, an outlet's own setting ("amid ..."), an adjective made from a word the other claim joins."""

from readout_viewer.core.language.figures import figures
from readout_viewer.core.linking.openings import LEDE_END, text_opening
from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_one_number_before_different_words_is_one_figure():
    assert _link("Holm pledged more than 9,000 winter kits for troops.",
                 "Holm pledged more than 9,000 extreme cold winter kits for troops.").relation == AGREE
    assert _link("The two spoke about the fishing quotas.", "the two exchanged ideas on the fishing quotas.").relation \
        == AGREE


def test_a_changed_number_still_diverges():
    link = _link("Holm pledged more than 9,000 winter kits for troops.",
                 "Holm pledged more than 4,000 extreme cold winter kits for troops.")
    assert (link.relation, link.reason) == (DIVERGE, "number")


def test_time_counted_from_another_event_is_no_figure():
    assert [f.elapsed for f in figures("Berg called Sol just two days after the minister returned from Oslo.")] == [True]
    assert [f.elapsed for f in figures("Sol marked the 40-year anniversary of the treaty.")] == [True]
    assert [f.elapsed for f in figures("Berg proposed a truce of two days in the harbour.")] == [False]


def test_an_opening_ends_before_the_time_counted_to_its_after():
    text = "Berg called Sol just two days after the minister returned from Oslo."
    assert text_opening(text, LEDE_END) == "Berg called Sol"
    assert _link(text_opening(text, LEDE_END), "Ola Berg spoke today with Ivan Sol.").relation == AGREE


def test_a_loaded_word_in_the_writers_setting_frames_nothing():
    setting = "Sol shared plans to send an envoy to Norway amid the country\u2019s war with Sweden."
    assert _link(setting, "Sol will send an envoy to Norway to discuss a settlement of the crisis.").relation == AGREE


def test_a_loaded_word_outside_the_setting_still_frames():
    link = _link("Sol shared plans to send an envoy to end the war with Sweden.",
                 "Sol will send an envoy to end the crisis with Sweden.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")


def test_an_adjective_made_from_a_joined_word_is_no_narrower_scope():
    assert _link("Berg urged all sides to return to diplomacy and negotiations.",
                 "Berg called on all sides to return to the path of diplomatic negotiations and dialogue.").relation \
        == AGREE


def test_the_very_word_joined_and_compounded_still_narrows():
    link = _link("Berg condemned the strikes on energy and infrastructure.",
                 "Berg condemned the strikes on energy infrastructure.")
    assert (link.relation, link.reason) == (DIVERGE, "scope")


def test_a_seat_after_to_is_the_same_place_as_in_the_seat():
    assert _link("I am pleased to welcome Prime Minister Berg to Oslo for the first time.",
                 "Prime Minister Berg met Prime Minister Sol in Oslo for the first time.").relation == AGREE


def test_the_seat_for_its_country_still_narrows():
    link = _link("Berg met Sol in Oslo to discuss the fishing quotas.",
                 "Berg met Sol in Norway to discuss the fishing quotas.")
    assert (link.relation, link.reason) == (DIVERGE, "scope")


def test_a_country_one_travels_to_is_no_wider_place_than_its_seat():
    # "his visit to Norway" says where Berg went, not where the talks were: "in Oslo" is no narrower place (links102)
    assert _link("Sol met Berg during his visit to Norway.",
                 "Berg held a bilateral meeting with Sol in Oslo on Tuesday.").relation == AGREE
