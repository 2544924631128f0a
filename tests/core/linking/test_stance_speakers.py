"""A leader who takes a stand ("supported", "opposed") is the one who acted (speakers.STANCE_VERBS)."""

from readout_viewer.core.language.speakers import Speakers

LEADERS = {"Ola Berg": "NO", "Berg": "NO", "Per Sol": "SE", "Sol": "SE"}


def _code(text: str) -> str | None:
    found = Speakers(LEADERS).found(text)
    return found[-1][2] if found else None


def test_a_leader_who_supports_or_opposes_something_is_the_speaker():
    assert _code("The President of Sweden also supported one of the main theses of his counterpart.") == "SE"
    assert _code("Berg opposed any change to the quota.") == "NO"
    assert _code("The quota was supported by both.") is None
