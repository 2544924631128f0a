"""Segmentation: sentences, clauses, abbreviations, speaker labels and headings, with exact offsets."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.model import Document


def _doc(text: str) -> Document:
    return Document(id="e/d", path="e/d.txt", title="d", text=text)


def _texts(text: str) -> list[str]:
    return [c.text for c in segment(_doc(text)) if c.is_statement]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in segment(_doc(text))]


def test_claims_have_exact_offsets_ids_and_no_overlaps():
    text = "Heading Line\n\nThe ministers met in Oslo on Monday. They spoke about fishing quotas for an hour.\n"
    claims = segment(_doc(text))
    assert [c.id for c in claims] == ["e/d#1", "e/d#2"]
    for c in claims:
        assert c.text == text[c.start:c.end]
    assert all(a.end <= b.start for a, b in zip(claims, claims[1:]))


def test_abbreviations_initials_and_numbers_do_not_end_sentences():
    text = ("Mr. Lamb met Gen. Ortiz of the U.S. Navy on Dec. 3 in St. Paul. "
            "President John Q. Adams, Jr. paid 3.5 million dollars for the land.")
    assert _texts(text) == ["Mr. Lamb met Gen. Ortiz of the U.S. Navy on Dec. 3 in St. Paul.",
                            "President John Q. Adams, Jr. paid 3.5 million dollars for the land."]


def test_quotation_marks_and_ellipses_around_sentence_ends():
    text = ('The envoy said "the talks were useful." Then the minister left the room early... '
            'Nobody asked him why he was leaving.')
    assert _texts(text) == ['The envoy said "the talks were useful."', "Then the minister left the room early...",
                            "Nobody asked him why he was leaving."]


def test_speaker_labels_questions_and_headings_are_not_claims():
    text = ("Trade And Tariffs\n\nMS. JONES:  The ministers agreed on a new customs schedule today.\n\n"
            "Q  Did they discuss the border fees at all?\n\nBy Anna Smith in Rome\n\n"
            "Farmers wait at the border crossing. /Reuters\n")
    assert _texts(text) == ["The ministers agreed on a new customs schedule today."]


def test_repeated_caption_paragraph_is_dropped():
    text = ("The two leaders pose for a photo at the summit venue today.\n\n"
            "The two leaders pose for a photo at the summit venue today.\n\nThey then spoke for three hours.")
    assert _texts(text) == ["They then spoke for three hours."]  # both copies: a photo's alt text and its caption


def test_compound_sentence_is_cut_into_its_claims():
    text = ("The chancellor raised the grave worries of her cabinet about the new pipeline and made clear that "
            "Berlin would halt all permits in the event of a leak.")
    assert _texts(text) == ["The chancellor raised the grave worries of her cabinet about the new pipeline",
                            "made clear that Berlin would halt all permits in the event of a leak."]


def test_a_second_act_after_and_is_a_claim_of_its_own_even_behind_a_set_phrase():
    assert _texts("Premier Sol wished Premier Berg success in the planned harbour reforms and, of course, "
                  "congratulated him on the national holiday of Norland.") == [
        "Premier Sol wished Premier Berg success in the planned harbour reforms",
        "congratulated him on the national holiday of Norland."]
    # "of course" inside a clause is no cut
    assert len(_texts("Premier Sol said the reforms and of course the fleet would come first in the talks.")) == 1


def test_topic_enumeration_is_cut_before_each_item():
    text = ("The ministers also reviewed the plan on river pollution, a joint study of fish stocks, "
            "as well as common rules on shipping lanes.")
    assert _texts(text) == ["The ministers also reviewed the plan on river pollution",
                            "a joint study of fish stocks", "common rules on shipping lanes."]


def test_lists_of_places_stay_whole():
    text = "We have worked through the council, the assembly, and other bodies for years."
    assert _texts(text) == [text]


def test_wrapped_lines_inside_a_paragraph_are_one_sentence():
    text = "The premier thanked the\nvisiting delegation for its help.\n"
    assert _texts(text) == ["The premier thanked the\nvisiting delegation for its help."]


def test_reporter_question_turns_are_skipped_until_the_next_speaker():
    text = ("MR. LANE:  The minister signed the fisheries accord this morning.\n\n"
            "Q  Thanks. Reports say the accord was signed under pressure from Brussels.\n\n"
            "And critics call it a surrender of fishing rights.\n\n"
            "MR. LANE:  The accord protects fishing rights for a decade.\n")
    assert _texts(text) == ["The minister signed the fisheries accord this morning.",
                            "The accord protects fishing rights for a decade."]


def test_title_and_dateline_lines_without_blank_lines_are_not_glued_to_the_text():
    text = ("Ministers Meet In Oslo\nMonday March 3 2025\nThe ministers of both countries met in Oslo on Monday\n"
            "To discuss the fishing accord for the next five years.\n")
    assert _texts(text) == ["The ministers of both countries met in Oslo on Monday\n"
                            "To discuss the fishing accord for the next five years."]


def test_bulleted_sentences_are_claims_without_their_bullets():
    text = "- The ministers agreed on a fishing quota.\n- They will meet again in May in Bergen.\n"
    assert _texts(text) == ["The ministers agreed on a fishing quota.", "They will meet again in May in Bergen."]


def test_a_title_ending_in_a_quotation_is_a_heading():
    text = "Hopes For Calm On The 'Northern Coast'\n\nThe envoys met for three hours on Monday.\n"
    assert _texts(text) == ["The envoys met for three hours on Monday."]


def test_wire_datelines_are_not_part_of_the_first_claim():
    text = ("OSLO, March 3 (NTB) -- The ministers met in Oslo on Monday.\n\n"
            "BERGEN, March 4. /NTB/. The envoys spoke about fishing quotas.\n\n"
            "STOCKHOLM (TT) \u2014 The talks ended without a deal.\n\n"
            "On Friday, May 3 the leaders spoke about the fishing quotas.\n\n"
            "NATO ministers said the talks went well.")
    assert _texts(text) == ["The ministers met in Oslo on Monday.", "The envoys spoke about fishing quotas.",
                            "The talks ended without a deal.",
                            "On Friday, May 3 the leaders spoke about the fishing quotas.",
                            "NATO ministers said the talks went well."]


def test_a_subject_set_off_by_commas_stays_with_its_verb():
    text = ("Danish and Swedish premiers, Anna Berg and Lars Holm, stressed the need for closer fisheries "
            "cooperation in the Baltic, the government press office said.")
    assert _texts(text) == [text]
    compound = ("The premier voiced concern about the naval exercises near the islands, "
                "stressed that the quota talks would resume in the spring.")
    assert len(_texts(compound)) == 2


def test_a_call_and_its_agenda_are_two_claims():
    text = "Premier Berg spoke today with Premier Sol of Sweden to discuss the fishing quotas in the Baltic."
    assert _texts(text) == ["Premier Berg spoke today with Premier Sol of Sweden",
                            "to discuss the fishing quotas in the Baltic."]
    purpose = "The aim of the second call was to discuss the fishing quotas in the Baltic."
    assert _texts(purpose) == [purpose]


def test_what_states_nothing_is_a_claim_of_its_own_kind():
    text = ("MODERATOR:  Thanks, everyone, for joining us today.\n\nMS. JONES:  The ministers agreed on a new customs "
            "schedule today. So, I'd make three points in response to that.\n\nQ  Did they discuss the border fees "
            "at all?\n\nMS. JONES:  I'm not going to get into the details of the talks.\n\nFarmers wait at the border "
            "crossing. /Reuters\n\nThe views expressed in opinion pieces do not necessarily reflect the position of "
            "the paper.\n")
    assert _kinds(text) == [
        ("procedural", "Thanks, everyone, for joining us today."),
        ("statement", "The ministers agreed on a new customs schedule today."),
        ("procedural", "So, I'd make three points in response to that."),
        ("question", "Did they discuss the border fees at all?"),
        ("procedural", "I'm not going to get into the details of the talks."),
        ("caption", "Farmers wait at the border crossing. /Reuters"),
        ("boilerplate", "The views expressed in opinion pieces do not necessarily reflect the position of the paper."),
    ]


def test_a_refusal_that_goes_on_to_state_something_is_a_statement():
    text = ("MS. JONES:  I'm not going to characterize the decision making of the government in Rome, only to say "
            "that we are in close contact with the ministers and their advisers every day.\n")
    assert [k for k, _ in _kinds(text)] == ["statement"]


def test_a_short_paragraph_above_a_credit_line_is_a_caption():
    text = "The minister speaking on the phone.\n\n(Photo: Anna Berg/Reuters)\n\nThe ministers agreed on fees.\n"
    assert [k for k, _ in _kinds(text)] == ["caption", "statement"]


def test_a_footnote_mark_glued_to_a_sentence_end_does_not_stop_the_split():
    text = "They agreed to halt strikes on energy infrastructure.1 The ministers will meet again in March.\n"
    assert _texts(text) == ["They agreed to halt strikes on energy infrastructure.1",
                            "The ministers will meet again in March."]


def test_two_sentences_that_lost_the_space_between_them_are_split_but_a_site_name_is_not():
    text = ("The premier wrote in a post on Fleet Social.Berg indicated that he had briefed the council. "
            "The talks ended at noon.\u201dThe ministers left the hall. Mrs.Lund spoke, News.Az reports citing the ministry.\n")
    assert _texts(text) == ["The premier wrote in a post on Fleet Social.",
                            "Berg indicated that he had briefed the council.", "The talks ended at noon.\u201d",
                            "The ministers left the hall.", "Mrs.Lund spoke, News.Az reports citing the ministry."]


def test_while_with_a_participle_stays_with_its_verb():
    text = "The premier made the remarks while stating the position of the cabinet on the island question."
    assert _texts(text) == [text]
    cut = ("The envoy suggested the two ministers meet in a third country, while reiterating the commitment of "
           "the cabinet to the treaty.")
    assert _texts(cut) == ["The envoy suggested the two ministers meet in a third country",
                           "reiterating the commitment of the cabinet to the treaty."]


def test_a_short_tail_after_as_well_as_stays_with_its_list():
    text = "The premier raised concerns about the mines in Aran, Bute and Skye, as well as fair wages more broadly."
    assert _texts(text) == [text]


def test_a_caption_whose_credit_is_in_parentheses_is_a_caption():
    text = ("The premier meets the envoy via video link in the capital, Nov. 16, 2021. (Xinhua/Li Ming)\n\n"
            "The premier said the talks would go on.\n")
    assert _kinds(text) == [("caption", "The premier meets the envoy via video link in the capital, Nov. 16, 2021."),
                            ("statement", "The premier said the talks would go on.")]


def test_a_caption_credited_after_photo_colon_is_a_caption():
    text = ("The premier meets the envoy via video link, as seen on a screen in the capital on May 3. Photo: Reuters"
            "\n\nThe premier said the talks would go on.\n")
    assert [k for k, _ in _kinds(text)] == ["caption", "statement"]
    # a sentence that merely mentions a photo stays a statement
    assert [k for k, _ in _kinds("The envoy said the photo: was taken before the talks began.\n")] == ["statement"]


def test_signposts_and_machine_translation_notices_are_page_furniture():
    text = ("Here\u2019s how they addressed key issues discussed by the two leaders.\n\n"
            "Content is automatically generated by a translation service.\n\n"
            "Here the premier said the talks would go on.\n")
    assert [k for k, _ in _kinds(text)] == ["boilerplate", "boilerplate", "statement"]


def test_briefing_chatter_is_procedure_and_what_follows_it_is_a_statement():
    text = ("MR. KIM:  So, that being said, you know, welcome to the call. So, just building on that with a little "
            "bit more detail. Sorry, I was taking down notes. That being said, the premier made clear that the "
            "fisheries quota would be raised by ten tonnes.\n")
    assert [k for k, _ in _kinds(text)] == ["procedural", "procedural", "procedural", "statement"]


def test_a_bracketed_credit_inside_a_paragraph_closes_the_caption_before_it():
    text = ("The premier meets the envoy in the capital, March 18, 2022. [Photo/Xinhua] The two sides exchanged "
            "views on the harbour fees. The premier said the fees would fall.\n")
    assert _kinds(text) == [("caption", "The premier meets the envoy in the capital, March 18, 2022. [Photo/Xinhua]"),
                            ("statement", "The two sides exchanged views on the harbour fees."),
                            ("statement", "The premier said the fees would fall.")]


def test_a_sentence_made_of_several_procedural_phrases_is_procedure():
    text = ("MS. ROSS:  Thanks, Anna, and good to see everybody here today. A friendly reminder that we are on "
            "background, attributed to a senior official. I make three points. I'm going to leave it at that for "
            "today. That's where things stand as we speak. That concludes the call. The premier said the harbour fees "
            "would be cut in half by the spring.\n")
    assert [k for k, _ in _kinds(text)] == ["procedural"] * 6 + ["statement"]


def test_captions_credited_in_brackets_or_by_agency_and_file_photos_are_captions():
    text = ("File photo: the premier meets the envoy in the capital, 15 November 2021\n\n"
            "The premier holds talks with the envoy in the palace on March 18. (Handout via Reuters)\n\n"
            "The envoy at the palace, March 18, 2022. [Photo/Xinhua]\n\n"
            "The premier said the talks would go on (as the agency reported).\n")
    assert [k for k, _ in _kinds(text)] == ["caption", "caption", "caption", "statement"]


def test_a_news_site_s_player_and_advertisement_lines_are_page_furniture():
    text = ("This advertisement has not loaded yet, but your article continues below.\n\n"
            "We apologize, but this video has failed to load.\n\nPlaceholder while article actions load\n\n"
            "The premier said the talks would go on.\n")
    # the placeholder, a line without a sentence end, is a heading: no claim at all
    assert [k for k, _ in _kinds(text)] == ["boilerplate", "boilerplate", "statement"]


def test_every_kind_of_photo_credit_is_found_behind_the_scan_for_credit_marks():
    from readout_viewer.core.language import captions
    ends = ["Putin speaks with Biden from his Sochi residence. /VCG", "Putin speaks with Biden from his Sochi residence | AFP", "Putin speaks with Biden from his Sochi residence (Photo: A. Name/TASS)",
            "Putin speaks with Biden from his Sochi residence. Photo: Reuters", "Putin speaks with Biden from his Sochi residence EPA/NAME /POOL",
            "Putin speaks with Biden from his Sochi residence [Photo/Xinhua]", "Putin speaks with Biden from his Sochi residence (AP)", "Putin speaks with Biden from his Sochi residence (Handout via Reuters)"]
    for paragraph in ends:
        assert captions._CAPTION_END.search(paragraph) and captions.credit_or_caption(paragraph) == captions.CAPTION, paragraph
    assert captions.credit_or_caption("(Photo: A. Name/TASS)") == captions.CREDIT
    assert captions.credit_or_caption("The leaders spoke at length.") is None


def test_a_video_credit_and_a_bracketed_photographer_and_agency_are_credits():
    from readout_viewer.core.language import captions
    assert captions.credit_or_caption("During the call, the premier threatened new port fees. (Video: Reuters)") == \
        captions.CAPTION
    assert captions.credit_or_caption("(Ola Berg/The Nordic Times)") == captions.CREDIT
    assert captions.credit_or_caption("(Ola Berg/The Nordic Times") == captions.CREDIT  # the copy lost its closing bracket
    assert captions.credit_or_caption("The premier leaves the palace, May 2, 2024. In a call, he spoke of fees, an aide "
                                   "said. (Ola Berg/The Nordic Times") == captions.CAPTION  # a caption, its credit after
    assert captions.credit_or_caption("They met (in Oslo/Bergen) on Friday.") is None
    assert captions.credit_or_caption("The talks (Oslo/Bergen)") is None


def test_captions_credited_as_picture_or_photograph_are_captions():
    text = ("The premier chairs a video meeting with ministers at the palace, January 23, 2025. Picture: Alamy\n\n"
            "The premier meets the envoy at the summit on June 28, 2019, in the capital. Photograph: Getty Images\n\n"
            "The envoy said the picture: was clear to both sides.\n")
    assert [k for k, _ in _kinds(text)] == ["caption", "caption", "statement"]


def test_an_apology_alone_or_for_the_delay_is_procedure_but_a_reported_apology_is_not():
    text = ("MS. ROSS:  Oh, I am so sorry. Hi everyone, I'm incredibly sorry for the delay today. Sorry about the confusion on "
            "the line. The premier said he was sorry for the loss of life in the harbour fire.\n")
    assert [k for k, _ in _kinds(text)] == ["procedural", "procedural", "procedural", "statement"]


def test_sorry_opening_a_turn_is_procedure_when_little_else_is_said():
    text = ("MS. ROSS:  Sorry, I was taking down notes to make sure I remember your questions. Sorry, but the "
            "premier rejected the harbour proposal outright and left the talks early.\n")
    assert [k for k, _ in _kinds(text)] == ["procedural", "statement"]


def test_a_lede_run_into_the_caption_that_closes_its_paragraph_stays_a_statement():
    """A page's lede and its photo's caption stored as one paragraph: what is too long for a caption before the
    last sentence is prose; a caption of two sentences, or one followed by a credit line, stays whole."""
    lede = ("The premier said on Monday that his call with the envoy went very well, adding that the two harbours "
            "would immediately start talks aimed at lowering the fees and ending the long dispute over the quotas.")
    text = f"{lede} The premier and the envoy agreed that the ministers would meet in the spring.(AFP)\n"
    assert _kinds(text) == [("statement", lede),
                            ("caption", "The premier and the envoy agreed that the ministers would meet in the "
                                        "spring.(AFP)")]
    two = ("The premier meets the envoy in the capital during the summit of the northern harbours, June 28, 2019. "
           "The two spoke for an hour about the quotas and the fees. Picture: Alamy\n")
    assert {k for k, _ in _kinds(two)} == {"caption"}


def test_a_reported_statement_with_the_agency_glued_to_its_end_after_a_lede_stays_a_statement():
    """After a lede too long for a caption, a last sentence that reports someone's words ("The premier said ...") is
    prose with the agency's mark glued to it, not the photo's caption."""
    lede = ("The premier said on Monday that his call with the envoy went very well, adding that the two harbours "
            "would immediately start talks aimed at lowering the fees and ending the long dispute over the quotas.")
    text = f"{lede} The envoy said he and the premier agreed that the ministers would meet in the spring.(AFP)\n"
    assert {k for k, _ in _kinds(text)} == {"statement"}


def test_announcing_a_few_words_about_a_topic_is_procedure():
    text = ("Good evening. My colleagues asked me to say a few words about the results of our telephone conversation "
            "with the Premier of Norland. The premier said the fees would fall.\n")
    assert [(k, t[:14]) for k, t in _kinds(text)] == [("procedural", "My colleagues "), ("statement", "The premier sa")]


def test_an_embedded_posts_credit_a_photo_by_line_a_two_photo_caption_and_a_list_lead_in_are_not_statements():
    text = ("Trump on the call: \"I didn't make any progress with him today at all.\" pic.twitter.com/aWD7 \u2014 "
            "Aaron Rupar (@atrupar) July 3, 2025\n\n"
            "The premier speaks to media as he leaves the palace on Tuesday, July 1, 2025. Photo by Will Oliver/UPI\n\n"
            "Left: The premier speaks to reporters. Right: The envoy speaks during a forum.\n\n"
            "The aide said they discussed the following:\n\n"
            "TASS has compiled the key statements by the aide.\n\n"
            "Yuri Ushakov: Dear colleagues!\n\n"
            "Right, the premier said the talks would go on.\n")
    assert _kinds(text) == [
        ("statement", "Trump on the call: \"I didn't make any progress with him today at all.\""),
        ("boilerplate", "pic.twitter.com/aWD7 \u2014 Aaron Rupar (@atrupar) July 3, 2025"),
        ("caption", "The premier speaks to media as he leaves the palace on Tuesday, July 1, 2025."),
        ("caption", "Photo by Will Oliver/UPI"), ("caption", "Left: The premier speaks to reporters."), ("caption", "Right: The envoy speaks during a forum."),
        ("boilerplate", "The aide said they discussed the following:"),
        ("boilerplate", "TASS has compiled the key statements by the aide."),
        ("procedural", "Yuri Ushakov: Dear colleagues!"),
        ("statement", "Right, the premier said the talks would go on.")]


def test_a_caption_in_the_present_participle_is_no_statement_even_glued_to_the_article():
    text = ("Premier Berg speaking to Premier Sol in Oslo last year. Berg was frank with Sol in a two-hour call.\n\n"
            "Premier Berg meeting the fishermen marked a thaw in the dispute over quotas.\n")
    assert _kinds(text) == [("caption", "Premier Berg speaking to Premier Sol in Oslo last year."),
                            ("statement", "Berg was frank with Sol in a two-hour call."),
                            ("statement", "Premier Berg meeting the fishermen marked a thaw in the dispute over "
                                          "quotas.")]


def test_a_long_caption_closed_by_a_photographer_and_a_long_agency_name_is_one_caption():
    """The credit "(Ola Berg/The Nordic Morning Times" names five words, more than a credit line's usual few: it
    is still the credit, not the prose the caption starts after."""
    text = ("The premier leaves the palace in the capital, May 2, 2024. In a call with the envoy on Thursday, May 2, "
            "2024, the premier warned that any new port fees would lead to a complete rupture of the talks between "
            "the two harbours, an aide said. (Ola Berg/The Nordic Morning Times\n\n"
            "The envoy answered on Friday.\n")
    assert [k for k, _ in _kinds(text)] == ["caption", "caption", "caption", "statement"]


def test_a_paragraph_of_one_sentence_in_a_captions_present_tense_is_a_caption():
    text = ("Norland Premier Ola Berg speaks with the envoy on the telephone from his residence in the capital, on "
            "Thursday.\n\n"
            "Premier Ola Berg spoke with the envoy on Thursday.\n\n"
            "Premier Ola Berg meets the envoy in Oslo\n\n"  # a headline: no full stop
            "Premier Ola Berg speaks fluent Norwegian and was posted to Bergen.\n\n"  # a finite verb follows
            "Premier Ola Berg meets the envoy in Oslo. The envoy leaves on Friday.\n")  # two sentences: prose
    assert _kinds(text) == [
        ("caption", "Norland Premier Ola Berg speaks with the envoy on the telephone from his residence in the "
                    "capital, on Thursday."),
        ("statement", "Premier Ola Berg spoke with the envoy on Thursday."),
        ("statement", "Premier Ola Berg speaks fluent Norwegian and was posted to Bergen."),
        ("statement", "Premier Ola Berg meets the envoy in Oslo."),
        ("statement", "The envoy leaves on Friday.")]


def test_announcing_the_briefing_ahead_and_leaving_a_question_to_the_press_team_are_procedure():
    text = ("MS. ROSS:  The minister will give remarks first. And then we'll proceed with a briefing after that.\n\n"
            "MR. DAHL:  But I'll leave it to our team to decide whether they want to put all that out or not. The "
            "fees will rise in May.\n")
    assert [k for k, _ in _kinds(text)] == ["statement", "procedural", "procedural", "statement"]
