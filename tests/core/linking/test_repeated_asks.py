"""A claim asked again by a later stage or for another text it is compared with is answered from memory: its reported
part, its pieces, whether it restates, says what was discussed or how long the call took (a stub that refuses the
work stands in after the first ask), with the answer of the first ask."""

import pytest

from readout_viewer.core.linking import claim_parts, mentions, readouts


class _Refused:
    """Stands in for a pattern once the first answer is kept: any use of it fails the test."""

    def __getattr__(self, name):
        raise AssertionError(f"worked out again ({name})")

    def __call__(self, *args):
        raise AssertionError("worked out again")


@pytest.fixture(autouse=True)
def _cleared():
    for memo in (claim_parts.reported, claim_parts.parts, readouts.restates, mentions.discusses, mentions._timed):
        getattr(memo, "cache_clear", lambda: None)()  # no memo: nothing kept to clear


def test_a_claims_reported_part_is_read_once(monkeypatch):
    claim = "Ushakov said that the talks were frank, the Kremlin press service said."
    first = claim_parts.reported(claim)
    assert first == "the talks were frank"
    monkeypatch.setattr(claim_parts, "_FRAME", _Refused())
    monkeypatch.setattr(claim_parts, "_TAIL", _Refused())
    assert claim_parts.reported(claim) == first


def test_a_claims_pieces_are_cut_once(monkeypatch):
    claim = "They discussed trade; they agreed to meet again"
    first = claim_parts.parts(claim)
    assert first == ["They discussed trade", " they agreed to meet again"]
    monkeypatch.setattr(claim_parts, "_PIECES", _Refused())
    assert claim_parts.parts(claim) == first


def test_a_restatement_is_read_once(monkeypatch):
    claim = "As I said, the President was direct."
    assert readouts.restates(claim)
    monkeypatch.setattr(readouts, "RESTATED", _Refused())
    assert readouts.restates(claim)


def test_what_was_discussed_and_how_long_are_read_once(monkeypatch):
    claim = "the leaders discussed the war in a call that lasted two hours"
    said, timed = mentions.discusses(claim), mentions._timed(claim)
    assert said
    monkeypatch.setattr(mentions, "DISCUSSED", _Refused())
    monkeypatch.setattr(mentions, "call_duration", _Refused())
    assert (mentions.discusses(claim), mentions._timed(claim)) == (said, timed)
