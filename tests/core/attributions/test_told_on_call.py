"""A statement that opens on the call's scene ("Lena Varga had a phone conversation with Tomas Brek of Eastland, during
which ...") is charged as misattributed only on what the clause after "during which" says was said: the scene and the
leaders' names are in every account of the call, no evidence of where the point was made; nor is a statement that only
says the call took place between the parties it names with a title ever charged."""

from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

WEST = "The Westland chancellery reports on the river trade. Lena Varga raised the price of grain at the harbour."
EAST = ("Eastland President Tomas Brek and Westland President Lena Varga held a phone conversation today. The two "
        "presidents agreed to open the northern ferry line before winter.")


def _found(news):
    official = [reading("west", WEST, OFFICIAL, "Westland Chancellery", "US"),
                reading("east", EAST, OFFICIAL, "Eastland News Agency", "RU")]
    return cited_verdicts(official, f"Snow fell. {news}")


def test_the_scene_before_during_which_is_no_evidence():
    assert _found("Westland President Lena Varga had a phone conversation with Eastland President Tomas Brek, during "
                  "which both voiced deep concern over the flooding of the southern delta valley, according to a "
                  "statement issued by the Westland Chancellery.") == [("west", UNSUPPORTED)]


def test_what_was_said_on_the_call_is_still_evidence():
    assert _found("Westland President Lena Varga had a phone conversation with Eastland President Tomas Brek, during "
                  "which the two presidents agreed to open the northern ferry line before winter, according to a "
                  "statement issued by the Westland Chancellery.") == [("west", MISATTRIBUTED)]


def test_the_call_between_the_parties_named_with_a_title_is_no_evidence():
    # only that the call took place, between the parties as Eastland's account names them (judge._published with
    # `charged`: countries.TITLED_NAME); the cited source's own account made public
    assert _found("Westland President Lena Varga held her first call with Eastland President Tomas Brek on Tuesday, "
                  "according to a statement issued by the Westland Chancellery.") == [("west", SUPPORTED)]
