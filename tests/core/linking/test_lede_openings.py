"""An outlet sentence that opens by saying the leaders spoke reports the readout's line that only says so
(`ledes.lede_links`): one leader received a call from the other; a leader named by the sentence's first word."""

from tests.builders import text_doc
from tests.core.linking.reports import SPOKE, reporting
from tests.core.linking.test_align import _links

NORTH = text_doc("north", f"{SPOKE}\n\nPresident Berg raised the harbour tariffs.", side="NO")


def _reporting(*ledes: str) -> set[str]:
    """The outlet sentences linked to the readout's line that the leaders spoke."""
    return set(reporting(NORTH, SPOKE, *ledes))


def test_one_leader_receiving_a_call_from_the_other_says_that_they_spoke():
    received = ("Swedish President Ivan Sol on Monday received a call from Norwegian President Ola Berg, during which "
                "the row over quotas and trawlers came up again.")
    parcel = ("Swedish President Ivan Sol on Monday received a parcel from Norwegian President Ola Berg, a week after "
              "the row over quotas and trawlers.")
    assert _reporting(received, parcel) == {received}


def test_a_leader_named_by_the_first_word_of_the_opening_counts():
    lede = "Berg called Swedish President Ivan Sol late on Tuesday, a week after the row over quotas and trawlers."
    assert _reporting(lede) == {lede}


def test_a_ledes_link_is_judged_on_its_opening_not_its_circumstances():
    lede = ("Swedish President Ivan Sol spoke with Norwegian President Ola Berg on Monday, nearly a month after Berg "
            "took office and a week after the row over quotas and trawlers.")
    paper = text_doc("paper", lede, role="outlet")
    assert [link.relation for a, b, link in _links(paper, NORTH) if b == SPOKE] == ["agree"]


def test_an_opening_ends_where_it_says_since_when():
    lede = ("Swedish President Ivan Sol on Wednesday spoke by phone with Norwegian President Ola Berg for the first "
            "time since Berg was sworn into office and the row over quotas and trawlers began to strain old ties.")
    assert _reporting(lede) == {lede}


def test_an_opening_after_a_phrase_of_setting_says_that_they_spoke():
    lede = ("Taking a bold step towards mending frayed fishing ties, Swedish President Ivan Sol had a phone call with "
            "Norwegian President Ola Berg.")
    assert _reporting(lede) == {lede}


def test_a_long_phrase_of_setting_still_leaves_the_opening_that_they_spoke():
    lede = ("As the Swedish trawlers advanced into the disputed fishing waters on Thursday, Swedish President Ivan Sol "
            "spoke to Norwegian President Ola Berg.")
    assert _reporting(lede) == {lede}


def test_a_leaders_epithet_in_the_opening_says_nothing_of_the_call():
    lede = ("Sweden's newly elected President Ivan Sol spoke with Norwegian President Ola Berg, a week after the bitter "
            "row over fishing quotas, seized trawlers and closed harbours began to strain old friendships.")
    assert _reporting(lede) == {lede}


def test_a_dateline_is_no_part_of_the_opening():
    lede = ("Oslo, May 2 (NTB): Swedish President Ivan Sol spoke with Norwegian President Ola Berg, a week after the "
            "bitter row over fishing quotas, seized trawlers and closed harbours began to strain old friendships.")
    assert _reporting(lede) == {lede}


def test_a_place_and_a_bracketed_credit_are_no_part_of_the_opening():
    lede = ("Oslo, (Harbour Wire / Fjord News - 2nd May, 2023 ) :Swedish President Ivan Sol spoke with Norwegian "
            "President Ola Berg on Tuesday, Oslo said, the first call since the bitter row over fishing quotas began.")
    assert _reporting(lede) == {lede}


def test_a_leader_who_has_spoken_with_the_other_says_that_they_spoke():
    lede = ("Swedish President Ivan Sol has spoken to Norway's Ola Berg by telephone for the first time since the "
            "bitter row over fishing quotas, seized trawlers and closed harbours began.")
    assert _reporting(lede) == {lede}


def test_the_words_that_describe_the_call_say_nothing_of_what_was_said():
    lede = ("Swedish President Ivan Sol has had a long and meaningful phone call with Norwegian President Ola Berg, the "
            "first since the bitter row over fishing quotas, seized trawlers and closed harbours began.")
    assert _reporting(lede) == {lede}


def test_a_leaders_quoted_i_is_the_leader_the_quotation_is_given_to():
    lede = '"I had a long and meaningful phone call with Norwegian President Ola Berg," Sol said on social media.'
    stranger = '"I had a long and meaningful phone call with Norwegian President Ola Berg," the fisherman said.'
    assert _reporting(lede, stranger) == {lede}


def test_a_leader_who_says_he_has_had_a_call_says_that_they_spoke():
    lede = ('Sweden\'s Ivan Sol says he has had a "long and meaningful" phone call with Norway\'s Ola Berg, their first '
            "contact since the bitter row over fishing quotas, seized trawlers and closed harbours began.")
    assert _reporting(lede) == {lede}


def test_an_official_line_on_its_leaders_talk_with_his_counterpart_names_its_own_leader():
    remarks = text_doc("remarks", "Norwegian President Ola Berg called for calm in the northern strait.\n\n"
                                  "He made the remarks while talking to his Swedish counterpart, Ivan Sol, over phone.",
                       side="NO")
    lede = ("Norwegian President Ola Berg spoke with Swedish President Ivan Sol on Monday, a week after the bitter row "
            "over fishing quotas, seized trawlers and closed harbours began to strain old friendships.")
    paper = text_doc("paper", lede, role="outlet")
    talking = remarks.text.split("\n\n")[1]
    assert (lede, talking) in {(a, b) for a, b, _ in _links(paper, remarks)}
