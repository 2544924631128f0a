"""A transcript's labels name its speakers: an honorific's surname, by the full name its title gives."""

from readout_viewer.core.language.transcripts import labels, speakers

BRIEFING = ("MS. HOLM: Good afternoon.\n\nQ Thank you. Did they speak of the port?\n\n"
            "MR. LINDQVIST: They did. The two leaders agreed to reopen the river port.\n\n"
            "THE PRESIDENT: Thank you all.\n\nSENIOR ADMINISTRATION OFFICIAL: Next question.\n")


def test_labels_in_order_with_the_reporters_q():
    assert labels(BRIEFING.splitlines()) == ["MS. HOLM", "Q", "MR. LINDQVIST", "THE PRESIDENT",
                                             "SENIOR ADMINISTRATION OFFICIAL"]


def test_honorific_labels_name_people_by_the_titles_full_name():
    title = "Press Briefing by Press Secretary Anna Holm and Spokesman for Trade Erik Lindqvist"
    assert speakers(BRIEFING, title) == ["Anna Holm", "Erik Lindqvist"]


def test_a_surname_alone_where_the_title_names_no_one_and_never_a_role():
    assert speakers(BRIEFING, "Press Briefing, 10 January") == ["Holm", "Lindqvist"]


def test_a_title_before_the_surname_is_no_first_name():
    assert speakers(BRIEFING, "Remarks by Secretary Lindqvist") == ["Holm", "Lindqvist"]


def test_fewer_labels_than_a_transcript_name_no_one():
    assert speakers("MR. LINDQVIST: They did.\n\nQ Why?\n", "Erik Lindqvist") == []
