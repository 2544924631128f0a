"""An unnamed official's words their side's texts lack are no charge (test_unnamed_spokesperson.py), and are not
listed; but an official of a side with no text in the folder is judged as that side's named spokespeople are,
unsupported by the folder ("Scholz and Putin agreed to stay in touch, according to a German government official.
The chancellor "emphasized that ...," the official added.": the second was found as the first was not)."""

from readout_viewer.core.model import OFFICIAL, UNSUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("President Biden spoke today with German Chancellor Olaf Scholz. Both believe very strongly in the grain "
           "corridor to Valdoria.")


def test_the_official_of_a_side_without_a_text_goes_on_unsupported():
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US")]
    found = news_attributions(official, "Scholz and Biden agreed to stay in touch, according to a German government "
                                        "official. The chancellor \"stressed that Germany will send three warships to "
                                        "the northern fjord,\" the official added.")
    assert [(a.cited, a.verdict, a.cited_as) for a in found][-1] == (
        None, UNSUPPORTED, "the official (a German government)")
