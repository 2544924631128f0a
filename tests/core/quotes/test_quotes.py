"""Quotation check on tiny literal folders: verdicts, source passages, diffs."""

from dataclasses import replace

from readout_viewer.core.model import ALTERED, EXACT, NOT_FOUND, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.match import diagonal_clusters
from readout_viewer.core.quotes.regions import word_diff
from readout_viewer.core.quotes.words import text_words

READOUT = ("The President spoke today with the Prime Minister. He stressed that the alliance will stand "
           "firmly behind its partners in the months ahead. The leaders agreed to meet again in the autumn "
           "and to send 40 observers to the border region.")


def doc(doc_id: str, text: str, role: str = OUTLET, event: str = "e1", date: str | None = None) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event=event, date=date)


def official(text: str = READOUT, doc_id: str = "wh") -> Document:
    return doc(doc_id, text, OFFICIAL)


def only(quotes, doc_id="news"):
    mine = [q for q in quotes if q.doc == doc_id]
    assert len(mine) == 1, mine
    return mine[0]


def test_exact_quote_with_typographic_marks_case_and_punctuation():
    news = doc("news", "He said the alliance \u201cwill stand FIRMLY behind its partners, in the months ahead\u201d today.")
    q = only(check_quotes([official(), news]))
    assert q.verdict == EXACT and q.diff is None
    assert news.text[q.start:q.end] == "will stand FIRMLY behind its partners, in the months ahead"
    assert READOUT[q.source.start:q.source.end] == "will stand firmly behind its partners in the months ahead"
    assert q.source.doc == "wh"


def test_ellipses_and_three_dots_leave_words_out():
    for mark in ("\u2026", "...", " . . . "):
        news = doc("news", f'It said "the alliance will stand firmly{mark}in the months ahead."')
        assert only(check_quotes([official(), news])).verdict == EXACT, mark


def test_bracketed_insertions_are_editorial():
    news = doc("news", 'It said "[the President] stressed that the alliance [NATO] will stand firmly behind its partners."')
    q = only(check_quotes([official(), news]))
    assert q.verdict == EXACT


def test_bracket_may_stand_for_a_pronoun():
    news = doc("news", 'It said "[the President] stressed that the alliance will stand firmly."')
    src = official("Then he stressed that the alliance will stand firmly. Nothing else.")
    assert only(check_quotes([src, news])).verdict == EXACT


def test_spelling_variants_are_the_same_word():
    src = official("The ministers discussed the European theatre of operations and defence co-operation at length.")
    news = doc("news", 'They discussed "the European theater of operations and defense cooperation."')
    assert only(check_quotes([src, news])).verdict == EXACT


def test_dropped_word_is_altered_with_word_diff():
    news = doc("news", 'He "stressed that the alliance will stand behind its partners in the months ahead."')
    q = only(check_quotes([official(), news]))
    assert q.verdict == ALTERED
    assert (-1, "firmly") in q.diff
    assert " ".join(t for op, t in q.diff if op != 1).split() == READOUT[q.source.start:q.source.end].replace(
        ".", "").split()


def test_changed_number_is_altered():
    news = doc("news", 'They agreed "to send 50 observers to the border region."')
    q = only(check_quotes([official(), news]))
    assert q.verdict == ALTERED
    assert (-1, "40") in q.diff and (1, "50") in q.diff
    assert q.source.doc == "wh"


def test_paragraph_break_inside_a_quote():
    news = doc("news", "The readout said that \u201cthe alliance will stand firmly\n\nbehind its partners in the months "
                       "ahead.\u201d Then more.")
    q = only(check_quotes([official(), news]))
    assert q.verdict == EXACT
    assert news.text[q.end - 6:q.end] == "ahead."


def test_unbalanced_mark_does_not_swallow_the_next_quotation():
    news = doc("news", "Critics want \u201creal guarantees from the allies at once, they say.\n\n"
                       "\u201cThe leaders agreed to meet again in the autumn,\u201d the readout said.")
    quotes = sorted(check_quotes([official(), news]), key=lambda q: q.start)
    assert [q.verdict for q in quotes] == [NOT_FOUND, EXACT]
    assert news.text[quotes[0].start:quotes[0].end].endswith("they say.")


def test_straight_quotes_and_single_scare_quotes_beside_apostrophes():
    news = doc("news", "Russia's envoy called it 'the months ahead of the alliance's stand' while the readout's "
                       "text said \"the leaders agreed to meet again in the autumn\" and 'partners' didn't object.")
    quotes = sorted(check_quotes([official(), news]), key=lambda q: q.start)
    texts = [news.text[q.start:q.end] for q in quotes]
    assert texts == ["the months ahead of the alliance's stand", "the leaders agreed to meet again in the autumn"]
    assert [q.verdict for q in quotes] == [NOT_FOUND, EXACT]


def test_quote_of_another_outlet_it_names():
    column = replace(doc("column", "Talking to adversaries is never a concession but a duty of statecraft, she "
                                   "wrote."), source="The Weekly")
    news = doc("news", 'A columnist of The Weekly wrote that "talking to adversaries is never a concession."')
    q = only(check_quotes([official(), column, news]))
    assert q.verdict == EXACT and q.source.doc == "column"
    unnamed = doc("news", 'A columnist wrote that "talking to adversaries is never a concession."')
    assert only(check_quotes([official(), column, unnamed])).verdict == NOT_FOUND


def test_official_source_is_preferred_over_an_outlet_holding_the_same_words():
    column = doc("column", "As the readout put it, the leaders agreed to meet again in the autumn.")
    news = doc("news", 'They "agreed to meet again in the autumn."')
    q = only(check_quotes([column, official(), news]))
    assert q.source.doc == "wh"


def test_source_not_in_folder_is_not_found():
    news = doc("news", 'An analyst said "nobody expects a breakthrough before the spring elections."')
    q = only(check_quotes([official(), news]))
    assert q.verdict == NOT_FOUND and q.source is None and q.diff is None


def test_whole_readout_reprinted():
    news = doc("news", f"The full text said:\n\n\u201c{READOUT}\u201d\n\nEnd of the text.")
    q = only(check_quotes([official(), news]))
    assert q.verdict == EXACT
    assert (q.source.start, q.source.end) == (0, len(READOUT) - 1)  # from the first word to the last


def test_same_document_is_never_the_source():
    news = doc("news", 'We reported that talks will resume in March. Today: "talks will resume in March" again.')
    assert only(check_quotes([news])).verdict == NOT_FOUND


def test_short_quotations_are_skipped_unless_an_official_text_holds_them():
    news = doc("news", 'It warned of "strong measures" and "firmly behind its partners".')
    q = only(check_quotes([official(), news]))  # quotes/phrases.py: the readout's own four words, exact
    assert (news.text[q.start:q.end], q.verdict) == ("firmly behind its partners", EXACT)


def test_comma_before_it_said_stays_out_of_the_span():
    news = doc("news", '"The leaders agreed to meet again ...," it said.')
    q = only(check_quotes([official(), news]))
    assert news.text[q.start:q.end] == "The leaders agreed to meet again ..."
    assert q.verdict == EXACT


def test_an_official_quoting_a_slogan_is_not_sourced_to_the_outlet_that_quotes_it_back():
    wh = official("He backed the principle of \u201cnothing about you without you at all.\u201d Then they talked.")
    news = doc("news", 'The White House said he "backed the principle of \'nothing about you without you at all.\'"')
    quotes = check_quotes([wh, news])
    assert only(quotes, "wh").verdict == NOT_FOUND
    assert only(quotes, "news").verdict == EXACT


def test_word_diff_shows_words_as_written_with_their_punctuation():
    said, quoted = "The four men, tired, left.", "the five men, tired, left"
    diff = word_diff(text_words(said), said, text_words(quoted), quoted)
    assert diff == ((0, "The"), (-1, "four"), (1, "five"), (0, "men, tired, left"))


def test_hyphenated_and_open_compounds_are_the_same_words():
    src = official("They agreed on a follow-up meeting and closer co-operation on customs next year.")
    news = doc("news", 'They agreed on "a follow up meeting and closer cooperation on customs," it said.',
               )
    other = doc("other", "Cooperation is the word everyone used at the summit in the end.")
    assert only(check_quotes([src, news, other])).verdict == EXACT


def test_bracketed_ellipsis_leaves_out_more_than_a_few_words():
    news = doc("news", 'It said "the alliance will stand firmly [\u2026] the leaders agreed to meet again in the autumn."')
    assert only(check_quotes([official(), news])).verdict == EXACT


def test_altered_pieces_between_an_ellipsis_align_one_by_one():
    filler = " ".join(["Officials also talked about many other unrelated matters at great length."] * 12)
    src = official(f"The alliance will stand firmly behind its partners. {filler} The leaders agreed to send "
                   "40 observers to the border region.")
    news = doc("news", 'It said "the alliance will stand firmly behind its partners \u2026 the leaders agreed to send '
                       '50 observers to the border region."')
    q = only(check_quotes([src, news]))
    assert q.verdict == ALTERED
    assert (-1, "40") in q.diff and (1, "50") in q.diff
    assert not any("unrelated" in text for _, text in q.diff)


def test_a_readout_is_preferred_over_a_briefing_that_reads_it_out():
    briefing = Document(id="a-brief", path="a-brief.txt", title="b", text="As the readout said: " + READOUT,
                        role=OFFICIAL, event="e1", kind="briefing")
    readout = Document(id="z-readout", path="z.txt", title="r", text=READOUT, role=OFFICIAL, event="e1",
                       kind="readout")
    news = doc("news", 'They "agreed to meet again in the autumn."')
    assert only(check_quotes([briefing, readout, news])).source.doc == "z-readout"


def test_irregular_spelling_variants():
    src = official("They demanded legally binding guaranties from the alliance in Kiev and elsewhere.")
    news = doc("news", 'They demanded "legally binding guarantees from the alliance in Kyiv."')
    assert only(check_quotes([src, news])).verdict == EXACT


def test_missing_closing_mark_keeps_the_part_the_folder_holds():
    news = doc("news", "They said \u201cthe leaders agreed to meet again in the autumn, but nobody else knows more.\n\n"
                       "Next paragraph.")
    q = only(check_quotes([official(), news]))
    assert q.verdict == EXACT
    assert news.text[q.start:q.end] == "the leaders agreed to meet again in the autumn"


def test_missing_closing_mark_keeps_the_whole_when_the_rest_is_the_sources_too():
    news = doc("news", "They said \u201cthe alliance will stand firmly behind its partners in the months ahead. The "
                       "leaders agreed to meet again in autumn and to send forty observers to the border region.\n\n"
                       "Next paragraph.")
    q = only(check_quotes([official(), news]))
    assert q.verdict == ALTERED
    assert news.text[q.start:q.end].endswith("border region.")
    assert (-1, "40") in q.diff and (1, "forty") in q.diff


def test_a_changed_last_word_is_set_against_the_source_word():
    news = doc("news", 'They agreed "to send 40 observers to the border zone" in spring.')
    q = only(check_quotes([official(), news]))
    assert q.verdict == ALTERED
    assert q.diff[-2:] == ((-1, "region"), (1, "zone"))
    assert READOUT[q.source.start:q.source.end].endswith("border region")


def test_transliterations_of_one_name_are_the_same_word():
    src = official("The President spoke with President Zelenskiy about the Zaporozhye plant and Odessa port.")
    news = doc("news", 'He "spoke with President Zelenskyy about the Zaporizhzhia plant and Odesa port."')
    assert only(check_quotes([src, news])).verdict == EXACT


def test_quotation_running_past_the_end_of_an_excerpt():
    cut = Document(id="ex", path="ex.txt", title="ex", text="The leaders agreed to meet again in the autumn and [\u2026]",
                   role=OFFICIAL, event="e1", excerpt=True)
    news = doc("news", 'They "agreed to meet again in the autumn and to open a consulate in the north."')
    q = only(check_quotes([cut, news]))
    assert (q.verdict, q.source.doc) == (EXACT, "ex")
    whole = Document(id="ex", path="ex.txt", title="ex", text=cut.text, role=OFFICIAL, event="e1")
    assert only(check_quotes([whole, news])).verdict == NOT_FOUND


def test_two_changed_words_in_six_are_altered_but_three_common_words_in_five_are_not():
    src = official("They agreed to send forty observers to the region. Good to see everybody here today.")
    news = doc("news", 'They agreed to "send fifty monitors to the region," adding "good to see you again."')
    quotes = sorted(check_quotes([src, news]), key=lambda q: q.start)
    assert [q.verdict for q in quotes] == [ALTERED, NOT_FOUND]


def test_diagonal_clusters_group_nearby_hits_and_rank_by_distinct_quote_words():
    # diagonals 10-12 hold quote words 0, 1, 2; diagonal 40 holds word 3 twice; 90 holds one word
    hits = [(40, 3), (10, 0), (12, 2), (90, 1), (11, 1), (41, 3)]
    assert diagonal_clusters(hits, 5, 2, 3) == [(10, 12)]
    assert diagonal_clusters(hits, 5, 1, 2) == [(10, 12), (40, 41)]
    assert diagonal_clusters(hits, 100, 1, 3) == [(10, 90)]
    assert diagonal_clusters([], 5, 1, 3) == []


def test_a_quotation_is_checked_against_the_official_wording_not_another_outlets():
    wire = Document(id="wire", path="wire.txt", title="wire", text="The call lasted almost an hour and a half, the "
                    "spokesman said.", role="outlet", event="e1", source="Wire Agency")
    paper = doc("paper", 'The paper wrote that the call "lasted almost an hour and a half" on Tuesday.')
    assert only(check_quotes([official(), wire, paper]), "paper").verdict == NOT_FOUND


def test_an_outlet_is_the_source_of_a_quotation_that_names_its_author():
    column = Document(id="column", path="column.txt", title="column", text="Dialogue and diplomacy are never "
                      "concessions in themselves, whatever the hawks say.", role="outlet", event="e1",
                      author="Anna Lind", source="The Weekly")
    paper = doc("paper", 'Anna Lind, an analyst, wrote: "dialogue and diplomacy are never concessions in '
                         'themselves."')
    q = only(check_quotes([official(), column, paper]), "paper")
    assert q.verdict == EXACT and q.source.doc == "column"


def test_a_quotation_that_only_wraps_an_official_phrase_in_words_of_its_own_is_not_found_not_altered():
    said = "The leaders stressed maintaining open lines of communication at all levels."
    wrapped = doc("news", "The paper cited \u201congoing efforts to maintain open lines of communication\u201d.")
    assert only(check_quotes([official(said), wrapped])).verdict == NOT_FOUND  # from a text not in the folder
    changed = doc("news", "They stressed \u201cmaintaining open channels of communication at all levels\u201d.")
    assert only(check_quotes([official(said), changed])).verdict == ALTERED  # a word replaced
    added = doc("news", "They stressed \u201calways maintaining open lines of communication at all levels\u201d.")
    q = only(check_quotes([official(said), added]))
    assert q.verdict == ALTERED and (1, "always") in q.diff  # one word slipped in: an alteration to show


def test_sentences_quoted_together_with_the_source_sentences_between_them_left_out_are_altered():
    src = official("The Prime Minister received a telephone call today from the President. The Prime Minister thanked "
                   "him for the long friendship of the two nations, for the visits of many ministers over the years "
                   "and for the help given after the floods in the spring of last year. While discussing the war, "
                   "the Prime Minister briefed the President on his recent visit to the front.")
    news = doc("news", 'The statement said: "The Prime Minister received a telephone call today from the President. '
                       'While discussing the war, PM briefed the President on his recent visit to the front."')
    q = only(check_quotes([src, news]))
    assert (q.verdict, q.source.doc) == (ALTERED, "wh")
    assert (-1, "the Prime Minister") in q.diff and (1, "PM") in q.diff


def test_a_word_written_open_on_one_side_and_solid_on_the_other_is_no_alteration():
    src = official("Russia wants to do largescale trade with the partners when the war is over, and I agree.")
    news = doc("news", 'He wrote: "Russia wants to do large scale trade with the partners when the war is over."')
    q = only(check_quotes([src, news]))
    assert (q.verdict, q.source.doc, q.diff) == (EXACT, "wh", None)
    changed = doc("news", 'He wrote: "Russia wants to do large scale business with the partners when the war is over."')
    assert only(check_quotes([src, changed])).verdict == ALTERED


def test_a_speakers_i_where_the_readout_says_he_is_the_speakers_own_text():
    src = official("He reiterated the country's consistent position and expressed full support for an early return "
                   "of peace and stability.")
    own = doc("news", 'The Prime Minister wrote: "I reiterated the country\'s full support for an early return of '
                      'peace and stability."')
    assert only(check_quotes([src, own])).verdict == NOT_FOUND
    told = doc("news", 'The readout said: "He reiterated the country\'s full support for an early return of peace '
                       'and calm."')
    assert only(check_quotes([src, told])).verdict == ALTERED
