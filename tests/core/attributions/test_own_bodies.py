"""A body an official readout names as speaking in its own text ("..., the Presidential Administration said, agerpres
reports") is a name of that text: an outlet's "the Presidential Administration announces" cites it, as its source's
name would. Not a leader's title ("The Prime Minister added"), not another side's body, not in a briefing."""

from dataclasses import replace

from readout_viewer.core.attributions.own_bodies import own_bodies, source_bodies
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

RO_TEXT = ("President Klaus Iohannis had a telephone conversation with President Volodymyr Zelensky, the Presidential "
           'Administration informed. "The President of Romania assured Ukraine of our continued strong support," the '
           "Presidential Administration said, the agency reports.")
RO_SOURCE = "Eastern News Agency (the Presidential Administration's account)"


def test_a_body_the_readout_names_as_speaking_is_its_name():
    assert own_bodies(reading("ro", RO_TEXT, OFFICIAL, RO_SOURCE, "RO")) == ["presidential administration"]


def test_an_outlet_citing_that_body_cites_the_readout():
    official = [reading("ro", RO_TEXT, OFFICIAL, RO_SOURCE, "RO")]
    assert cited_verdicts(official, "Iohannis assured Ukraine of continued strong support, the Presidential "
                                    "Administration said on Tuesday.") == [("ro", SUPPORTED)]


def test_a_verb_in_the_present_names_a_source():
    official = [reading("ro", RO_TEXT, OFFICIAL, RO_SOURCE, "RO")]
    assert cited_verdicts(official, "Iohannis had a telephone conversation with Zelensky on Tuesday, the "
                                    "Presidential Administration announces.") == [("ro", SUPPORTED)]


def test_a_leader_by_title_or_another_sides_body_is_no_body_of_the_text():
    text = "The Prime Minister added that the talks would go on. The Russian Foreign Ministry said nothing."
    assert own_bodies(reading("uk", text, OFFICIAL, "Prime Minister's Office", "GB")) == []


def test_a_briefing_or_an_outlet_names_no_body_of_its_own():
    briefing = replace(reading("ro", RO_TEXT, OFFICIAL, RO_SOURCE, "RO"), kind="briefing")
    assert own_bodies(briefing) == []
    assert own_bodies(reading("news", RO_TEXT)) == []


# A source line's other name for its body: a proper name in parentheses, a street after its number.

def test_a_source_lines_other_names_are_the_texts():
    chigi = reading("it", "The President spoke with President Biden.", OFFICIAL,
                    "Presidency of the Council of Ministers (Palazzo Verrani), Italy", "IT")
    street = reading("gb", "The Prime Minister spoke with President Biden.", OFFICIAL,
                     "Prime Minister's Office, 12 Harrowgate Street (news story, as republished by a site)", "GB")
    assert source_bodies(chigi) == ["palazzo verrani"]
    assert source_bodies(street) == ["harrowgate street"]


def test_an_outlet_citing_the_source_lines_other_name_cites_the_text():
    official = [reading("it", "Prime Minister Vessi discussed grain exports with President Biden.", OFFICIAL,
                        "Presidency of the Council of Ministers (Palazzo Verrani), Italy", "IT")]
    assert cited_verdicts(official, "Vessi discussed grain exports with Biden, a note from Palazzo Verrani "
                                    "said.") == [("it", SUPPORTED)]


def test_a_handle_a_note_a_title_or_a_country_in_parentheses_is_no_body():
    for source in ("Klaus Iohannis, President of Romania (@KlausIohannis on X)", "Prime Minister's Office (Canada)",
                   "President of Ukraine (Office of the President)", "Xinhua News Agency (as carried by Some Site)"):
        assert source_bodies(reading("x", "Text.", OFFICIAL, source, "UA")) == []
