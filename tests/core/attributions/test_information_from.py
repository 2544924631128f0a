"""What a source made known, named before it ("according to information from the Kremlin, ..."), is its account, as "a
statement from the Kremlin" is (named_cues.INFORMATION_FROM)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

RU_TEXT = "Vladimir Putin had a telephone conversation with Joe Biden. The leaders agreed to reopen the river port."


def test_information_from_a_source_is_its_account():
    assert cited_verdicts([reading("ru", RU_TEXT, OFFICIAL, "Kremlin", "RU")],
                          "According to information from the Kremlin, the two leaders agreed to reopen the river "
                          "port.") == [("ru", SUPPORTED)]
