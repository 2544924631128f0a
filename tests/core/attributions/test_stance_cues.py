"""A stance a source takes on the call ("Putin underlined ...", "Biden reaffirmed ...", "Modi thanked ...") pins the
words on it, as a verb of saying does; a leader's stance is never a report in no readout, nor a pronoun's after it."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import NORTH, cited_verdicts, north_south, reading

RU_TEXT = ("President of Russia Vladimir Putin spoke with President of Finland Anna Berg. Vladimir Putin underlined the "
           "need to remove the root causes of the crisis on the northern border.")
FI_TEXT = "President Anna Berg spoke with President Vladimir Putin. The leaders discussed the border."
OFFICIAL_TEXTS = [reading("ru", RU_TEXT, OFFICIAL, "President of Russia", "RU"),
                  reading("fi", FI_TEXT, OFFICIAL, "Office of the President of Finland", "FI")]
LEAD = "Russian President Vladimir Putin spoke with Finnish President Anna Berg on Monday. "


def test_a_leaders_stance_is_pinned_on_the_leader():
    for verb in ("underlined", "reaffirmed", "underscored", "highlighted", "expressed", "stressed"):
        sentence = f"Putin {verb} the need to remove the root causes of the crisis on the northern border."
        assert cited_verdicts(OFFICIAL_TEXTS, LEAD + sentence) == [("ru", SUPPORTED)], verb


def test_what_a_leader_conveyed_voiced_or_briefed_on_is_pinned_on_the_leader():
    for verb in ("conveyed", "voiced", "asserted", "recalled", "briefed Berg on"):
        sentence = f"Putin {verb} the need to remove the root causes of the crisis on the northern border."
        assert cited_verdicts(OFFICIAL_TEXTS, LEAD + sentence) == [("ru", SUPPORTED)], verb


def test_what_a_leader_called_for_or_pressed_is_pinned_on_the_leader():
    for verb in ("called for", "pressed for"):
        sentence = f"Putin {verb} the removal of the root causes of the crisis on the northern border."
        assert [v for _, v in cited_verdicts(OFFICIAL_TEXTS, LEAD + sentence)] == [SUPPORTED], verb


def test_an_institutions_stance_is_pinned_on_it():
    assert cited_verdicts(OFFICIAL_TEXTS, LEAD + "The Kremlin welcomed the need to remove the root causes of the "
                                                 "crisis on the northern border.") == [("ru", SUPPORTED)]


STANCE = "President Berg reaffirmed that Norway would send three warships to the northern strait next month."
ADDED = " He said that Norway would open two new harbours on the western coast before the winter.\n"


def _checked(root, news):
    """The cue words of each attribution of the news text, and the texts of the claims listed as in no readout."""
    analysis = north_south(root, NORTH, news)
    return ([a.cited_as for a in analysis.attributions if a.doc == "news"],
            [analysis.claim[u.claim].text for u in analysis.unreported])


def test_a_leaders_stance_is_checked_but_no_report_in_no_readout(tmp_path):
    assert _checked(tmp_path, STANCE + "\n") == (["Berg"], [])


def test_nor_what_a_pronoun_adds_for_that_stance(tmp_path):
    assert _checked(tmp_path, STANCE + ADDED) == (["Berg", "He (Berg)"], [])
