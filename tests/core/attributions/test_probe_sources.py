"""The probe of round 29: sources of the governments a call may involve, by the names English reporting gives them
(leader, office, foreign ministry, seat, side, government), in the cue forms a reader meets, each pinning the other
side's readout sentence on that side; every combination must find the attribution, on the right side, supported."""

import pytest

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("President Joseph R. Biden, Jr. spoke today with {title} {name} of {country}. The leaders discussed "
           "regional security and the global economy.")
THEIR_TEXT = ("{title} {name} held a telephone conversation with President Joe Biden of the United States. The two "
              "leaders agreed to expand cooperation on clean energy, critical minerals and maritime security.")
SAID = "the two leaders agreed to expand cooperation on clean energy, critical minerals and maritime security"
# side, country, adjective, title, leader, the official text's source as a folder gives it, the names outlets cite
SIDES = (
    ("GB", "the United Kingdom", "British", "Prime Minister", "Boris Johnson", "Prime Minister's Office, 10 Downing "
     "Street", ("Downing Street", "the Prime Minister's Office", "the British government", "Johnson")),
    ("FR", "France", "French", "President", "Emmanuel Macron", "\u00c9lys\u00e9e",
     ("the \u00c9lys\u00e9e", "Paris", "the French presidency", "Macron")),
    ("DE", "Germany", "German", "Chancellor", "Olaf Scholz", "Bundesregierung",
     ("Berlin", "the German government", "the Chancellery", "Scholz")),
    ("KR", "the Republic of Korea", "South Korean", "President", "Yoon Suk Yeol",
     "Office of the President of the Republic of Korea", ("the presidential office", "Seoul", "Yoon's office", "Yoon")),
    ("JP", "Japan", "Japanese", "Prime Minister", "Fumio Kishida", "Ministry of Foreign Affairs of Japan",
     ("the Japanese foreign ministry", "Tokyo", "the Japanese side", "Kishida")),
    ("CA", "Canada", "Canadian", "Prime Minister", "Justin Trudeau", "Prime Minister of Canada",
     ("the Prime Minister's Office", "Ottawa", "Trudeau's office", "Trudeau")),
    ("EG", "Egypt", "Egyptian", "President", "Abdel Fattah El-Sisi", "Presidency of the Arab Republic of Egypt",
     ("the Egyptian presidency", "Cairo", "the Egyptian side", "El-Sisi")),
    ("TR", "T\u00fcrkiye", "Turkish", "President", "Recep Tayyip Erdo\u011fan",
     "Presidency of the Republic of T\u00fcrkiye, Directorate of Communications",
     ("the Directorate of Communications", "Ankara", "the Turkish presidency", "Erdo\u011fan")),
)
# The cue forms: before, after and in the middle of the words, verbs of saying and of a stance taken.
FORMS = ("{S} said that {s}.", "{Cap}, said {S}.", "According to {S}, {s}.", "{Cap}, according to {S}.",
         "{S} stressed that {s}.", "The two leaders, {S} said, agreed to expand cooperation on clean energy, critical "
         "minerals and maritime security.", "{S} underlined that {s}.", "{S} reaffirmed that {s}.")


def _cap(words: str) -> str:
    return words[0].upper() + words[1:]


@pytest.mark.parametrize("side", SIDES, ids=[s[0] for s in SIDES])
def test_each_source_in_each_cue_form_cites_its_side(side):
    code, country, adjective, title, name, source, cited_by = side
    texts = [reading("us", US_TEXT.format(title=title, name=name, country=country), OFFICIAL, "The White House", "US"),
             reading("them", THEIR_TEXT.format(title=title, name=name), OFFICIAL, source, code)]
    lead = f"{adjective} {title} {name} spoke with U.S. President Joe Biden on Tuesday. "
    missed = []
    for who in cited_by:
        for form in FORMS:
            sentence = _cap(form.format(S=who, s=SAID, Cap=_cap(SAID)))
            found = news_attributions(texts, lead + sentence)
            if [(a.cited, a.verdict) for a in found[-1:]] != [("them", SUPPORTED)]:
                missed.append(sentence)
    assert missed == []
