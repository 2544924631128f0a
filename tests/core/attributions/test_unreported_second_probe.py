"""What the second probe of real sentences (eval/unrep_probe2.yaml) showed: listed wrongly as "not in any readout", a
sentence opening on "Earlier," (a moment before the story's), a leader's words dated a day of another year ("...,
Berg said in a statement on April 24, 2020"), words a leader told members of parliament ("Berg told MPs ..."), what a
leader "had said", and words said to the media (a wrong flag of the read events), each another occasion than the
call; and held back wrongly, a report whose words name a year ("Berg told Sol that Norway would return the islands it
took in 1905"), the year being the words' own (docs/engine.md, Round 48, helper unrep23)."""

from tests.builders import unreported_texts

# The readouts are dated 10 January 2024 (tests.builders.READOUT_FRONT).
WARSHIPS = "Norway would send three warships to the northern strait next month.\n"


def test_a_sentence_opening_on_earlier_is_not_listed(tmp_path):
    # main: listed as what Berg said on the call
    assert not unreported_texts(tmp_path, "Earlier, President Berg told Sol that " + WARSHIPS)


def test_earlier_inside_a_sentence_keeps_it_listed(tmp_path):
    assert unreported_texts(tmp_path, "As he had promised earlier, President Berg told Sol that " + WARSHIPS)  # as on main


def test_a_day_of_another_year_dates_the_words_elsewhere(tmp_path):
    # main: "March 3" read in the call's year, after the call: listed as what Berg said on the call
    assert not unreported_texts(tmp_path, "President Berg said in a statement on March 3, 2021 that " + WARSHIPS)
    assert not unreported_texts(tmp_path, "President Berg said in a statement on 3 March 2021 that " + WARSHIPS)


def test_a_day_of_another_year_inside_the_reported_words_keeps_them_listed(tmp_path):
    said = "President Berg told Sol that Norway would send three warships, as agreed on March 3, 2021.\n"
    assert [t for t in unreported_texts(tmp_path, said) if "warships" in t]  # as on main


def test_words_told_to_members_of_parliament_are_not_listed(tmp_path):
    # main: listed as what Berg said on the call
    assert not unreported_texts(tmp_path, "President Berg told MPs that " + WARSHIPS)
    assert not unreported_texts(tmp_path, "President Berg told lawmakers that " + WARSHIPS)


def test_words_told_to_the_counterpart_are_listed(tmp_path):
    assert unreported_texts(tmp_path, "President Berg told Sol that " + WARSHIPS)  # as on main


def test_a_year_inside_the_reported_words_keeps_the_report_listed(tmp_path):
    # main: "in 1905" read as the time of the telling ("in <year>", speakers.ELSEWHEN): nothing listed
    said = "President Berg told Sol that Norway would return the islands it took in 1905 to the northern strait.\n"
    assert [t for t in unreported_texts(tmp_path, said) if "islands" in t]


def test_a_year_before_the_reported_words_still_places_them(tmp_path):
    said = "President Berg said in 2019 that Norway would return the islands to the northern strait.\n"
    assert not [t for t in unreported_texts(tmp_path, said) if "islands" in t]  # as on main


def test_words_said_to_the_media_are_not_listed(tmp_path):
    # main: listed as what Berg said on the call ("to reporters" was read, "to the media" not)
    assert not unreported_texts(tmp_path, "Speaking to the media, President Berg said " + WARSHIPS)


def test_the_media_named_otherwise_keeps_the_report_listed(tmp_path):
    said = "President Berg told Sol that " + WARSHIPS.rstrip(".\n") + ", in a call the Norwegian media followed closely.\n"
    assert unreported_texts(tmp_path, said)  # as on main


def test_what_a_leader_had_said_is_not_listed(tmp_path):
    # main: listed as what Berg said on the call
    assert not unreported_texts(tmp_path, "President Berg had said that " + WARSHIPS)


def test_had_said_inside_the_reported_words_keeps_the_report_listed(tmp_path):
    said = "President Berg told Sol that the navy had said it would send three warships to the northern strait.\n"
    assert [t for t in unreported_texts(tmp_path, said) if "warships" in t]  # as on main
