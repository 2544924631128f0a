"""A claim asked again by a later stage or for another text it is compared with is answered from memory: its reported
part, its pieces, whether it restates, says what was discussed or how long the call took (a stand-in that refuses the
work after the first ask), with the answer of the first ask."""

import pytest

from readout_viewer.core.linking import claim_parts, mentions, readouts
from tests.builders import asked_again


@pytest.fixture(autouse=True)
def _cleared():
    for memo in (claim_parts.reported, claim_parts.parts, readouts.restates, mentions.discusses, mentions._timed):
        getattr(memo, "cache_clear", lambda: None)()  # no memo: nothing kept to clear


def test_a_claims_reported_part_is_read_once(monkeypatch):
    claim = "Ushakov said that the talks were frank, the Kremlin press service said."
    first, again = asked_again(monkeypatch, lambda: claim_parts.reported(claim), (claim_parts, "_FRAME"),
                               (claim_parts, "_TAIL"))
    assert first == "the talks were frank" == again


def test_a_claims_pieces_are_cut_once(monkeypatch):
    claim = "They discussed trade; they agreed to meet again"
    first, again = asked_again(monkeypatch, lambda: claim_parts.parts(claim), (claim_parts, "_PIECES"))
    assert first == ["They discussed trade", " they agreed to meet again"] == again


def test_a_restatement_is_read_once(monkeypatch):
    claim = "As I said, the President was direct."
    assert asked_again(monkeypatch, lambda: readouts.restates(claim), (readouts, "RESTATED")) == (True, True)


def test_what_was_discussed_and_how_long_are_read_once(monkeypatch):
    claim = "the leaders discussed the war in a call that lasted two hours"
    first, again = asked_again(monkeypatch, lambda: (mentions.discusses(claim), mentions._timed(claim)),
                               (mentions, "DISCUSSED"), (mentions, "call_duration"))
    assert first[0] and first == again
