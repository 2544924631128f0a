"""A spokesperson titled by field or rank after the leader ("President Buhari's media spokesman Femi Adesina",
people._QUALIFIERS), and what a source made known to someone ("disclosed to CNN that ...", cue_words.VERBS): the
fourth attribution probe, eval/attr_probe4.yaml."""

from readout_viewer.core.model import OFFICIAL
from tests.builders import news_attributions, reading

SPOKEN = "Mr. Buhari had spoken to his American counterpart from London"


def _nigeria_and_us() -> list:
    ng = reading("ng", "Nigerian President Muhammadu Buhari spoke with U.S. President Donald Trump. The two leaders "
                 "discussed the fight against terrorism.", OFFICIAL, "State House, Federal Republic of Nigeria", "NG")
    us = reading("us", "U.S. President Donald Trump spoke with Nigerian President Muhammadu Buhari. The leaders "
                 "discussed trade.", OFFICIAL, "The White House", "US")
    return [ng, us]


def test_a_leader_s_media_spokesman_speaks_for_the_leader_s_side():
    found = news_attributions(_nigeria_and_us(), "Snow fell. President Buhari’s media spokesman Femi Adesina said "
                              f"that {SPOKEN}.")
    assert [a.cited for a in found] == ["ng"]


def test_disclosed_to_an_outlet_that_is_said():
    found = news_attributions(_nigeria_and_us(), "Snow fell. President Buhari’s spokesman Femi Adesina disclosed to "
                              f"CNN that {SPOKEN}.")
    assert [a.cited for a in found] == ["ng"]


def test_disclosed_details_is_no_saying():
    found = news_attributions(_nigeria_and_us(), "Snow fell. The paper disclosed details of the call to its readers.")
    assert not [a for a in found if a.cited]
