"""An aide's account of the call opens on the leaders however the outlet names them and tells their act: two leaders
with their titles ("President Ola Berg and President Eva Sol discussed ..."), an act in the past
perfect ("Berg had told Sol ...") or a topic they "talked about"."""

import pytest

from tests.builders import NORTH, north_south


@pytest.mark.parametrize(("news", "who"), [
    ("President Ola Berg and President Eva Sol discussed sending three warships to the northern strait next month, "
     "presidential aide Anders Lund said.", "President Ola Berg and President Eva Sol (as Anders Lund tells it)"),
    ("Presidential aide Anders Lund said Berg had told Sol that Norway would send three warships to the northern "
     "strait next month.", "Berg (as Anders Lund tells it)"),
    ("Berg and Sol talked about sending three warships to the northern strait next month, presidential aide Anders "
     "Lund said.", "Berg and Sol (as Anders Lund tells it)"),
])
def test_an_aides_account_of_the_leaders_act_in_no_readout_is_listed(tmp_path, news, who):
    analysis = north_south(tmp_path, NORTH, news)
    [detail] = [u.detail for u in analysis.unreported]
    assert detail.startswith(f"reports what {who} said on the call; no official account of the event carries it")


def test_two_names_that_are_not_the_leaders_relay_no_one(tmp_path):
    news = ("Harbour Master Nils Dahl and Captain Per Holm discussed sending three warships to the northern strait "
            "next month, presidential aide Anders Lund said.")
    assert not north_south(tmp_path, NORTH, news).unreported
