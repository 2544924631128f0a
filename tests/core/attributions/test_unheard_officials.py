"""The unnamed officials of a side the folder has no text of, whose leader an official text names ("German officials
told TASS news agency that ...", the Kremlin's readout of a call with Scholz): a source, unsupported by the folder's
texts, as that side's leader and government are (the unheard sides, attr15)."""

from readout_viewer.core.model import OFFICIAL, UNSUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("President Biden spoke today with German Chancellor Olaf Scholz. Both believe very strongly in the grain "
           "corridor to Valdoria.")


def test_an_unheard_sides_officials_are_a_source():
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US")]
    found = news_attributions(official, "German officials told reporters that Berlin will send three warships to the "
                                        "northern fjord.")
    assert [(a.cited, a.verdict, a.cited_as) for a in found] == [(None, UNSUPPORTED, "German officials")]
