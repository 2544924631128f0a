"""An account named with whom its call was ("a Norwegian readout of the call with Sol said"): the source is the
account's, the names after "with" or "between" part of its name, not a person who speaks."""

import pytest

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

READOUT = reading("no", "Prime Minister Ola Berg spoke with Prime Minister Eva Sol of Sweden. Prime Minister Berg "
                        "welcomed the joint patrol of the northern strait as a sign of trust between the fleets.",
                  role=OFFICIAL, source="Office of the Norwegian Prime Minister", side="NO")


@pytest.mark.parametrize("account", ["a Norwegian readout of the call with Sol",
                                     "the Norwegian readout of the conversation between Berg and Sol"])
def test_the_account_of_the_call_with_someone_is_the_source(account):
    news = f"Berg welcomed the joint patrol of the northern strait as a sign of trust between the fleets, {account} said."
    assert cited_verdicts([READOUT], news) == [("no", SUPPORTED)]
