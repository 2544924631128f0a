"""What was said elsewhere, in one place (speakers.said_elsewhere): a legislator or "had earlier" always; an interview,
a speech, a post, a press conference or another day with `occasion`, which the "not in any readout" list reads and
the linking does not (attr35)."""

from readout_viewer.core.language.speakers import said_elsewhere

INTERVIEW = "President Berg said in a television interview that the strait would stay open."
POST = "President Berg wrote in a social media post that the fishing quota was fair."
CALL = "President Berg said in the call that the strait would stay open."


def test_an_occasion_is_elsewhere_only_when_asked():
    assert said_elsewhere(INTERVIEW, occasion=True) and said_elsewhere(POST, occasion=True)
    assert not said_elsewhere(INTERVIEW) and not said_elsewhere(POST)  # the linking's reading: a report still


def test_a_legislator_is_elsewhere_either_way():
    text = "Senator Ann Lund said on Monday that the bill would pass."
    assert said_elsewhere(text) and said_elsewhere(text, occasion=True)


def test_the_call_itself_is_not_elsewhere():
    assert not said_elsewhere(CALL, occasion=True)
    assert not said_elsewhere("President Berg warned earlier Wednesday in the call that the port would close.",
                              occasion=True)
