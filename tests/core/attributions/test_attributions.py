"""Attribution check on tiny literal folders: which document a named source is, and whether it says that."""

from dataclasses import replace

from readout_viewer.core.attributions import people
from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import (
    AGREE,
    MISATTRIBUTED,
    OFFICIAL,
    OUTLET,
    SUPPORTED,
    UNSUPPORTED,
    Claim,
    Document,
    Link,
)
from readout_viewer.core.quotes.check import check_quotes

US_TEXT = ("The President spoke today with the Chancellor. He urged restraint along the northern border. "
           "He made clear that the allies would respond firmly to any new incursion.")
RU_TEXT = ("The Chancellor and the President discussed the grain corridor. The President pledged that no new "
           "missile batteries would be placed near the northern border. Both sides agreed to keep talking.")


def doc(doc_id, text, role=OUTLET, source=None, side=None, kind=None, author=None, title=None, event="e1"):
    return Document(id=doc_id, path=doc_id + ".txt", title=title or doc_id, text=text, role=role, event=event,
                    source=source, side=side, kind=kind, author=author)


def folder(news_text, *extra):
    us = doc("us", US_TEXT, OFFICIAL, "The White House", "US", "readout")
    ru = doc("ru", RU_TEXT, OFFICIAL, "Kremlin", "RU", "readout")
    return [us, ru, doc("news", news_text, source="Daily Paper"), *extra]


def claims(documents):
    return {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
            for d in documents}


def check(documents, links=()):
    return check_attributions(documents, claims(documents), list(links), check_quotes(documents))


def only(found, doc_id="news"):
    mine = [a for a in found if a.doc == doc_id]
    assert len(mine) == 1, mine
    return mine[0]


def test_supported_by_the_cited_readout():
    docs = folder("Snow fell. The White House said the President urged restraint along the northern border.")
    a = only(check(docs))
    assert (a.cited, a.verdict, a.found_in) == ("us", SUPPORTED, None)
    assert a.cited_as == "The White House"
    assert docs[2].text[a.start:a.end].startswith("The White House said")


def test_a_source_after_a_contrast_speaks_only_for_what_follows():
    docs = folder("Moscow described the talks as \u201cfrank and businesslike\u201d while the White House said the "
                  "President urged restraint along the northern border.")
    moscow, a = [x for x in check(docs) if x.doc == "news"]
    assert (a.cited_as, a.verdict) == ("the White House", SUPPORTED)
    assert docs[2].text[a.start:a.end].startswith("the White House said")
    # "described ... as" is a statement of Moscow's too, which its readout does not carry; it ends at the contrast
    assert (moscow.cited_as, moscow.verdict) == ("Moscow", UNSUPPORTED)
    assert docs[2].text[moscow.start:moscow.end].endswith("businesslike\u201d")


def test_misattributed_when_only_another_readout_says_it():
    docs = folder("The President, as the official message released by the White House reads, pledged that no "
                  "missile batteries would be placed near the northern border.")
    a = only(check(docs))
    assert a.cited_as == "the official message released by the White House"
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")


def test_unsupported_when_no_document_says_it():
    docs = folder("According to the Kremlin, the leaders will meet in Vienna next spring to sign a fisheries treaty.")
    a = only(check(docs))
    assert (a.cited, a.verdict, a.found_in) == ("ru", UNSUPPORTED, None)
    assert a.cited_as == "the Kremlin"


def test_an_absence_in_an_excerpt_says_the_rest_may_hold_it():
    # the folder's copy of the Kremlin's text is cut short: "unsupported" is no charge of invention
    docs = folder("According to the Kremlin, the leaders will meet in Vienna next spring to sign a fisheries treaty.")
    docs[1] = replace(docs[1], excerpt=True)
    a = only(check(docs))
    assert a.verdict == UNSUPPORTED
    assert a.detail.endswith("(the folder holds only an excerpt of that text: the rest may say it)")
    whole = only(check(folder("According to the Kremlin, the leaders will meet in Vienna next spring to sign a "
                              "fisheries treaty.")))
    assert "excerpt" not in whole.detail


def test_source_not_in_the_folder():
    docs = folder("Grain exports will double next year, Olga Petrenko said on Tuesday.")
    a = only(check(docs))
    assert (a.cited, a.verdict) == (None, UNSUPPORTED)
    assert a.cited_as == "Olga Petrenko"


def test_quoted_words_decide_through_the_quotation_check():
    docs = folder('\u201cThe allies would respond firmly to any new incursion,\u201d the Kremlin said.')
    a = only(check(docs))
    assert (a.cited, a.verdict, a.found_in) == ("ru", MISATTRIBUTED, "us")


def test_a_link_counts_as_support():
    # the linked text holds one word of the statement ("Chancellor"): a link to one that holds none is no support
    docs = folder("The White House said the Chancellor would go on talking about the grain corridor later on.")
    cl = claims(docs)
    link = Link(cl["news"][0].id, cl["us"][0].id, AGREE, 0.9)
    found = check_attributions(docs, cl, [link], [])
    assert only(found).verdict == SUPPORTED


def test_author_and_title_speakers_name_their_documents():
    column = doc("column", "Sanctions would hurt the grain trade more than anyone expects this winter.",
                 author="Ann Weber", source="Weekly")
    briefing = doc("brief", "MR. LOTT: We will keep the northern border corridor open for grain exports.", OFFICIAL,
                   "The White House", "US", "briefing", title="Press Briefing by Press Secretary Tom Lott")
    news = doc("news", "Weber wrote that sanctions would hurt the grain trade. Lott said the northern border corridor "
                       "would stay open for grain exports.")
    found = sorted(check([column, briefing, news]), key=lambda a: a.start)
    assert [(a.cited, a.verdict) for a in found if a.doc == "news"] == [("column", SUPPORTED), ("brief", SUPPORTED)]


def test_a_country_after_a_preposition_is_no_source_the_president_of_it_is_its_leader():
    # "Russia" after "of" is not Russia speaking; "The President of Russia" is the side's leader, as "The Russian
    # president" is (attr31: it was a source after "according to" only)
    text = "The President of Russia noted the grain corridor. The President said the border is calm."
    adjective = text.replace("The President of Russia", "The Russian president")
    assert [a.cited_as for a in check(folder(text)) if a.doc == "news"] == ["The President (The President of Russia)"]
    assert [a.cited_as for a in check(folder(adjective)) if a.doc == "news"] == [
        "The President (The Russian president)"]


def test_a_document_citing_its_own_source_is_skipped():
    us = doc("us", "The White House said the President urged restraint along the northern border today.",
             OFFICIAL, "The White House", "US", "readout")
    assert check([us]) == []


def test_same_event_preferred_for_the_cited_document():
    old = doc("old", "The President urged calm over the fishing dispute.", OFFICIAL, "The White House", "US",
              "readout", event="e0")
    docs = folder("The White House said the Chancellor would visit the capital soon.", old)
    assert only(check(docs)).cited == "us"


def test_sentences_keep_initials_together():
    text = "The U.S. side said so. Mr. Lott agreed! Then?"
    assert [text[s:e] for s, e in loose_sentences(text)] == ["The U.S. side said so.", "Mr. Lott agreed!", "Then?"]


def test_sentences_know_the_same_titles_as_claims():
    from readout_viewer.core.language.segment import claim_spans
    text = "Sen. Risch said the drills ended in Sept. last year. Lt. Gen. Berg agreed with him."
    expected = ["Sen. Risch said the drills ended in Sept. last year.", "Lt. Gen. Berg agreed with him."]
    assert [text[s:e] for s, e in loose_sentences(text)] == expected
    assert [text[s:e] for s, e, _ in claim_spans(text)] == expected


def test_appositive_and_trailing_speaker():
    column = doc("column", "Talking to adversaries is never a concession but a duty of statecraft in hard times.",
                 author="Ann Weber", source="Weekly")
    news = doc("news", "\u201cTalking to adversaries is never a concession,\u201d Ann Weber, a historian at a "
                       "small college, wrote in a column.")
    a = only(check([column, news]))
    assert (a.cited_as, a.cited, a.verdict) == ("Ann Weber", "column", SUPPORTED)


def test_as_assessed_by_looks_both_ways():
    docs = folder("The grain corridor talks went well, at least as assessed by the Kremlin.")
    a = only(check(docs))
    assert (a.cited, a.cited_as) == ("ru", "the Kremlin")


def test_short_quoted_phrase_found_word_for_word_supports():
    docs = folder('Such calls help to keep "talking" and to avoid a "new incursion," as the American side reported.')
    docs[0] = doc("us", US_TEXT, OFFICIAL, "The White House", "US", "readout")
    a = only(check(docs))
    assert (a.cited, a.verdict) == ("us", SUPPORTED)


def test_near_tie_with_the_cited_document_is_not_a_misattribution():
    us = doc("us", "The allies will respond firmly to provocations.", OFFICIAL, "The White House", "US", "readout")
    ru = doc("ru", "The allies respond firmly near the northern border.", OFFICIAL, "Kremlin", "RU", "readout")
    news = doc("news", "The White House said the allies will respond firmly to provocations near the northern "
                       "border in winter, with tanks.")
    a = only(check([us, ru, news]))  # 4 of its 9 words in the cited readout, 6 in the other: too close to call
    assert (a.cited, a.verdict) == ("us", UNSUPPORTED)


def test_quote_copied_from_an_outlet_is_still_the_cited_readouts_point():
    column = doc("column", "Officials say the allies would respond very firmly to any new incursion this year.",
                 source="Weekly")
    news = doc("news", '\u201cThe allies would respond very firmly to any new incursion,\u201d the White House said.')
    a = only(check(folder("Nothing here.")[:2] + [column, news]))
    assert (a.cited, a.verdict) == ("us", SUPPORTED)


def test_link_through_the_other_readout_counts_for_the_cited_one():
    docs = folder("The Kremlin said the two sides would go on with talks on grain and ships at sea after all.")
    cl = claims(docs)
    to_us = Link(cl["news"][0].id, cl["us"][0].id, AGREE, 0.9)
    us_to_ru = Link(cl["us"][0].id, cl["ru"][2].id, AGREE, 0.8)
    assert only(check_attributions(docs, cl, [to_us], [])).verdict == MISATTRIBUTED
    assert only(check_attributions(docs, cl, [to_us, us_to_ru], [])).verdict == SUPPORTED


def test_leaders_names_do_not_count_against_support():
    ru = doc("ru", "The Russian side proposed to lift restrictions on embassies.", OFFICIAL, "Kremlin", "RU", "readout",
             title="Talks between President Ivan Petrov and President Joe Smith")
    news = doc("news", "The Kremlin said that Petrov proposed to Smith that they lift old visa rules for embassies.")
    a = only(check([ru, news]))  # without the two names 3 of 6 words are the readout's; with them, 3 of 8
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)


def test_a_leader_in_a_readout_title_is_not_its_speaker_and_officials_cite_no_people():
    wh = doc("wh", "President Lee met Prime Minister Tanaka. They agreed to expand chip research funding.", OFFICIAL,
             "The White House", "US", "readout", title="Readout of President Lee's Meeting with Prime Minister Tanaka")
    jp = doc("jp", "Prime Minister Tanaka said Japan would double its coast guard budget next year.", OFFICIAL,
             "Foreign Ministry", "JP", "readout", title="Japan-U.S. Summit")
    news = doc("news", "Tanaka said Japan would double its coast guard budget next year. Tokyo said the two "
                       "leaders agreed to expand chip research funding soon.")
    found = check([wh, jp, news])
    assert [a.doc for a in found] == ["news"]
    assert (found[0].cited_as, found[0].cited, found[0].verdict) == ("Tokyo", "jp", MISATTRIBUTED)


def test_a_second_hop_does_not_support_what_another_text_plainly_says():
    docs = folder("The White House said no new missile batteries would be placed near the northern border.")
    cl = claims(docs)
    to_ru = Link(cl["news"][0].id, cl["ru"][1].id, AGREE, 0.9)
    ru_to_us = Link(cl["ru"][1].id, cl["us"][1].id, AGREE, 0.7)
    a = only(check_attributions(docs, cl, [to_ru, ru_to_us], []))
    assert (a.verdict, a.found_in) == (MISATTRIBUTED, "ru")


# ---- leaders, spokespeople, evidence and reports no readout carries (our own literal folders)

LEADERS_N = ("Norwegian Premier Ola Berg spoke today with Swedish Premier Eva Sol. Premier Berg proposed a joint "
             "patrol of the fishing grounds in the northern strait.")
LEADERS_S = ("Swedish Premier Eva Sol had a telephone conversation with Norwegian Premier Ola Berg. Eva Sol "
             "stressed that the fishing quota must be shared fairly between the two fleets.")


def leaders_folder(news_text):
    north = doc("north", LEADERS_N, OFFICIAL, "Office of the Norwegian Premier", "NO", "readout")
    south = doc("south", LEADERS_S, OFFICIAL, "Office of the Swedish Premier", "SE", "readout")
    return [north, south, doc("news", news_text, source="Daily Paper")]


def test_a_leaders_words_are_supported_by_either_account_never_misattributed():
    # what Sol stressed is in the Swedish readout; what Berg proposed only in the Norwegian one
    docs = leaders_folder("Sol stressed that the fishing quota must be shared fairly between the two fleets. "
                          "Sol said that Premier Berg proposed a joint patrol of the fishing grounds in the strait.")
    found = [a for a in check(docs) if a.doc == "news"]
    assert [(a.cited_as, a.cited, a.verdict) for a in found] == [("Sol", "south", SUPPORTED), ("Sol", "south", SUPPORTED)]
    assert found[1].found_in == "north" and "Norwegian" in found[1].detail


def test_a_leaders_quoted_phrase_of_three_words_in_an_account_supports_them_a_label_of_two_does_not():
    said = ('Sol insisted that the northern harbours will get new cranes next decade and that the catch will be '
            '"{}" the trawler crews, the paper learned.')
    found = [a for a in check(leaders_folder(said.format("shared fairly between"))) if a.doc == "news"]
    assert [(a.cited_as, a.verdict) for a in found] == [("Sol", SUPPORTED)] and "word for word" in found[0].detail
    found = [a for a in check(leaders_folder(said.format("shared fairly"))) if a.doc == "news"]
    assert [(a.cited_as, a.verdict) for a in found] == [("Sol", UNSUPPORTED)]


def test_a_leaders_words_no_account_carries_are_reported_as_not_in_any_readout(tmp_path):
    from readout_viewer.core.analysis import analyze
    front = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
    (tmp_path / "north.md").write_text(front.format(s="Office of the Norwegian Premier", side="NO") + LEADERS_N)
    (tmp_path / "south.md").write_text(front.format(s="Office of the Swedish Premier", side="SE") + LEADERS_S)
    (tmp_path / "news.txt").write_text(
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n\n"
        "Premier Berg has long said that the quota treaty of 1998 needs to be renegotiated from scratch.\n\n"
        "Premier Berg announced on social media that the fishing fleets would be given new harbours next year.\n\n"
        "Premier Berg said in a post that the fishing fleets would be given new harbours next year.\n")
    analysis = analyze(tmp_path)
    flagged = [analysis.claim[u.claim].text for u in analysis.unreported]
    assert flagged == ["Premier Berg warned that Norway would send three warships to the northern strait next month."]
    assert "no official account" in analysis.unreported[0].detail


def test_a_report_in_no_readout_names_the_closest_official_wording_for_a_person_to_check(tmp_path):
    from readout_viewer.core import jsonio
    from readout_viewer.core.analysis import analyze
    from readout_viewer.core.findings import findings
    front = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
    (tmp_path / "north.md").write_text(front.format(s="Office of the Norwegian Premier", side="NO") + LEADERS_N)
    (tmp_path / "south.md").write_text(front.format(s="Office of the Swedish Premier", side="SE") + LEADERS_S)
    (tmp_path / "news.txt").write_text(
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n")
    analysis = analyze(tmp_path)
    [report] = analysis.unreported
    [near] = report.nearest  # the Swedish readout shares none of its content: only the Norwegian one is named
    assert (near.doc, analysis.claim[near.claim].text, near.words) == (
        "north", "Premier Berg proposed a joint patrol of the fishing grounds in the northern strait.",
        ("northern", "strait"))
    assert 0 < near.score < 0.25  # under what a report takes: shown to be judged, never a link
    assert jsonio.from_dict(jsonio.to_dict(analysis)).unreported == analysis.unreported
    [row] = [f for f in findings(analysis) if f.verdict == "unreported"]
    assert (row.other_doc, row.other_claim) == ("north", near.claim)  # the counterpart column holds the wording
    assert "joint patrol" in row.other_text and "joint patrol" not in row.reason
    assert "closest official wording has too little in common to link (shares “northern”, “strait”)" in row.reason


def test_a_spokesperson_speaks_for_the_source_that_introduced_them():
    docs = folder("Kremlin spokesman Ivan Orlov confirmed the talks. Orlov said the President pledged that no new "
                  "missile batteries would be placed near the northern border.")
    a = [x for x in check(docs) if x.doc == "news"][-1]
    assert (a.cited_as, a.cited, a.verdict) == ("Orlov", "ru", SUPPORTED)


def test_a_misattribution_says_why_with_the_evidence_and_a_score():
    docs = folder("The President, as the official message released by the White House reads, pledged that no "
                  "missile batteries would be placed near the northern border.")
    a = only(check(docs))
    assert a.verdict == MISATTRIBUTED and a.score is not None and a.score >= 0.25
    assert "no new missile batteries" in a.detail and "Kremlin" in a.detail


def test_a_statement_of_few_words_found_elsewhere_is_unsupported_not_misattributed():
    """A charge needs evidence: three words the other readout happens to hold do not make it the source."""
    docs = folder("The White House said both sides would keep talking.")
    a = only(check(docs))
    assert (a.cited, a.verdict, a.found_in) == ("us", UNSUPPORTED, None)
    assert "too few to say it comes from there" in a.detail and "Kremlin" in a.detail


def test_an_account_released_by_a_source_cites_that_source():
    docs = folder("According to a description of the conversation released by Russia's foreign ministry, the "
                  "President pledged that no new missile batteries would be placed near the northern border.")
    a = only(check(docs))
    assert a.cited_as == "a description of the conversation released by Russia's foreign ministry"
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
    docs = folder("According to a readout issued by the White House, the President pledged that no new missile "
                  "batteries would be placed near the northern border.")
    a = only(check(docs))
    assert (a.cited_as, a.cited, a.verdict, a.found_in) == ("a readout issued by the White House", "us",
                                                            MISATTRIBUTED, "ru")


def test_the_ministry_stands_for_the_last_ministry_the_text_named():
    docs = folder("The Russian foreign ministry and the White House put out their accounts on Monday.\n\nThe "
                  "President pledged that no new missile batteries would be placed near the northern border, the "
                  "ministry said.")
    a = [x for x in check(docs) if x.doc == "news"][-1]
    assert (a.cited_as, a.cited, a.verdict) == ("the ministry (The Russian foreign ministry)", "ru", SUPPORTED)
    docs = folder("The President pledged that no new missile batteries would be placed near the northern border, "
                  "the ministry said.")
    assert [x for x in check(docs) if x.doc == "news"] == []  # no ministry named before: nobody to stand for


def test_a_sides_government_and_foreign_ministry_stand_for_its_official_texts():
    docs = folder("According to Russia's foreign ministry, the President pledged that no new missile batteries "
                  "would be placed near the northern border.")
    a = only(check(docs))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
    docs = folder("The Russian government said the leaders would meet in Vienna next spring to sign a treaty.")
    a = only(check(docs))
    assert (a.cited, a.verdict) == ("ru", UNSUPPORTED)


def test_the_us_leader_and_the_us_side_are_the_american_side():
    """"US" is an adjective, not the plural of a demonym: "the US leader" speaks for the American side."""
    for subject in ("The US leader", "The US side", "The U.S. president"):
        docs = folder(f"{subject} said the allies would respond firmly to any new incursion on the border.")
        a = only(check(docs))
        assert (a.cited_as, a.cited, a.verdict) == (subject, "us", SUPPORTED), subject
    docs = folder("The Russians said the allies would respond firmly to any new incursion on the border.")
    assert [a for a in check(docs) if a.doc == "news"] == []  # a plural demonym: a country's people, no source


def test_urging_blaming_accusing_and_quoting_cite_their_subject():
    for verb in ("urged", "blamed", "accused", "quoted"):
        docs = folder(f"The Kremlin {verb} the allies over the grain corridor and the missile batteries near the "
                      "northern border.")
        a = only(check(docs))
        assert (a.cited_as, a.cited) == ("The Kremlin", "ru"), verb


def test_he_added_speaks_for_the_leader_the_sentence_before_named():
    docs = leaders_folder("Sol stressed that the fishing quota must be shared fairly between the two fleets.\n\n"
                          "The harbour fees of the northern ports will triple by next spring, she added. "
                          "Analysts doubt it. He said the fees would fall.")
    found = [a for a in check(docs) if a.doc == "news"]
    assert [(a.cited_as, a.cited, a.verdict) for a in found] == [
        ("Sol", "south", SUPPORTED), ("she (Sol)", "south", UNSUPPORTED)]  # "He" after "Analysts doubt it": no one


def test_a_quotation_alone_goes_on_in_the_words_of_the_speaker_just_named():
    docs = leaders_folder('"We will build a bridge to the islands," Sol said in her post.\n\n'
                          '"The fishing quota must be shared fairly between the two fleets."\n\n'
                          '"Twelve new harbours will open next year," the paper was told. "It is cold here."\n\n'
                          'The harbours are old. "Nothing will change."')
    found = [(a.cited_as, a.cited, a.verdict) for a in check(docs) if a.doc == "news"]
    # the second quotation is Sol's; after an unnamed speaker, or after text of the paper's own, nobody's
    assert found[:2] == [("Sol", "south", UNSUPPORTED), ("Sol", "south", SUPPORTED)] and len(found) == 2


def test_according_to_him_speaks_for_the_spokesperson_the_sentence_before_named():
    docs = folder("Kremlin spokesman Ivan Orlov confirmed the talks took place on Monday morning. According to him, "
                  "the President pledged that no new missile batteries would be placed near the northern border.")
    found = [a for a in check(docs) if a.doc == "news"]
    assert [(a.cited_as, a.cited, a.verdict) for a in found][-1] == ("him (Ivan Orlov)", "ru", SUPPORTED)


def test_posting_cites_its_subject_while_what_someone_outlined_is_no_citation():
    docs = folder('"The allies would respond firmly to any new incursion," the White House posted on social media.')
    assert (only(check(docs)).cited_as, only(check(docs)).verdict) == ("the White House", SUPPORTED)
    # an object relative: the sentence is the paper's comment, not the President's words
    docs = folder("The various sanctions Ivan Orlov presumably outlined are unlikely to differ from the options "
                  "already openly discussed in the capitals.")
    assert [a for a in check(docs) if a.doc == "news"] == []


def test_calling_something_a_quoted_word_cites_the_subject_calling_someone_does_not():
    docs = folder('The White House called the exchange "a firm answer to any new incursion" along the northern border.')
    a = only(check(docs))
    assert (a.cited_as, a.cited) == ("The White House", "us")
    docs = folder("The White House called the Kremlin on Monday about the northern border and the new incursion.")
    assert [x for x in check(docs) if x.doc == "news"] == []


def test_a_day_or_a_month_is_never_the_speaker():
    docs = folder("Olga Petrenko on Tuesday said grain exports would double next year. "
                  "In a call with the Chancellor on Friday, Ivan Sorokin reiterated his position, saying exports "
                  "would fall. In March, Anna Volkova said the corridor would close for good.")
    assert [a.cited_as for a in check(docs)] == ["Olga Petrenko", "Ivan Sorokin", "Anna Volkova"]


def test_a_chinese_leader_named_once_in_full_speaks_later_by_the_family_name():
    beijing = doc("beijing", "Chinese President Xi Jinping held a video call with US President Joe Biden. Xi said "
                  "China would keep the grain corridor open to all ships.", OFFICIAL, "Xinhua", "CN", "readout")
    washington = doc("washington", "President Biden spoke with President Xi Jinping of China about trade.",
                     OFFICIAL, "The White House", "US", "readout")
    news = doc("news", "Xi said that China would keep the grain corridor open to all ships. Xi said that the "
               "moon landing of 2030 would carry a crew of four.", source="Daily Paper")
    found = [a for a in check([beijing, washington, news]) if a.doc == "news"]
    assert [(a.cited_as, a.verdict) for a in found] == [("Xi", SUPPORTED), ("Xi", UNSUPPORTED)]



def test_the_readout_named_by_its_kind_stands_for_the_institution_just_named_before_the_sentence():
    said = "The President pledged that no new missile batteries would be placed near the northern border"
    found = only(check(folder(f"The Kremlin said the talks were useful. {said}, according to the readout.")))
    assert (found.cited, found.verdict, found.cited_as) == ("ru", SUPPORTED, "the readout (The Kremlin)")
    # far after it, with no institution named between, it is the account the text cited last (the Kremlin's)
    far = "The Kremlin said the talks were useful. " + "Fishermen waited in the harbour all day. " * 20
    found = [a for a in check(folder(f"{far}{said}, according to the readout.")) if a.doc == "news"][-1]
    assert (found.cited, found.verdict, found.cited_as) == ("ru", SUPPORTED, "the readout (The Kremlin)")
    assert not [a for a in check(folder(f"The Kremlin said the talks were useful. {said}, according to the "
                                        "statement by the alliance.")) if a.doc == "news"]


def test_a_relative_clause_in_which_the_source_speaks_again_is_checked_on_its_own():
    pledged = "The President pledged \u201cthat no new missile batteries would be placed near the northern border,\u201d"
    docs = folder(f"{pledged} the Kremlin said in its readout of the call, which it said lasted almost two and a "
                  "half hours in the evening.")
    # the whole sentence's claim is linked to the pledge: that link speaks for the pledge, not for the duration
    found = [a for a in check(docs, [Link("news#1", "ru#2", AGREE, 0.8)]) if a.doc == "news"]
    assert [(a.cited_as, a.verdict) for a in found] == [("the Kremlin", SUPPORTED), ("it (the Kremlin)", UNSUPPORTED)]
    assert found[1].detail.startswith("no claim of")
    assert docs[-1].text[found[1].start:found[1].end].startswith("which it said lasted")  # not ", which"
    # "he" cannot stand for the Kremlin: the sentence stays whole
    whole = [a for a in check(folder(f"{pledged} the Kremlin said in its readout of the call, which he said "
                                     "lasted almost two and a half hours.")) if a.doc == "news"]
    assert [a.cited_as for a in whole] == ["the Kremlin"]


def test_words_only_another_outlet_holds_make_an_unsupported_statement_not_a_misattribution():
    wire = "The leaders will meet in Vienna next spring to sign a fisheries treaty with the northern fleets."
    docs = folder("According to the Kremlin, the leaders will meet in Vienna next spring to sign a fisheries "
                  "treaty with the northern fleets.", doc("wire", wire, source="Wire Service"))
    a = only(check(docs))
    assert (a.cited, a.verdict, a.found_in) == ("ru", UNSUPPORTED, None)


PLEDGE = "the President pledged that no new missile batteries would be placed near the northern border"


def test_a_characterisation_pins_what_follows_as_on_its_source():
    """"described by X as", "X described ... as": the characterisation is the source's."""
    restraint = "urging restraint along the northern border"
    for text in (f"The call, described by the White House as {restraint}, went on for an hour.",
                 f"The White House described the call as {restraint}."):
        a = only(check(folder(text)))
        assert (a.cited_as.lower(), a.cited, a.verdict) == ("the white house", "us", SUPPORTED), text


def test_an_account_named_before_its_source_cites_that_source():
    """"a statement from X", "a news release from X", after "according to", "citing" or "reads"."""
    for text, named in ((f"According to a news release from the Kremlin, {PLEDGE}.",
                         "a news release from the Kremlin"),
                        (f"{PLEDGE.capitalize()}, the paper reports, citing an April 2 statement from the Kremlin.",
                         "an April 2 statement from the Kremlin"),
                        (f"\u201c{PLEDGE.capitalize()},\u201d reads a statement from the Kremlin.",
                         "a statement from the Kremlin")):
        a = only(check(folder(text)))
        assert (a.cited_as, a.cited, a.verdict) == (named, "ru", SUPPORTED), text


def test_a_ministry_readout_and_the_statement_read_stand_for_the_source_named_before():
    ministry = only(check(folder("The Russian foreign ministry put out its account on Monday.\n\n"
                                 f"{PLEDGE.capitalize()}, a ministry readout said.")))
    assert (ministry.cited, ministry.verdict) == ("ru", SUPPORTED)
    assert ministry.cited_as.startswith("a ministry readout")
    read = only(check(folder(f"The Kremlin put out its account on Monday. \u201c{PLEDGE.capitalize()},\u201d "
                             "reads the statement.")))
    assert (read.cited, read.verdict, read.cited_as) == ("ru", SUPPORTED, "the statement (The Kremlin)")


def test_more_ways_to_report_what_a_source_said():
    """"also noted", "further indicated", "pointed out", "took to social media to", "…,” he told reporters"."""
    for text in (f"The Kremlin, in a statement after the call, also noted that {PLEDGE}.",
                 f"The Kremlin pointed out that {PLEDGE}.",
                 f"The Kremlin further indicated that {PLEDGE}.",
                 f"The Kremlin took to social media to announce that {PLEDGE}."):
        a = only(check(folder(text)))
        assert (a.cited, a.verdict) == ("ru", SUPPORTED), text
    docs = folder(f"Kremlin spokesman Ivan Orlov confirmed the talks took place. \u201c{PLEDGE.capitalize()},\u201d he told "
                  "reporters.")
    found = [(a.cited_as, a.cited, a.verdict) for a in check(docs) if a.doc == "news"]
    assert found[-1] == ("he (Ivan Orlov)", "ru", SUPPORTED)


def test_a_cue_between_commas_inside_its_statement_looks_both_ways():
    docs = leaders_folder("Sol said the harbour fees of the northern ports would rise.\n\n"
                          "The fishing quota, she added, must be shared fairly between the two fleets.")
    found = [(a.cited_as, a.verdict) for a in check(docs) if a.doc == "news"]
    assert found[-1] == ("she (Sol)", SUPPORTED)  # looking back only, "The fishing quota" says too little to check


def test_whom_a_source_told_it_to_is_no_part_of_the_statement():
    docs = folder(f"{PLEDGE.capitalize()}, Kremlin spokesman Ivan Orlov told reporters at a briefing.")
    a = only(check(docs))
    assert (a.cited_as, a.cited, a.verdict) == ("Ivan Orlov", "ru", SUPPORTED)


def test_replies_and_accounts_provided_by_a_source_cite_it():
    for text in (f"Asked about the border, the Kremlin replied that {PLEDGE}.",
                 f"When asked about the border, the Kremlin responded: \u201c{PLEDGE.capitalize()}.\u201d",
                 f"According to a readout provided by the Kremlin, {PLEDGE}."):
        a = only(check(folder(text)))
        assert (a.cited, a.verdict) == ("ru", SUPPORTED), text


def test_a_question_or_a_caption_that_cites_a_source_is_not_checked():
    """Not statements: never linked, so a check would find them nowhere and call them unsupported."""
    text = ("Is it true, as the Kremlin said, that the leaders will meet in Vienna to sign a fisheries treaty? "
            "According to the Kremlin, the leaders will meet in Vienna next spring to sign a fisheries treaty.")
    docs = folder(text)
    found = claims(docs)
    question, statement = found["news"]
    found["news"] = [replace(question, kind="question"), statement]
    checked = check_attributions(docs, found, [], check_quotes(docs))
    a = only(checked)
    assert (a.cited_as, a.verdict) == ("the Kremlin", UNSUPPORTED)
    assert a.start >= statement.start


def test_spokespeople_are_looked_for_with_the_names_held_just_before_a_title_in_any_case():
    doc = Document(id="e/d", path="e/d.txt", title="d", text=(
        "Xinhua reported it. KREMLIN spokesman Dmitry Peskov said so. The Wh\u0131te House press secretary Karine "
        "Jean-Pierre agreed."))
    # dotless i is "i" to re.IGNORECASE; a name not in ASCII is kept; Xinhua stands before no title
    assert people.held(["xinhua", "white house", "kremlin", "bundeskanzleramt\u00e9"], [fold(doc.text)]) == [
        "xinhua", "white house", "kremlin", "bundeskanzleramt\u00e9"]
    assert people.runs([3, 4, 5, 9, 11, 12]) == [(3, 5), (9, 9), (11, 12)]
    assert people.spokespeople([doc], ["xinhua", "white house", "kremlin"]) == {
        "Dmitry Peskov": "kremlin", "Peskov": "kremlin", "Karine Jean-Pierre": "wh\u0131te house",
        "Jean-Pierre": "wh\u0131te house"}


def test_a_statement_that_only_says_the_source_made_the_call_public_is_its_own_account():
    for said in ("The Kremlin confirmed the phone call via a Telegram post on Wednesday.",
                 "The Kremlin announced the call on its website on Thursday, December 30."):
        [a] = [a for a in check(folder(said)) if a.doc == "news"]
        assert (a.cited, a.verdict, a.score) == ("ru", SUPPORTED, 1.0), said
        assert "own account of the call" in a.detail
    # anything more than that it was made public is checked as any statement
    [a] = [a for a in check(folder("The Kremlin confirmed the call, and that the fishing fleet would sail on Monday."))
           if a.doc == "news"]
    assert a.verdict == UNSUPPORTED
