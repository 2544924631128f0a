"""Verdicts a user saw wrong until round 28: an acronym for the words a readout spells out, a relative clause after a
preposition, topics said to be discussed."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = ("President Biden spoke today with Prime Minister Modi of India to discuss the Prime Minister's recent trip to "
           "Poland and Ukraine, as well as the United Nations General Assembly meetings in September.")
IN_TEXT = ("Prime Minister Modi received a telephone call today from President Biden. The two leaders expressed "
           "their shared concern over the situation in Bangladesh. While discussing the situation in Ukraine, Prime "
           "Minister briefed President Biden on his recent visit to Ukraine.")
OFFICIAL_TEXTS = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                  reading("in", IN_TEXT, OFFICIAL, "Ministry of External Affairs, Government of India", "IN")]
TOPICS = ("Indian Prime Minister Narendra Modi claimed that {} was among the topics discussed during his phone "
          "conversation last Monday, in addition to Ukraine.")


def _cited(sentence):
    return cited_verdicts(OFFICIAL_TEXTS, f"Snow fell in Delhi. {sentence}")


def test_an_acronym_reads_as_the_words_a_readout_spells_it_out_in():
    sentence = ("During a phone call, President Biden and Prime Minister Modi discussed the upcoming UNGA sessions in "
                "New York, according to a readout from the White House.")
    assert _cited(sentence) == [("us", SUPPORTED)]


def test_an_acronym_no_readout_spells_out_stays_unsupported():
    sentence = ("During a phone call, President Biden and Prime Minister Modi discussed the upcoming SCO sessions in "
                "New York, according to a readout from the White House.")
    assert _cited(sentence) == [("us", UNSUPPORTED)]


def test_an_acronym_is_spelled_out_by_the_run_of_capitals_whose_initials_it_takes():
    from readout_viewer.core.language.acronyms import spelled_out  # new in round 28: fails to import before
    assert spelled_out("UNGA", US_TEXT) == "United Nations General Assembly"
    assert spelled_out("SCO", US_TEXT) is None


def test_a_relative_clause_after_a_preposition_is_a_part_of_its_own():
    pmo = reading("in", "President Putin briefed Prime Minister about the recent developments regarding Ukraine.",
                  OFFICIAL, "Prime Minister's Office, Government of India", "IN")
    sentence = ("According to a press release issued by the Prime Minister's Office, Putin briefed Prime Minister Modi "
                "about his special operation against Ukraine, in which Russia launched a full-blown attack by land, sea "
                "and air on its neighbouring country.")
    assert cited_verdicts([pmo], f"Snow fell in Delhi. {sentence}") == [("in", SUPPORTED)]


def test_topics_said_to_be_discussed_are_supported_by_an_account_naming_each():
    assert [v for _, v in _cited(TOPICS.format("Bangladesh"))] == [SUPPORTED]


def test_a_topic_no_account_names_stays_unsupported():
    assert [v for _, v in _cited(TOPICS.format("Nepal"))] == [UNSUPPORTED]


def test_a_leader_s_spokesperson_by_name_speaks_for_the_leader_s_side():
    ua = reading("ua", "Ukrainian President Volodymyr Zelensky had a phone call with Chinese President Xi Jinping. "
                 "During a productive conversation, the heads of state discussed bilateral relations.",
                 OFFICIAL, "Office of the President of Ukraine", "UA")
    sentence = ("Zelensky's spokesman Sergiy Nykyforov said on Facebook that the heads of state discussed bilateral "
                "relations during a productive conversation.")
    assert cited_verdicts([ua], f"Snow fell in Kyiv. {sentence}") == [("ua", SUPPORTED)]
