"""An account placed where its source sits ("..., a statement in Moscow said", a side's seat) is that side's account, as
"a statement from Moscow" is (cue_words.FROM)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

RU_TEXT = "Vladimir Putin had a telephone conversation with Joe Biden. The leaders agreed to reopen the river port."


def test_a_statement_in_the_seat_is_the_sides_account():
    assert cited_verdicts([reading("ru", RU_TEXT, OFFICIAL, "Kremlin", "RU")],
                          "The two leaders agreed to reopen the river port, a statement in Moscow said.") == [
        ("ru", SUPPORTED)]
