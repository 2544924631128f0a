"""To win, a winner and a victory are one concept (`synonyms.WORD_GROUPS`): "There is no winner in a nuclear war" /
"no one wins a nuclear war"."""

from readout_viewer.core.language.synonyms import concept


def test_a_winner_is_one_who_wins() -> None:
    assert concept("winner") == concept("wins") == concept("victory") == concept("won")


def test_a_window_is_no_win() -> None:
    assert concept("window") != concept("win")
