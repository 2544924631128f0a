"""A carrier's "quoted X as" with a verb of saying other than "saying" ("The Jakarta Post quoted Prabowo as expressing
his shock ...", named_cues.QUOTED_AS), and with the one quoted named by a leader's aide's title and a name between
commas ('the report quoted Ramaphosa's spokesperson, Vincent Magwenya, as saying', named_cues.QUOTED_NAME): the second
and fourth attribution probes, eval/attr_probe2.yaml and eval/attr_probe4.yaml."""

from readout_viewer.core.model import OFFICIAL
from tests.builders import news_attributions, reading

AGREED = "both presidents agreed on the need to meet soon"


def _south_africa_and_us() -> list:
    za = reading("za", f"South African President Cyril Ramaphosa spoke with U.S. President Donald Trump. {AGREED[0].upper()}"
                 f"{AGREED[1:]}.", OFFICIAL, "The Presidency, Republic of South Africa", "ZA")
    us = reading("us", "U.S. President Donald Trump spoke with South African President Cyril Ramaphosa. The leaders "
                 "discussed trade.", OFFICIAL, "The White House", "US")
    return [za, us]


def test_quoted_as_expressing_is_the_one_quoted_s():
    found = news_attributions(_south_africa_and_us(), "Snow fell. The paper quoted Ramaphosa as expressing the hope "
                              f"that {AGREED}.")
    assert [a.cited for a in found] == ["za"]


def test_quoted_a_leader_s_spokesperson_by_name_as_saying_is_the_side_s():
    found = news_attributions(_south_africa_and_us(), f"Snow fell. “{AGREED[0].upper()}{AGREED[1:]},” the report "
                              "quoted Ramaphosa’s spokesperson, Vincent Magwenya, as saying.")
    assert [a.cited for a in found] == ["za"]


def test_quoted_as_an_example_is_no_saying():
    found = news_attributions(_south_africa_and_us(), "Snow fell. The paper quoted Ramaphosa as an example of "
                              "restraint.")
    assert not [a for a in found if a.cited]
