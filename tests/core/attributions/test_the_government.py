""""The government" named by that word alone cites a government of the call, any official text of the event ("...,
said the government after the leaders spoke", "according to a government statement"); a name after a preposition
is nobody speaking ("developments in Bangladesh, particularly over ..., said the government")."""

from readout_viewer.core.model import SUPPORTED, UNSUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_said_the_government_cites_the_official_texts():
    a = only(check(folder("Snow fell. The President pledged that no new missile batteries would be placed near the "
                          "northern border, said the government after the leaders spoke.")))
    assert (a.cited_as, a.verdict) == ("the government", SUPPORTED)
    assert a.cited in ("us", "ru")


def test_according_to_a_government_statement():
    a = only(check(folder("Snow fell. According to a government statement, the President pledged that no new "
                          "missile batteries would be placed near the northern border.")))
    assert (a.cited_as, a.verdict) == ("a government statement", SUPPORTED)


def test_a_place_after_a_preposition_is_no_speaker():
    a = only(check(folder("Snow fell. Both sides voiced concern about developments in Norland, particularly over "
                          "the fishing fleets, said the government after the leaders spoke.")))
    assert (a.cited_as, a.verdict) == ("the government", UNSUPPORTED)


def test_a_government_placed_elsewhere_is_not_the_call_s():
    found = check(folder("Snow fell. The fishing fleets would stay in port all week, said the government of Norland."))
    assert all(a.cited_as != "the government" for a in found if a.doc == "news")


# "The administration" named by that word alone is a government of the call as "the government" is ("..., on his
# victory, the administration said"); not one placed or named otherwise ("the administration of Norland").

def test_said_the_administration_cites_the_official_texts():
    a = only(check(folder("Snow fell. The President pledged that no new missile batteries would be placed near the "
                          "northern border, the administration said.")))
    assert (a.cited_as, a.verdict) == ("the administration", SUPPORTED)


def test_an_administration_placed_elsewhere_is_not_the_call_s():
    found = check(folder("Snow fell. The fishing fleets would stay in port all week, said the administration of "
                         "Norland."))
    assert all(a.cited_as != "the administration" for a in found if a.doc == "news")
