"""The call as the leaders' first contact since a date or in a span: two claims that both say so report each other
(`mentions.first_contacts`), whatever date or span they give; a first meeting is another contact."""

from tests.builders import text_doc
from tests.core.linking.reports import reporting

LINE = ("President Ola Berg had a telephone conversation with President Ivan Sol, held for the first time since "
        "December 2022 at the initiative of the Swedish side.")
NORTH = text_doc("north", f"{LINE}\n\nBerg raised the harbour tariffs and the quotas for the trawlers.\n\n"
                          "The two agreed that the ministers would meet in the spring.", side="NO")


def test_the_first_call_in_a_span_reports_the_first_since_a_date():
    for said in ("Friday's call was the first direct communication between the two leaders in almost two years.",
                 "This was the first phone conversation between the two leaders since Dec. 2022."):
        assert reporting(NORTH, LINE, said) == [said]


def test_a_first_meeting_is_another_contact():
    said = "It was the first meeting between the two leaders in almost two years."
    assert not reporting(NORTH, LINE, said)
