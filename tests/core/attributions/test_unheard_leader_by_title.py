"""The leader of a side with no text in the folder, named by the side's adjective and a title ("..., the Qatari emir
said"), is that leader, as the name is ("..., Tamim Hadi said"): checked against the accounts the folder holds."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = ("Qatari Emir Tamim Hadi spoke today with President Dale Morrow. The leaders discussed restoring the northern "
           "grain corridor.")


def _found(news):
    return cited_verdicts([reading("us", US_TEXT, OFFICIAL, "The White House", "US")], f"Snow fell. {news}")


def test_an_unheard_leader_by_adjective_and_title():
    assert _found("The leaders discussed restoring the northern grain corridor, the Qatari emir said.") == \
        [(None, SUPPORTED)]
    assert _found("Qatar will host new talks on the southern river dams in June, the Qatari emir said.") == \
        [(None, UNSUPPORTED)]


def test_as_the_leader_by_name():
    assert _found("The leaders discussed restoring the northern grain corridor, Tamim Hadi said.") == [(None, SUPPORTED)]
