"""Where a source said it, between its name and the verb ("the British Prime Minister in a tweet confirmed that ...",
"the Kremlin in a statement said"), is part of the cue, as a day is ("Putin on Tuesday said")."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only

SAID = "the President pledged that no new missile batteries would be placed near the northern border"


def test_the_channel_between_the_source_and_its_verb():
    a = only(check(folder(f"Snow fell. The Kremlin in a statement said {SAID}.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
    a = only(check(folder(f"Snow fell. The Kremlin on its Telegram channel said {SAID}.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
