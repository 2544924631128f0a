"""A leader the official text names with a particle ("Crown Prince Fahad bin Tarek") is a source where an outlet
calls him as prose shortens the name ("bin Tarek stated that ..."): his side's readout is checked, not "a source
outside the folder"."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

READOUT = reading("spa", "Saudi Crown Prince Fahad bin Tarek received a call from the Norwegian Prime Minister. "
                         "The Crown Prince affirmed the Kingdom's support for the fishing accord in the northern "
                         "strait.", role=OFFICIAL, source="Saudi Press Agency", side="SA")


def test_the_patronymic_name_cites_his_sides_readout():
    news = "Bin Tarek stated that the Kingdom supports the fishing accord in the northern strait."
    assert cited_verdicts([READOUT], news) == [("spa", SUPPORTED)]


def test_the_fathers_name_alone_is_not_the_leader():
    news = "Tarek stated that the Kingdom supports the fishing accord in the northern strait."
    assert ("spa", SUPPORTED) not in cited_verdicts([READOUT], news)
