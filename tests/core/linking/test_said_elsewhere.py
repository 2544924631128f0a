"""An outlet sentence that reports a legislator speaking, or a leader's act set before the call ("had earlier
pledged"), reports no claim of a readout (`speakers.said_elsewhere`); the leader's own words on the call still do."""

from readout_viewer.core.language.speakers import said_elsewhere
from readout_viewer.core.model import OUTLET
from tests.builders import linked_starts, text_doc

READOUT = text_doc("north", "Norwegian President Ola Berg spoke today with Swedish President Ivan Sol.\n\nPresident Ola "
                   "Berg noted the effectiveness of the new coastal radar stations along the northern strait.\n\nThe "
                   "leaders agreed to restore safe passage for the fishing fleets of the northern strait, who have "
                   "waited far too long.", side="NO")


def _links(sentence: str) -> set[str]:
    """The readout lines (first 20 characters) an outlet's sentence links, set after the outlet's lede."""
    paper = text_doc("paper", f"Ola Berg and Ivan Sol spoke by phone on Tuesday.\n\n{sentence}", role=OUTLET)
    return {b for a, b in linked_starts(READOUT, paper) if a == sentence[:20]}


def test_a_legislators_words_report_no_readout_line():
    said = ("Senator Karin Lund said on Monday that new radar stations on the coast of the strait in the north proved "
            "their effectiveness.")
    assert said_elsewhere(said)
    assert not _links(said)


def test_an_act_before_the_call_reports_no_readout_line():
    said = ("Ola Berg had earlier pledged at the Nordic Council that passage through the strait in the north would be "
            "restored and safe for fishing fleets that waited too long.")
    assert said_elsewhere(said)
    assert not _links(said)


def test_the_leaders_words_on_the_call_still_report_it():
    said = ("Ola Berg said on the call that passage through the strait in the north would be restored and safe for "
            "fishing fleets that waited too long.")
    assert not said_elsewhere(said)
    assert _links(said)


def test_a_legislator_named_as_no_speaker_is_no_other_occasion():
    assert not said_elsewhere("Berg promised support for the fleets if lawmakers approve the bill as expected.")
    assert not said_elsewhere("Ola Berg said that the senators had approved the bill.")
