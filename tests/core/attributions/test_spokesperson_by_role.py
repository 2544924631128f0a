"""A spokesperson named by role with "the" and no name ("the Kremlin spokesman said", "..., the German government
spokesman said"): the spokesperson the text named just before, if it did (test_attr_cues), else the source's
unnamed spokesperson, who speaks for its texts."""

import pytest

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("President Joseph R. Biden, Jr. spoke today with {title} {name} of {country}. The leaders discussed "
           "regional security.")
THEIR_TEXT = ("{title} {name} held a telephone conversation with President Joe Biden of the United States. The two "
              "leaders agreed to expand cooperation on clean energy, critical minerals and maritime security.")
SAID = "the two leaders agreed to expand cooperation on clean energy, critical minerals and maritime security"


@pytest.mark.parametrize(("code", "country", "title", "name", "source", "sentence"), [
    ("RU", "Russia", "President", "Vladimir Putin", "President of Russia", f"The Kremlin spokesman said {SAID}."),
    ("RU", "Russia", "President", "Vladimir Putin", "President of Russia",
     f"{SAID[0].upper()}{SAID[1:]}, the Kremlin spokesman said."),
    ("DE", "Germany", "Chancellor", "Olaf Scholz", "Bundesregierung", f"The German government spokesman said {SAID}."),
])
def test_a_spokesperson_by_role_alone_speaks_for_the_source(code, country, title, name, source, sentence):
    texts = [reading("us", US_TEXT.format(title=title, name=name, country=country), OFFICIAL, "The White House", "US"),
             reading("them", THEIR_TEXT.format(title=title, name=name), OFFICIAL, source, code)]
    found = news_attributions(texts, f"{title} {name} spoke with U.S. President Joe Biden on Tuesday. {sentence}")
    assert [(a.cited, a.verdict) for a in found] == [("them", SUPPORTED)]
