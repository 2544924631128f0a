"""A statement that only says the call took place between the parties it names with a title ("US President ... held
his first call with Abu Dhabi Crown Prince ... on Tuesday, the White House said") is never charged as misattributed
on another text that spells the names as it does: the names and the scene are in every account of the call. It is
the cited source's own account made public (judge._published with `charged`)."""

from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

# Westland's readout names the leaders by their last names; Eastland's names both as the outlet does.
WEST = "President Varga spoke today with Brek. Varga raised the price of grain."
EAST = ("Eastland Grand President Tomas Brek and Westland President Lena Varga held a phone conversation today. The "
        "two presidents agreed to open the northern ferry line before winter.")


def _found(news):
    official = [reading("west", WEST, OFFICIAL, "Westland Chancellery", "US"),
                reading("east", EAST, OFFICIAL, "Eastland News Agency", "RU")]
    return cited_verdicts(official, f"Snow fell. {news}")


def test_the_call_between_the_titled_parties_is_the_cited_accounts_own():
    assert _found("Westland President Lena Varga held her first call with Eastland Grand President Tomas Brek on "
                  "Tuesday, according to a statement issued by the Westland Chancellery.") == [("west", SUPPORTED)]


def test_a_point_besides_the_names_is_still_charged():
    assert _found("Westland President Lena Varga held her first call with Eastland Grand President Tomas Brek, and "
                  "the two presidents agreed to open the northern ferry line before winter, according to a statement "
                  "issued by the Westland Chancellery.") == [("west", MISATTRIBUTED)]
