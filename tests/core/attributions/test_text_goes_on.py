"""A text that goes on ('"...," continues the statement', "The statement continues: ..."), a spokesperson named by role
alone ("The spokesperson reiterated ...") and a story "citing" an account, state media or a leader's administration
("Erdogan's administration said") cite that source."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED
from tests.core.attributions.test_leader_offices import _found as _titled_found
from tests.core.attributions.test_state_media import _found as _state_found
from tests.core.attributions.test_text_verbs import SAID, _found

NAMED = "The White House put out a readout on Monday. "
QUOTED = f"\u201c{SAID.capitalize()}"


def test_a_statement_that_continues_after_its_quotation():
    assert _found(f"{NAMED}{QUOTED}\u201d continues the statement.") == [("us", SUPPORTED)]
    assert _found(f"{NAMED}{QUOTED},\u201d continued the statement.") == [("us", SUPPORTED)]


def test_a_statement_that_continues_before_its_words():
    assert _found(f"{NAMED}The statement continues: {QUOTED}.\u201d") == [("us", SUPPORTED)]
    assert _found(f"{NAMED}The statement goes on to say that {SAID}.") == [("us", SUPPORTED)]


def test_talks_or_a_person_that_continue_cite_nothing():
    assert _found(f"Snow fell. The talks continued as {SAID}.") == []
    assert _found(f"Snow fell. {QUOTED}\u201d continues Rossi.") == []


def test_citing_the_account_named_before():
    assert _found(f"{NAMED}{SAID.capitalize()}, the paper wrote, citing the readout.") == [("us", SUPPORTED)]


def test_citing_state_media():
    assert _state_found("The two countries should expand trade in salmon and solar panels, the paper wrote, citing "
                        "state media.") == [("cn", "state media", SUPPORTED)]


def test_a_leaders_administration_is_the_body_of_the_leaders_readouts():
    said = "the leaders reviewed the progress in the partnership on clean energy and space cooperation"
    assert _titled_found(f"Snow fell. \u201c{said.capitalize()},\u201d Modi's administration said.") == [
        ("in", SUPPORTED)]
    # an institution's words: the other side's account alone carries them
    assert _titled_found(f"Snow fell. \u201c{said.capitalize()},\u201d Biden's administration said.") == [
        ("us", MISATTRIBUTED)]


def test_a_spokesperson_named_by_role_alone_speaks_for_the_institution_named_before():
    assert _found(f"{NAMED}The spokesperson reiterated that {SAID}.") == [("us", SUPPORTED)]
    assert _found(f"Snow fell. The spokesperson reiterated that {SAID}.") == []
