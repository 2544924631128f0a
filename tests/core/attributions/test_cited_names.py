"""A government's account cited by the names of its bodies and state media (cited_names): a ruler's court by its own
name stands for a side with no text in the folder, a state agency for its side's readout (attr35)."""

from readout_viewer.core.attributions.absent import not_in_folder
from readout_viewer.core.attributions.side_names import carries, unheard_bodies
from readout_viewer.core.loading.cited_names import account_names
from readout_viewer.core.model import OFFICIAL
from tests.builders import news_attributions, reading

# A Russian readout: the two leaders discussed fishing quotas.
EAST = ("President of Russia Ivan Petrov had a telephone conversation with Norwegian Prime Minister Ola Berg. The two "
        "leaders discussed fishing quotas in the Barents Sea.")
# A US readout alone: Qatar, whose emir it titles, has no text in the folder.
WEST = ("US President Ann Hale spoke today with Qatari Emir Ola bin Per Al Sund. President Hale thanked the Emir for "
        "his help in freeing the detained fishermen.")


def test_a_rulers_court_and_a_state_agency_by_their_own_names():
    assert "amiri diwan" in account_names("QA") and "tass" in account_names("RU")
    assert "amiri diwan" in unheard_bodies({"QA"})
    assert carries("TASS") and carries("the Anadolu Agency") and not carries("Reuters")


def test_a_state_agency_cites_its_sides_readout():
    east = reading("east", EAST, role=OFFICIAL, source="Kremlin", side="RU")
    news = "TASS reported that the two leaders discussed fishing quotas in the Barents Sea.\n"
    found = news_attributions([east], news)
    assert [(a.cited_as, a.cited, a.verdict) for a in found] == [("TASS", "east", "supported")]


def test_the_court_of_a_side_with_no_text_is_its_government():
    west = reading("west", WEST, role=OFFICIAL, source="The White House", side="US")
    news = ("President Hale called the Emir to thank him for his help in freeing the detained fishermen, the Amiri "
            "Diwan said on Monday.\n")
    found = news_attributions([west], news)
    assert [(a.cited_as, a.verdict) for a in found] == [("the Amiri Diwan", "supported")]


def test_an_agency_is_named_as_written_in_the_note():
    assert not_in_folder("RU", "tass") == "; TASS\u2019s own account is not in this folder"
