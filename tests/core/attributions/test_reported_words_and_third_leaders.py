"""A day named inside a leader's reported words ("Berg told Sol that on January 3 ...") dates what the words tell,
not the telling: the report is still of the call. Words a leader addressed to a third leader whom no official text
names ("Berg had told Danish Prime Minister Lars Holm that ..."), or to a minister, or said together with a person no
official text names ("Holm and Berg said ...") are of another conversation: not in the list
(docs/engine.md, Round 47, helper unrep21)."""

from readout_viewer.core.attributions.unreported import without_reported_words
from tests.builders import unreported_texts

# The readouts are dated 10 January 2024 (tests.builders.READOUT_FRONT).
DAY_IN_THE_WORDS = "President Berg told Sol that on January 3 Norwegian coastguards had seized two fishing boats off Bergen.\n"
DAY_OF_THE_TELLING = "President Berg said on January 3 that Norwegian coastguards had seized two fishing boats off Bergen.\n"
TO_A_THIRD_LEADER = ("Ahead of the talks, President Berg had told Danish Prime Minister Lars Holm that Norway would "
                     "send three warships to the northern strait next month.\n")
TO_THE_COUNTERPART = "President Berg told President Sol that Norway would send three warships to the northern strait next month.\n"


def test_a_day_inside_the_reported_words_keeps_the_report_listed(tmp_path):
    # main: "January 3" read as the day of the telling, before the call: nothing listed
    assert [t for t in unreported_texts(tmp_path, DAY_IN_THE_WORDS) if "coastguards" in t]


def test_a_day_before_the_reported_words_still_dates_them(tmp_path):
    assert not [t for t in unreported_texts(tmp_path, DAY_OF_THE_TELLING) if "coastguards" in t]  # as on main


def test_words_told_to_a_third_leader_are_not_listed(tmp_path):
    # main: listed as what Berg said on the call
    assert not [t for t in unreported_texts(tmp_path, TO_A_THIRD_LEADER) if "warships" in t]


def test_words_told_to_the_counterpart_are_listed(tmp_path):
    assert [t for t in unreported_texts(tmp_path, TO_THE_COUNTERPART) if "warships" in t]  # as on main


def test_the_reported_words_are_blanked_a_closing_clause_of_saying_kept():
    said = "He told Sol that on January 3 ships came, the minister said on Friday."
    assert without_reported_words(said, "He (Berg)") == "He told Sol that" + " " * 24 + ", the minister said on Friday."
    assert without_reported_words("Berg said on Monday that ships came.", "Berg") == "Berg said on Monday that" + " " * 12
    assert without_reported_words("The ships came.", "Berg") == "The ships came."


WARSHIPS_NEXT_MONTH = "Norway would send three warships to the northern strait next month.\n"


def test_words_told_to_a_minister_are_not_listed(tmp_path):
    # main: listed as what Berg said on the call
    assert not unreported_texts(tmp_path, "President Berg told the defence minister that " + WARSHIPS_NEXT_MONTH)


def test_words_told_to_the_prime_minister_are_listed(tmp_path):
    # a leader's title: the call's counterpart, as on main
    assert unreported_texts(tmp_path, "President Berg told the prime minister that " + WARSHIPS_NEXT_MONTH)


def test_words_said_with_a_person_no_text_names_are_not_listed(tmp_path):
    # main: listed as what Berg said on the call
    assert not unreported_texts(tmp_path, "Holm and Berg said " + WARSHIPS_NEXT_MONTH)


def test_words_said_with_the_counterpart_are_listed(tmp_path):
    assert unreported_texts(tmp_path, "Sol and Berg said " + WARSHIPS_NEXT_MONTH)  # as on main
