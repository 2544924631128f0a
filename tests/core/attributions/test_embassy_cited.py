"""A side's embassy is one of its government's offices: "the US Embassy said in a statement that ..." cites that side's
readout, which holds the words, and "it added" goes on for it."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_unnamed_spokesperson import SAID, _cited


def test_the_embassy_of_a_side_cites_its_readout():
    assert _cited(f"The British Embassy said in a statement that {SAID}.") == [("gb", SUPPORTED)]
    assert _cited(f"The UK embassy said that {SAID}.") == [("gb", SUPPORTED)]


def test_it_goes_on_for_the_embassy():
    found = _cited(f"The British Embassy said in a statement that the leaders spoke. \u201c{SAID[0].upper()}{SAID[1:]},"
                   "\u201d it added.")
    assert found[-1] == ("gb", SUPPORTED)
