"""A leader's name does not run on over a line break: a title's last words and a text's first are two names."""

from readout_viewer.core.language.countries import leaders_in


def test_a_title_above_a_text_ends_the_name_at_its_line():
    found = leaders_in("Call with President of Norway Ola Berg\nEva Sol had a telephone conversation.")
    assert found == {"Ola Berg": "NO", "Berg": "NO"}


def test_a_name_on_one_line_keeps_its_words():
    assert leaders_in("Norwegian President Ola Berg spoke.") == {"Ola Berg": "NO", "Berg": "NO"}
