"""The round-29 probe (test_probe_sources.py) for sides the countries table lacked and leaders' titles it lacked
(Pakistan, the Philippines, Indonesia, Argentina; crown prince, emir): the leader by name and by title, the government
and the readout by the side's adjective each cite that side's text, supported ("the Argentine president" is no
longer the US president)."""

import pytest

from readout_viewer.core.language.countries import leaders_in
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading
from tests.core.attributions.test_probe_sources import SAID, THEIR_TEXT, US_TEXT

# side, country, adjective, title, leader (None: a name the probe does not cite alone), the text's source
SIDES = (
    ("PK", "Pakistan", "Pakistani", "Prime Minister", "Shehbaz Sharif", "Prime Minister's Office, Pakistan"),
    ("PH", "the Philippines", "Philippine", "President", "Ferdinand Marcos", "Presidential Communications Office"),
    ("ID", "Indonesia", "Indonesian", "President", "Joko Widodo", "Cabinet Secretariat of the Republic of Indonesia"),
    ("AR", "Argentina", "Argentine", "President", "Javier Milei", "Casa Rosada"),
    ("SA", "Saudi Arabia", "Saudi", "Crown Prince", None, "Saudi Press Agency"),
    ("QA", "Qatar", "Qatari", "Emir", None, "Amiri Diwan"),
)
FULL_NAMES = {"SA": "Mohammed bin Salman", "QA": "Tamim bin Hamad"}


def _forms(adjective: str, title: str, last: str | None) -> list[str]:
    cap = SAID[0].upper() + SAID[1:]
    forms = [f"The {adjective} {title.lower()} said {SAID}.", f"{cap}, the {adjective} government said.",
             f"According to the {adjective} readout, {SAID}."]
    return forms + ([f"{last} said that {SAID}.", f"{cap}, {last} said."] if last else [])


@pytest.mark.parametrize("side", SIDES, ids=[s[0] for s in SIDES])
def test_a_side_the_table_lacked_is_cited_by_its_names(side):
    code, country, adjective, title, name, source = side
    full = name or FULL_NAMES[code]
    texts = [reading("us", US_TEXT.format(title=title, name=full, country=country), OFFICIAL, "The White House", "US"),
             reading("them", THEIR_TEXT.format(title=title, name=full), OFFICIAL, source, code)]
    lead = f"{adjective} {title} {full} spoke with U.S. President Joe Biden on Tuesday. "
    missed = [s for s in _forms(adjective, title, name.split()[-1] if name else None)
              if [(a.cited, a.verdict) for a in news_attributions(texts, lead + s)[-1:]] != [("them", SUPPORTED)]]
    assert missed == []


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Jordanian King Abdullah spoke with the President.", "Abdullah", "JO"),
    ("Kuwait's Emir Mishal spoke with the President.", "Mishal", "KW"),
    ("Omani Sultan Haitham spoke with the President.", "Haitham", "OM"),
    ("Bahraini Crown Prince Salman spoke with the President.", "Salman", "BH"),
])
def test_the_gulf_leaders_are_leaders_of_their_side(text, name, code):
    assert leaders_in(text).get(name) == code
