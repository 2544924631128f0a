"""A second counterpart in one official text that shares everything the best one shares with an outlet sentence, and
more, reports it too, however much lower its score: a longer sentence scores lower for its other words alone."""

from tests.builders import paper_links, text_doc

SHORT = "Talks on the salmon quota will begin at once."
PAPER = "Talks on the herring and salmon quota will begin at once, Berg announced."


def _north(second: str):
    """Norway's readout: the leaders spoke, the short line, then `second`."""
    return text_doc("north", "Norwegian President Ola Berg spoke today with Swedish President Ivan Sol.\n\n"
                    f"{SHORT}\n\n{second}", side="NO")


def test_a_fuller_second_counterpart_is_reported():
    fuller = ("Norway and Sweden will begin talks on the salmon quota at once and, more importantly, on an end to the "
              "herring dispute in the northern fishing grounds, which has strained the harbours of both countries.")
    assert paper_links(_north(fuller), PAPER) == {(PAPER[:20], SHORT[:20]), (PAPER[:20], fuller[:20])}


def test_a_second_that_lacks_what_the_best_shares_is_not():
    # as many concepts shared (the herring for the quota), above the threshold: another statement, not a fuller one
    other = "Norway and Sweden will begin talks on the herring and salmon catch at once."
    assert paper_links(_north(other), PAPER) == {(PAPER[:20], SHORT[:20])}
