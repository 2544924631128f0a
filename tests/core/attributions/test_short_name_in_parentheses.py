"""An official source written with its short name in parentheses ("Emirates News Agency (WAM)") goes by its name
and by that short name, in capitals or not ("according to the Gulf Press Agency", "Gpa said"); an outlet's
parentheses name a place or the wire it carries, no name of its own."""

from readout_viewer.core.model import OFFICIAL, OUTLET, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

GULF_TEXT = "The President received a call today. The leaders discussed restoring the northern grain corridor."
POINT = "the leaders discussed restoring the northern grain corridor"


def _found(news, source="Gulf Press Agency (GPA), Kingdom of Norland"):
    return cited_verdicts([reading("gpa", GULF_TEXT, OFFICIAL, source, "NL")], f"Snow fell. {news}")


def test_the_name_before_the_short_name():
    assert _found(f"According to the Gulf Press Agency (GPA), {POINT}.") == [("gpa", SUPPORTED)]


def test_the_short_name_in_capitals_or_not():
    assert _found(f"The news agency GPA said {POINT}.") == [("gpa", SUPPORTED)]
    assert _found(f"{POINT.capitalize()}, state news agency Gpa reported on Wednesday.") == [("gpa", SUPPORTED)]


def test_no_short_name_but_in_capitals():
    assert _found(f"{POINT.capitalize()}, Gpa said.", "Gulf Press Agency (Gulf desk)") == [(None, UNSUPPORTED)]


def test_an_outlets_parentheses_name_the_wire_it_carries():
    official = reading("gpa", GULF_TEXT, OFFICIAL, "Gulf Press Agency (GPA)", "NL")
    outlet = reading("tv", "Rain fell on the coast.", OUTLET, "Coast TV (PTN)")
    found = cited_verdicts([official, outlet], f"Snow fell. {POINT.capitalize()}, PTN said.")
    assert all(cited != "tv" for cited, _ in found)
