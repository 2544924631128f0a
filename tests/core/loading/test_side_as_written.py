"""A side written as a country's name or common short form is read as its code: "side: UK" is Britain's text ("GB",
as the tables of countries and the issuer's own side have it), so that "Downing Street" and "Starmer's office" cite
it; a code or a side no table knows is kept as written."""

import pytest

from readout_viewer.core.loading import metadata
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading


@pytest.mark.parametrize("written,side", [("UK", "GB"), ("Russia", "RU"), ("china", "CN"), ("GB", "GB"),
                                          ("RU", "RU"), ("Valdoria", "Valdoria")])
def test_a_side_is_read_as_its_code(written, side):
    front = {"title": "T", "source": "S", "role": "official", "side": written}
    assert metadata.make_document("ev/file.md", "Text.\n", front).side == side


UK_TEXT = ("The Prime Minister spoke to President Xi Jinping of China this morning. The leaders discussed areas of "
           "shared cooperation, including on trade, the economy and education.")


def test_a_downing_street_spokeswoman_cites_the_text_of_a_side_written_uk():
    uk = metadata.make_document("ev/uk.md", UK_TEXT, {"title": "PM call", "source": "10 Downing Street",
                                                      "role": "official", "side": "UK"})
    official = [reading("uk", UK_TEXT, OFFICIAL, "10 Downing Street", uk.side)]
    found = news_attributions(official, "In the call, the two leaders discussed areas of cooperation, including on "
                                        "trade, the economy and education, a Downing Street spokeswoman said.")
    assert [(a.cited, a.verdict) for a in found] == [("uk", SUPPORTED)]
