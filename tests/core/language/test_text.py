"""Word folding, spelling variants and stems: one decision about what counts as the same word."""

from readout_viewer.core.language.text import FOLD_MAP, fold, spelling, stem, tokens, trim_span


def test_fold_keeps_length_and_plain_marks():
    text = "\u201cDon\u2019t\u201d \u2013 Kyiv"
    assert fold(text) == '"don\'t" - kyiv' and len(fold(text)) == len(text)


def test_fold_replaces_every_mark_of_the_table_as_translate_does():
    marks = "".join(map(chr, FOLD_MAP))
    for text in (marks, "A`b" + marks + "\u00e9T", "`Plain` ASCII", "\u00c9t\u00e9 sans marks"):
        assert fold(text) == text.translate(FOLD_MAP).lower()


def test_tokens_keep_offsets_and_join_abbreviations():
    toks = tokens("The U.S. envoy")
    assert [t.norm for t in toks] == ["the", "us", "envoy"]
    assert (toks[1].start, toks[1].end) == (4, 7)


def test_trim_span_drops_edge_whitespace_only():
    text = "  \tsaid it \n"
    s, e = trim_span(text, 0, len(text))
    assert text[s:e] == "said it"
    assert trim_span(text, 3, 7) == (3, 7)
    assert trim_span("a \n b", 1, 4) == (4, 4)
    assert trim_span("x", 1, 1) == (1, 1)


def test_trim_span_extra_edge_characters():
    text = "- * item, ;"
    s, e = trim_span(text, 0, len(text), lead="-*", trail=",;")
    assert text[s:e] == "item"
    assert trim_span(text, 0, len(text)) == (0, len(text))


def test_translation_spellings_meet():
    pairs = [("kiev", "kyiv"), ("donbass", "donbas"), ("guaranties", "guarantees"), ("emphasised", "emphasized"),
             ("co-operation", "cooperation"), ("programme", "program"), ("honour", "honor")]
    for a, b in pairs:
        assert stem(a) == stem(b), (a, b)


def test_claims_and_quotations_meet_the_same_transliterations():
    from readout_viewer.core.quotes.words import word_key
    for a, b in [("kharkov", "kharkiv"), ("odessa", "odesa"), ("lugansk", "luhansk"), ("sceptical", "skeptical")]:
        assert stem(a) == stem(b) and word_key(a) == word_key(b), (a, b)
    assert stem("kharkov") != stem("kherson")


def test_inflections_share_a_stem_but_unrelated_words_do_not():
    assert stem("implementation") == stem("implementing") == stem("implement")
    assert stem("allies") == stem("ally") == stem("allied")
    assert stem("talks") == stem("talked")
    assert stem("responsibility") != stem("respond")
    assert stem("troops") != stem("trade")


def test_spelling_leaves_ordinary_words_alone():
    assert spelling("rise") == "rise" and spelling("tour") == "tour"


def test_every_british_ending_is_rewritten_behind_the_one_scan_for_any():
    assert [spelling(w) for w in ("emphasised", "organisations", "honour", "honoured", "analysing")] == [
        "emphasized", "organizations", "honor", "honored", "analyzing"]


def test_every_quotation_spelling_rule_is_applied_behind_the_one_scan_for_any():
    from readout_viewer.core.quotes.words import word_key
    pairs = [("labourites", "laborites"), ("theatres", "theaters"), ("realisations", "realizations"),
             ("analysed", "analyzed"), ("licences", "licenses"), ("catalogues", "catalogs"),
             ("cancelling", "canceling"), ("programmes", "programs"), ("donbass", "donbas")]
    for british, american in pairs:
        assert word_key(british) == american, british


def test_a_short_frame_ending_in_that_is_not_part_of_what_is_reported():
    from readout_viewer.core.linking.claim_parts import reported
    assert reported("It should be noted that the envoys met in Riga.") == "the envoys met in Riga."
    assert reported("The only hope left is that the envoys meet again.") == "the envoys meet again."
    assert reported("The accord that both envoys signed covers fishing.") == \
        "The accord that both envoys signed covers fishing."


def test_a_peoples_adjective_meets_its_country():
    assert stem("Syrian".lower()) == stem("syria") == stem("syrians")
    assert stem("indian") == stem("india")
    assert stem("russian") == stem("russia")


def test_diplomatic_paraphrase_groups_meet():
    from readout_viewer.core.language.synonyms import concept
    assert concept("hailed") == concept("commended") == concept("praising") == concept("positively")
    assert concept("inquiries") == concept("requests")
    assert concept("curb") == concept("countering") == concept("suppression")
    assert concept("protect") == concept("defend")
    assert concept("countering") != concept("countries")


def test_a_trailing_attribution_is_not_part_of_what_is_reported():
    from readout_viewer.core.linking.claim_parts import reported
    assert reported("The envoys met in Riga, the ministry press office said on Friday.") == "The envoys met in Riga"
    assert reported("The envoys met in Riga, according to the statement.") == "The envoys met in Riga"
    assert reported("They agreed, he noted, to meet again.") == "They agreed, he noted, to meet again."


def test_telling_someone_frames_a_report_and_finalise_is_complete():
    from readout_viewer.core.language.synonyms import concept
    from readout_viewer.core.linking.claim_parts import reported
    assert reported("The envoy told his Danish counterpart that the quotas would stay.") == "the quotas would stay."
    assert reported("The envoys agreed on quotas, the Tribune understands.") == "The envoys agreed on quotas"
    assert concept("finalise") == concept("complete")


def test_cut_stems_keep_apart_words_of_unrelated_meaning():
    from readout_viewer.core.language.synonyms import concept
    assert concept("internal") != concept("international")
    assert concept("internal") == concept("internally")
    assert concept("personal") != concept("supervise")
    assert concept("personally") != concept("monitor")
    assert concept("particular") != concept("participants") == concept("participant")  # "In particular, ..."
    # "welcomed by the international community" is no "welcomed ... open channels of communication"
    assert concept("community") != concept("communication") == concept("communicate")
    assert concept("community") == concept("communities")
    assert concept("several") != concept("severance")
    assert concept("production") != concept("productive") == concept("constructive")
    assert concept("facilitate") != concept("facilities")
    assert concept("resolutely") != concept("resolve") == concept("resolution")


def test_a_proposed_summit_is_a_meeting_not_the_call_itself():
    from readout_viewer.core.language.synonyms import concept
    assert concept("summit") == concept("meeting") == concept("meet")
    assert concept("summit") != concept("call")
    assert concept("telephone") == concept("conversation") == concept("call")


def test_calling_on_someone_urges_and_is_not_a_call():
    from readout_viewer.core.language.synonyms import concept
    from readout_viewer.core.linking.terms import terms
    urging = terms("The premier called on Sweden to withdraw.").concepts
    assert concept("call") not in urging and concept("urged") in urging
    assert concept("call") in terms("The premier called the king of Sweden.").concepts


def test_more_words_of_unrelated_meaning_stay_apart_and_a_treaty_is_an_agreement():
    from readout_viewer.core.language.lexicon import STOPWORDS
    from readout_viewer.core.language.synonyms import concept
    assert concept("counterpart") != concept("countering")
    assert concept("business") != concept("businesslike")
    assert concept("businesslike") == concept("constructive")
    assert "following" in STOPWORDS and concept("follow-up") == concept("consultations")
    assert concept("treaty") == concept("agreement")


def test_no_word_is_listed_in_two_paraphrase_groups():
    from readout_viewer.core.language.synonyms import SYNONYMS
    group_of: dict[str, str] = {}
    for group in SYNONYMS:
        for word in group:
            assert group_of.setdefault(stem(word), group[0]) == group[0], (word, group_of[stem(word)], group[0])


def test_clip_puts_text_on_one_line_and_cuts_with_an_ellipsis():
    from readout_viewer.core.language.text import clip
    assert clip("a  b\nc", 10) == "a b c"
    assert clip("one two three four", 9) == "one two\u2026"
    assert len(clip("x" * 50, 20)) == 20


def test_a_compound_ending_in_a_name_is_also_about_that_name():
    from readout_viewer.core.linking.terms import terms
    assert "china" in terms("reaffirmed the long-standing one-China policy").concepts
    assert "china" in terms("remains committed to the one China policy").concepts
    assert not terms("called for de-escalation").concepts & terms("further escalation").concepts


def test_every_phrase_is_read_behind_the_letters_it_holds():
    from readout_viewer.core.language.synonyms import phrases
    text = ("an exchange of views; they shared the view; he put forward a plan; she spoke in favour of it; "
            "in favor of talks")
    assert phrases(text).split() == ["an", "discussed", ";", "they", "agreed", ";", "he", "proposed", "a", "plan;",
                                     "she", "supported", "it;", "supporting", "talks"]
    assert len(phrases(text)) == len(text)


def test_british_plurals_meet_the_american_spelling():
    # "air defences" and "air defense" are one concept: the plural's variant must not be stemmed apart
    for british, american in (("defences", "defense"), ("offences", "offense"), ("centres", "center"),
                              ("judgements", "judgment")):
        assert stem(british) == stem(american) == stem(american + "s"), british


def test_one_rule_for_british_endings_in_links_and_quotations():
    # the linking's stems and the quotation check's keys read the same ending rules (-re/-er, -ogue/-og, -mme/-m)
    from readout_viewer.core.quotes.words import word_key
    for british, american in (("centres", "centers"), ("theatre", "theater"), ("catalogue", "catalog")):
        assert stem(british) == stem(american), british
        assert word_key(british) == word_key(american) == spelling(british), british


def test_holds_any_reads_the_text_as_a_case_insensitive_pattern_does():
    from readout_viewer.core.language.text import holds_any
    assert holds_any("The Leaders SPOKE by phone", ("spoke",))
    assert holds_any("\u0130STANBUL talks", ("istanbul",))  # a dotted capital I is an "i" to re.IGNORECASE
    assert not holds_any("The leaders met", ("spoke", "call"))
