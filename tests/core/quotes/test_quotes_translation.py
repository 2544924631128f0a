"""Quotations worded as another translation of an official text: altered with its source, or not found."""

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_viewer.core.model import ALTERED, EXACT, NOT_FOUND, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.translation import quoted
from readout_viewer.core.quotes.words import quote_words

READOUT = ("The ministers discussed the harbour dispute at length. The presidents emphasised the need for practical "
           "and constructive cooperation on maritime safety and for the continuation of regular contacts between the "
           "navies. It was agreed to instruct the relevant departments to examine the proposals raised during the "
           "telephone conversation. The sides will continue the dialogue on strategic stability.")


def doc(doc_id: str, text: str, role: str = OUTLET, kind: str | None = None) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", kind=kind)


def official(text: str = READOUT, doc_id: str = "kr", kind: str = "readout") -> Document:
    return doc(doc_id, text, OFFICIAL, kind)


def only(quotes, doc_id="news"):
    mine = [q for q in quotes if q.doc == doc_id]
    assert len(mine) == 1, mine
    return mine[0]


def test_second_translation_of_a_sentence_is_altered_with_its_source_and_diff():
    news = doc("news", 'The statement says: "It has been agreed to task relevant agencies to examine the proposals '
                       'touched upon in the phone call," the Kremlin said.')
    q = only(check_quotes([official(), news]))
    assert q.verdict == ALTERED and q.source.doc == "kr"
    assert READOUT[q.source.start:q.source.end].startswith("It was agreed to instruct the relevant departments")
    assert READOUT[q.source.start:q.source.end].endswith("telephone conversation")
    assert (-1, "departments") in q.diff or any(op == -1 and "departments" in t for op, t in q.diff)
    assert any(op == 1 and "agencies" in t for op, t in q.diff)


def test_retranslated_sentence_with_synonyms_and_spelling_is_altered():
    news = doc("news", 'TASS wrote: "The leaders stressed the necessity of concrete and constructive cooperation in '
                       'the sphere of maritime safety, and the continuation of corresponding contacts between naval '
                       'commands."')
    q = only(check_quotes([official(), news]))
    assert q.verdict == ALTERED and q.source.doc == "kr"
    assert "constructive cooperation on maritime safety" in READOUT[q.source.start:q.source.end]


def test_long_quote_sharing_only_a_stock_phrase_stays_not_found():
    news = doc("news", 'The envoy told reporters: "We will continue the dialogue on strategic stability only once '
                       'the garrison leaves the island and the blockade of the southern ports is lifted for good."')
    assert only(check_quotes([official(), news])).verdict == NOT_FOUND


def test_a_quotation_sharing_little_but_country_names_stays_not_found():
    """Two texts about two countries share their names; a quotation needs more of its own words in the passage."""
    briefing = official("So the two leaders discussed the relations between the United States and China and ways of "
                        "addressing areas of strategic competition.", "bg", "briefing")
    news = doc("news", 'Xi said: "The United States is making misjudgments about China\'s strategic intentions."')
    assert only(check_quotes([briefing, news])).verdict == NOT_FOUND
    kept = doc("news", 'Xi said: "The United States and China should address the areas of strategic competition."')
    assert only(check_quotes([briefing, kept])).verdict == ALTERED


def test_a_speaker_adding_a_sentence_of_his_own_is_not_the_readout():
    news = doc("news", 'The spokesman said: "The presidents underlined the need for practical and constructive '
                       'cooperation on maritime safety. Frankly, this is what old-fashioned personal chemistry '
                       'between two stubborn men looks like."')
    assert only(check_quotes([official(), news])).verdict == NOT_FOUND


def test_two_distinct_official_passages_alike_leave_no_clear_origin():
    first = official("The presidents discussed maritime safety in the northern sea and agreed to hold naval "
                     "exercises.", "kr")
    second = official("The presidents discussed fishing quotas in the northern sea and agreed to hold further "
                      "consultations.", "wh")
    news = doc("news", 'It said: "Leaders talked about maritime safety across northern seas, agreeing to organise '
                       'further consultations."')
    assert only(check_quotes([first, second, news])).verdict == NOT_FOUND
    assert only(check_quotes([first, news])).verdict == ALTERED  # alone, the first would be the origin


def test_two_official_translations_are_copies_and_the_readout_is_named():
    briefing = official("Asked about it, the spokesman read out: the presidents emphasised the need for practical and "
                        "constructive cooperation on maritime safety and for the continuation of regular contacts "
                        "between the navies.", "briefing", "briefing")
    news = doc("news", 'TASS wrote: "The leaders stressed the necessity of concrete and constructive cooperation in '
                       'the sphere of maritime safety, and the continuation of corresponding contacts between naval '
                       'commands."')
    q = only(check_quotes([briefing, official(), news]))
    assert (q.verdict, q.source.doc) == (ALTERED, "kr")


def test_only_official_texts_are_origins_of_a_translation():
    outlet = doc("other", "Elsewhere: the presidents emphasised the need for practical and constructive cooperation "
                          "on maritime safety and for the continuation of regular contacts between the navies.")
    news = doc("news", 'TASS wrote: "The leaders stressed the necessity of concrete and constructive cooperation in '
                       'the sphere of maritime safety, and the continuation of corresponding contacts between naval '
                       'commands."')
    assert only(check_quotes([outlet, news])).verdict == NOT_FOUND


def test_pieces_are_sentences_and_parts_between_ellipses_short_sentences_join_a_neighbour():
    text = "Ships must sail freely in open waters. Thank you. Ports stay open … for grain and fuel cargo."
    words = quote_words(text, 0, len(text))
    q = quoted(words, text)
    # "Thank you." joins the sentence after it; the last part (three content words) joins the one before.
    assert q.cuts == (0, 5) and len(q.concepts) == 12


def test_a_sentence_of_the_speakers_own_between_translated_ones_is_not_the_readout():
    news = doc("news", 'He said: "The leaders stressed the necessity of concrete and constructive cooperation in the '
                       'sphere of maritime safety, and the continuation of contacts between the navies. Frankly, '
                       'nobody in either capital expected such warmth. It has been agreed to task relevant agencies to '
                       'examine the proposals touched upon in the phone call."')
    assert only(check_quotes([official(), news])).verdict == NOT_FOUND


def test_half_the_quotation_without_counterpart_is_not_the_readout():
    news = doc("news", 'He said: "The presidents emphasised, amid angry grumbling from northern coastal fishermen over '
                       'fuel prices and dwindling catches, constructive cooperation on maritime safety and regular '
                       'contacts between the navies."')
    assert only(check_quotes([official(), news])).verdict == NOT_FOUND


def test_a_first_person_speech_is_not_rendered_from_a_third_person_readout():
    src = official("President Lorne emphasised the unwavering commitment of Norland to the sovereignty and "
                   "territorial integrity of its neighbours.")
    speech = doc("news", 'Lorne told the crowd: "We will continue our support for the sovereignty and territorial '
                         'integrity of our neighbours."')
    assert only(check_quotes([src, speech])).verdict == NOT_FOUND
    third = doc("news", 'The readout says: "Lorne stressed the firm commitment of Norland to the sovereignty and '
                        'territorial integrity of neighbouring states."')
    assert only(check_quotes([src, third])).verdict == ALTERED


_FUNCTION = st.sampled_from(["the", "a", "of", "in", "on", "for", "with", "by", "was", "has", "been", "its", "their"])
_STRANGERS = st.sampled_from(["glacier", "violin", "orchard", "meteor", "saffron", "lantern", "canyon", "pepper",
                              "walrus", "turbine", "quilt", "harbourmaster", "sonnet", "marble"])


@settings(max_examples=40, deadline=None)
@given(st.lists(_FUNCTION, min_size=40, max_size=40))
def test_swapping_every_function_word_keeps_the_readout_as_origin(fillers):
    content = "presidents emphasised need practical constructive cooperation maritime safety continuation".split()
    words = [w for pair in zip(fillers, content) for w in pair]
    news = doc("news", f'It said: "{" ".join(words)}."')
    q = only(check_quotes([official(), news]))
    assert q.verdict in (ALTERED, EXACT) and q.source.doc == "kr"


@settings(max_examples=40, deadline=None)
@given(st.lists(_STRANGERS, min_size=6, max_size=14), st.lists(_FUNCTION, min_size=14, max_size=14))
def test_a_quotation_of_words_the_folder_lacks_is_never_placed(strangers, fillers):
    words = [w for pair in zip(fillers, strangers) for w in pair]
    news = doc("news", f'It said: "the presidents {" ".join(words)} maritime safety."')
    assert only(check_quotes([official(), news])).verdict == NOT_FOUND


def test_a_dispatch_telling_a_sentence_twice_is_still_its_one_origin():
    """The lead retells the warning and a quotation gives it further down: the two passages of one text are not
    rivals, so an outlet's own translation of the warning is altered, from that text."""
    dispatch = ("The premier said the country will take resolute measures, should the separatist forces for "
                "'Isle independence' 'provoke us, force our hands or even cross the red line.'\n\n"
                "The premiers discussed the harbour dispute at length. The premier noted the new wave of tensions "
                "across the straits and ascribed them to repeated attempts by the island authorities to look for "
                "support abroad, and to the intention of some foreigners to use the island to contain the country. "
                "Such moves are extremely dangerous, just like playing with fire, he said.\n\n"
                "\"That said, should the separatist forces for 'Isle independence' provoke us, force our hands or even "
                "cross the red line, we will be compelled to take resolute measures,\" the premier said.")
    news = doc("news", 'The premier warned: "If \u2018Isle independence\u2019 separatist forces provoke us, coerce us or '
                       'even cross the red line, we will have no choice but to take resolute measures."')
    q = only(check_quotes([official(dispatch, "xn"), news]))
    assert q.verdict == ALTERED and q.source.doc == "xn"


def test_a_translation_merging_the_next_sentence_into_the_quoted_one_is_altered():
    src = official("The ministers will prepare and are ready to sign with the partners an accord concerning a joint "
                   "fishing zone in the north. This would set out several main rules such as quotas. The talks ended.")
    news = doc("news", 'He said: "Ministers shall prepare and would be ready for signing, together with partners, an '
                       'accord on a common fishing zone up north, laying down a list of norms."')
    q = only(check_quotes([src, news]))
    assert (q.verdict, q.source.doc) == (ALTERED, "kr")
    unmerged = official("The ministers will prepare and are ready to sign with the partners an accord concerning a "
                        "joint fishing zone in the north and the south.")
    assert only(check_quotes([unmerged, news])).verdict == NOT_FOUND


def test_a_governments_we_may_render_the_country_its_readout_names():
    # "Brazil is not going to sit back" quoted as "we will not sit idly by"; "I" is a person, not a country
    src = official("The two presidents spoke by telephone. The President said that if the other side remains intent on "
                   "restricting Brazil's farm exports and denying Brazil its lawful access to markets, Brazil is not "
                   "going to sit back and watch. They agreed to stay in touch.")
    verdicts = []
    for person in ("we", "I"):
        news = doc("news", f'He warned: "If they insist on curbing Brazil\'s farm exports and denying Brazil its lawful '
                           f'access to markets, {person} will not sit idly by," state media said.')
        verdicts.append(only(check_quotes([src, news])).verdict)
    assert verdicts == [ALTERED, NOT_FOUND]
