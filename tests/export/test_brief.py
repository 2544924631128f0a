"""Seen by helper ux5: an editor with the PDF alone found the documents' list on pages 2–3 and the answers from page
4 on. Page 2 now says what each side's readout leaves out of the other's and who misquoted or misattributed whom."""

import re

from pypdf import PdfReader

from readout_viewer.export.pdf import export_pdf


def _page(reader: PdfReader, index: int) -> str:
    return " ".join(reader.pages[index].extract_text().split())


def test_the_second_page_answers_both_questions(qapp, tiny_analysis, tmp_path):
    out = tmp_path / "brief.pdf"
    export_pdf(tiny_analysis, out)
    reader = PdfReader(out)
    second = _page(reader, 1)
    assert second.startswith("In brief")
    # what each side left out, both ways round, the statements quoted
    # "Sanctions were discussed." is a point (two content words: helper omit3's rule for a readout's sentence), as the
    # analysis's own omissions say; it was held too thin to be missing when a readout needed three
    assert "The Kremlin readout leaves out 2 statements of The White House readout" in second
    assert "They agreed to talk again in “January”." in second and "Sanctions were discussed." in second
    assert "The White House readout leaves out 2 statements of the Kremlin readout" in second
    # who misquoted whom: the article's altered quotation and its misattribution, with whose words they are
    assert "Who misquoted or misattributed whom" in second
    assert "Pins it on “the White House”; the words are in the Kremlin readout." in second
    assert "“January” became “early January”" in second
    assert "In brief: what each side left out, who misquoted whom 2" in _page(reader, 0)  # the contents say where


def test_the_title_page_names_the_part_the_highlights_are_in(qapp, tiny_analysis, tmp_path):
    """It said "(part 4)" of a file whose documents in full are its sixth part (its fifth before "In brief")."""
    out = tmp_path / "title.pdf"
    export_pdf(tiny_analysis, out)
    first = _page(PdfReader(out), 0)
    assert "highlighted in the last part, Documents in full," in first and "part 4" not in first


def test_the_counts_name_each_kind_with_the_word_of_its_findings_heading(qapp, tiny_analysis, tmp_path):
    """The counts table said "altered quote", "quote not found", "not in any readout" above headings reading
    "≈ Altered", "? Not found", "· Unreported" (one word for one thing, helper ux4's rule)."""
    out = tmp_path / "counts.pdf"
    export_pdf(tiny_analysis, out)
    reader = PdfReader(out)
    summary = next(_page(reader, i) for i in range(len(reader.pages)) if "Counts Measure" in _page(reader, i))
    counts = summary.split("Counts Measure", 1)[1].split("Findings", 1)[0]
    for words in ("∅ left out: official", "≈ altered: quotations", "? not found: quotations",
                  "! misattributed: statements", "! unsupported: statements", "· unreported: what outlets"):
        assert words in counts, words
    assert "not in any readout" not in counts and "quote not found" not in counts


def test_one_event_exported_lists_only_its_own_readouts_left_out(qapp, corpus_analysis, tmp_path):
    """Seen by helper ux5: `export corpus --event 2021-12-30-phone-call` listed the video call's readouts, set
    against each other, under Left out (its statements are not in the file: their links led nowhere)."""
    out = tmp_path / "one.pdf"
    export_pdf(corpus_analysis, out, event="2021-12-30-phone-call")
    words = " ".join(_page(PdfReader(out), i) for i in range(len(PdfReader(out).pages)))
    assert "leaves out of The White House statement — 2021-12-30-phone-call" in words
    assert "— 2021-12-07-video-call (" not in words


def test_a_side_with_two_official_texts_leaves_out_only_what_neither_carries(qapp, tiny_analysis, tmp_path):
    """Seen by the lead on corpus/: "The Kremlin readout leaves out … held a secure video call today" while the
    Kremlin's own English text of the same call opens with that conversation; page 2 read one text per side."""
    import dataclasses

    from readout_viewer.core.model import Claim, Document, Link
    aide_text = "The presidents agreed to talk again next month and discussed sanctions."
    aide = Document("ev/ru-aide", "ev/ru-aide.md", "Aide's comment", aide_text, role="official", event="ev",
                    source="Kremlin", side="RU", kind="briefing", date="2021-12-30")
    claim = Claim("ev/ru-aide#1", aide.id, 0, len(aide_text), aide_text)
    analysis = dataclasses.replace(tiny_analysis, documents=tiny_analysis.documents + (aide,),
                                   claims=tiny_analysis.claims + (claim,),
                                   links=tiny_analysis.links + (Link(claim.id, "ev/us-readout#2", "agree", 0.6),
                                                                Link(claim.id, "ev/us-readout#3", "agree", 0.6)))
    out = tmp_path / "sides.pdf"
    export_pdf(analysis, out)
    second = _page(PdfReader(out), 1)
    assert "The Kremlin's 2 official texts carry every statement of The White House readout." in second
    assert "They agreed to talk again in “January”." not in second.split("Who misquoted")[0]
    assert "The White House readout leaves out 2 statements of the Kremlin readout" in second


def test_an_excerpt_s_left_out_statements_say_the_folder_holds_only_part_of_it(qapp, tiny_analysis, tmp_path):
    """Seen by the lead on the Xi-Zelenskyy event: page 2 said Xinhua's readout, stored cut short, "leaves out 7
    statements" of the Ukrainian readout, though the part not stored may carry them."""
    import dataclasses

    docs = tuple(dataclasses.replace(d, excerpt=True) if d.id == "ev/ru-readout" else d
                 for d in tiny_analysis.documents)
    out = tmp_path / "excerpt.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs), out)
    second = _page(PdfReader(out), 1)
    assert ("The Kremlin readout (excerpt) leaves out 2 statements of The White House readout, the most reported first "
            "The folder holds only an "
            "excerpt of it: a statement it lacks may stand in the part not stored." in second)
    assert second.count("The folder holds only") == 1  # not said of the White House readout, which is whole


def test_what_one_side_leaves_out_comes_most_reported_first_with_where_the_press_stands(qapp, tiny_analysis,
                                                                                      tmp_path):
    """Seen by helper ux8 on the Biden–Modi call: page 2 quoted the first three of the eight statements the White
    House readout leaves out, in text order; the Bangladesh point the press led with stood among the five not shown,
    and nothing said which outlets carry any of them."""
    import dataclasses

    paper_on_sanctions = tuple(dataclasses.replace(lk, b="ev/us-readout#3") if lk.b == "ev/us-readout#2" else lk
                               for lk in tiny_analysis.links)
    out = tmp_path / "press.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, links=paper_on_sanctions), out)
    second = _page(PdfReader(out), 1)
    assert "The Kremlin readout leaves out 2 statements of The White House readout, the most reported first" in second
    left = second.split("Who misquoted")[0]
    assert left.index("Sanctions were discussed.") < left.index("They agreed to talk again")
    assert "Sanctions were discussed. Reported by 1 of 1 outlet: Daily Paper" in left
    assert "Reported by 0 of 1 outlet" in left


def test_a_quotation_changed_in_many_places_names_its_first_changes_and_counts_them(qapp, tiny_analysis, tmp_path):
    """Seen by helper ux8 on the Trump–Putin call: a wire's own translation of Putin's words, "altered" in twelve
    places, filled a third of page 2 with its changes and pushed the rest of the answer onto page 3."""
    import dataclasses

    diff = ((0, "talk "), (-1, "again"), (1, "anew"), (0, "in "), (-1, "“January”"), (1, "early January"), (1, "and"),
            (0, " so "), (-1, "on"), (1, "forth"), (-1, "then"), (1, "later"), (0, "."))
    quote = dataclasses.replace(tiny_analysis.quotes[0], diff=diff)
    out = tmp_path / "changes.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, quotes=(quote,)), out)
    reader = PdfReader(out)
    second = _page(reader, 1)
    assert ("Quotes The White House readout: 5 changes, “again” became “anew”; “January” became “early January”; "
            "“and” added; “on” became “forth”; … (every one under Findings)") in second
    assert "“then” became “later”" not in second
    assert "“then” became “later”" in " ".join(_page(reader, i) for i in range(2, len(reader.pages)))


def test_the_full_left_out_table_keeps_in_brief_s_order_and_says_where_the_press_stands(qapp, tiny_analysis,
                                                                                      tmp_path):
    """In brief's "… and 5 more, under Findings" led to a table in text order, without the outlets."""
    import dataclasses

    paper_on_sanctions = tuple(dataclasses.replace(lk, b="ev/us-readout#3") if lk.b == "ev/us-readout#2" else lk
                               for lk in tiny_analysis.links)
    out = tmp_path / "table.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, links=paper_on_sanctions), out)
    reader = PdfReader(out)
    text = " ".join(_page(reader, i) for i in range(2, len(reader.pages)))
    heading = "What the Kremlin readout leaves out of The White House readout — ev (2, the most reported first)"
    table = text.split(heading, 1)[1].split("What The White House", 1)[0]
    assert table.index("Sanctions were discussed.") < table.index("They agreed to talk again")
    assert "The press" in table and "Reported by 1 of 1 outlet: Daily Paper" in table
    assert "Reported by 0 of 1 outlet" in table


def test_page_2_names_what_outlets_report_of_the_call_that_no_readout_carries(qapp, tiny_analysis, tmp_path):
    """Seen by helper ux8 on corpus/: page 2 counted "13 not found and 13 unsupported" and never named the four
    reports of what Putin said that no official text carries (the "not in any readout" findings)."""
    import dataclasses

    from readout_viewer.core.model import Unreported
    report = Unreported("ev/paper#2", "reports what was said on the call; no official account carries it", 0.8)
    out = tmp_path / "unreported.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, unreported=(report,)), out)
    second = _page(PdfReader(out), 1)
    assert ("1 unreported (an outlet's reports of the call that no official text carries). The folder may lack the "
            "transcript or the post they quote.") in second


def test_a_long_source_name_wraps_whole_in_the_who_column(qapp, tiny_analysis, tmp_path):
    """A PDF has no tooltip: helper ux12 read "allAfrica (Nairobi dateline; th…" in the Who column of page 2 (cut
    there since helper ux8 saw "Yahoo News (US; …)" stand seven lines high); the name now wraps whole in a wider
    column."""
    import dataclasses

    long = "Yahoo News (US; the stored copy names no original publisher)"
    docs = tuple(dataclasses.replace(d, source=long) if d.id == "ev/paper" else d for d in tiny_analysis.documents)
    out = tmp_path / "who.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs), out)
    wrong = _page(PdfReader(out), 1).split("Who misquoted or misattributed whom", 1)[1]
    assert long in wrong and "…" not in wrong.split(long, 1)[0]


def test_a_misattribution_quotes_the_words_of_the_text_that_does_carry_them(qapp, tiny_analysis, tmp_path):
    """An editor without the viewer read "the words are in the Kremlin readout" and had to find them there: the
    carrier's own words now stand beside the outlet's."""
    import dataclasses

    from readout_viewer.core.model import Claim, Document
    said = "The two presidents spoke for two hours by video link."
    aide = Document("ev/ru-aide", "ev/ru-aide.md", "Aide's comment", said, role="official", event="ev",
                    source="Kremlin", side="RU", kind="briefing", date="2021-12-30")
    attribution = dataclasses.replace(tiny_analysis.attributions[0], found_in=aide.id)
    analysis = dataclasses.replace(tiny_analysis, documents=tiny_analysis.documents + (aide,),
                                   claims=tiny_analysis.claims + (Claim("ev/ru-aide#1", aide.id, 0, len(said), said),),
                                   attributions=(attribution,))
    out = tmp_path / "carrier.pdf"
    export_pdf(analysis, out)
    second = _page(PdfReader(out), 1)
    assert f"Pins it on “the White House”; the words are in the Kremlin briefing: “{said}” " in second


def test_page_2_names_two_outlets_beside_a_left_out_statement_and_counts_the_rest(qapp, tiny_analysis, tmp_path):
    """Four long outlet names made each row of page 2 five lines high and pushed the misquotations onto page 3."""
    import dataclasses

    from readout_viewer.core.model import Claim, Document, Link
    extra_docs, extra_claims, extra_links = [], [], []
    for n in range(3):
        text = "They will talk again in January, the wire says."
        d = Document(f"ev/wire{n}", f"ev/wire{n}.txt", f"Wire {n}", text, event="ev", source=f"Wire Service {n}")
        extra_docs.append(d)
        extra_claims.append(Claim(f"{d.id}#1", d.id, 0, len(text), text))
        extra_links.append(Link(f"{d.id}#1", "ev/us-readout#2", "agree", 0.8))
    analysis = dataclasses.replace(tiny_analysis, documents=tiny_analysis.documents + tuple(extra_docs),
                                   claims=tiny_analysis.claims + tuple(extra_claims),
                                   links=tiny_analysis.links + tuple(extra_links))
    out = tmp_path / "names.pdf"
    export_pdf(analysis, out)
    second = _page(PdfReader(out), 1)
    assert "Reported by 4 of 4 outlets: Daily Paper, Wire Service 0 and 2 more" in second


def test_the_brief_holds_one_page_and_says_on_which_page_the_rest_is(qapp, corpus_analysis, tmp_path):
    """Seen by helpers ux8 and ux9: corpus/'s In brief (and the Trump–Putin call's) ran onto page 3; an editor's
    one-page answer is now cut to the most reported, and each "… and N more" names the page the full list is on."""
    out = tmp_path / "corpus.pdf"
    export_pdf(corpus_analysis, out)
    reader = PdfReader(out)
    second = _page(reader, 1)
    assert second.count("Also under Findings, page") == 2  # both events' answers end on the page
    assert "Who misquoted or misattributed whom" not in _page(reader, 2)
    rest = re.findall(r"under Findings → Left out, page (\d+)\.", second)
    assert rest, second
    for page in rest:
        assert re.search(r"What .* leaves? out of", _page(reader, int(page) - 1)), page
    # each page named is a link to it
    linked = {reader.get_page_number(a.get_object()["/Dest"][0].get_object()) + 1
              for a in reader.pages[1].get("/Annots", []) if "/Dest" in a.get_object()}
    assert {int(p) for p in rest} <= linked


def test_corpus_page_2_names_who_misquoted_or_misattributed_whom_for_each_event(qapp, corpus_analysis, tmp_path):
    """Seen by helper qa4 as an editor with corpus/'s PDF alone: page 2 said "1 altered quotation or misattribution
    under Findings, page 5." and named no one, for either call, though the page is made to answer that question;
    the table's heading kept 60 points for a part's heading and its explanation above one bold line."""
    out = tmp_path / "corpus.pdf"
    export_pdf(corpus_analysis, out)
    reader = PdfReader(out)
    second = _page(reader, 1)
    assert second.count("Who misquoted or misattributed whom Who What it says What is wrong") == 2, second
    assert "altered quotation or misattribution under Findings" not in second
    assert "Quotes the Kremlin readout" in second  # the video call's altered quotation
    assert "Pins it on “the official message released by the White House”" in second  # the phone call's
    assert _page(reader, 2).startswith("Documents")  # still one page
    # a statement cut short there ends on a whole word ("the shoulders of Russ…" read as a misprint)
    words = {w for d in corpus_analysis.documents for w in re.findall(r"\w+", d.text)}
    assert all(w in words for w in re.findall(r"(\w+)…", second)), re.findall(r"\w+…", second)


def test_one_side_s_official_text_alone_is_named_and_said_plainly(qapp, tiny_analysis, tmp_path):
    """Seen by helper ux11 on a call with the Kremlin's readout alone in the folder: page 2 said "Only one side's
    official text: nothing to set against it.", naming neither the text nor why no omission of either side is
    listed."""
    import dataclasses

    docs = tuple(dataclasses.replace(d, role="outlet", side=None) if d.id == "ev/us-readout" else d
                 for d in tiny_analysis.documents)
    out = tmp_path / "one.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs), out)
    second = _page(PdfReader(out), 1)
    assert "Only one side's official text is in the folder: the Kremlin readout, side RU. The other side's readout is " \
           "not, so nothing here says what either side left out of the other's" in second


def test_one_side_s_texts_from_two_publishers_are_each_named(qapp, tiny_analysis, tmp_path):
    """Seen by helper qa2 on the Iohannis–Zelenskyy call (AGERPRES's readout and Iohannis's own post on X, both side
    RO): page 2 said "the AGERPRES, …'s 2 official texts", giving the President's post to the news agency, and "is"
    and "it" of two texts."""
    import dataclasses

    from readout_viewer.core.model import Document
    post = Document("ev/ru-post", "ev/ru-post.md", "A post", "The presidents met.", role="official", event="ev",
                    source="Peskov", side="RU", kind="statement", date="2021-12-30")
    docs = tuple(dataclasses.replace(d, role="outlet", side=None) if d.id == "ev/us-readout" else d
                 for d in tiny_analysis.documents) + (post,)
    out = tmp_path / "two.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs), out)
    second = _page(PdfReader(out), 1)
    assert "Only one side's official texts are in the folder: the Kremlin readout and the Peskov statement, side " \
           "RU." in second
    assert "the outlets are compared with them under" in second and "Kremlin's 2 official texts" not in second


def test_a_side_with_one_excerpt_beside_a_whole_text_says_the_excerpt_may_hold_the_rest(qapp, tiny_analysis,
                                                                                       tmp_path):
    """Seen by helper ux11 on a call with two Xinhua dispatches, one stored cut short: page 2 listed what "Xinhua's
    2 official texts leave out" with no word that one of them is only an excerpt."""
    import dataclasses

    from readout_viewer.core.model import Document
    aide_text = "The presidents met."
    aide = Document("ev/ru-aide", "ev/ru-aide.md", "Aide's comment", aide_text, role="official", event="ev",
                    source="Kremlin", side="RU", kind="briefing", date="2021-12-30", excerpt=True)
    out = tmp_path / "cut.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=tiny_analysis.documents + (aide,)), out)
    second = _page(PdfReader(out), 1)
    assert "The Kremlin's 2 official texts leave out 2 statements of The White House readout" in second
    assert "The folder holds one of them only in excerpt: a statement they lack may stand in the part not " \
           "stored." in second


def _kremlin_excerpt_words(analysis, tmp_path) -> str:
    """The words of the PDF's pages after the first two, the Kremlin's readout marked an excerpt."""
    import dataclasses

    docs = tuple(dataclasses.replace(d, excerpt=True) if d.id == "ev/ru-readout" else d for d in analysis.documents)
    out = tmp_path / "excerpt.pdf"
    export_pdf(dataclasses.replace(analysis, documents=docs), out)
    reader = PdfReader(out)
    return " ".join(_page(reader, i) for i in range(2, len(reader.pages)))


def test_the_full_left_out_table_of_an_excerpt_says_the_folder_holds_only_part_of_it(qapp, tiny_analysis, tmp_path):
    """Seen by helper ux11 on the Xi–Putin call: page 2 warned that the Kremlin's statement, assembled from outlets'
    quotations, is an excerpt, but the full table under Findings → Left out, which page 2 sends the reader to, did
    not."""
    words = _kremlin_excerpt_words(tiny_analysis, tmp_path)
    at = words.index("What the Kremlin readout (excerpt) leaves out of The White House readout")
    assert words[at:at + 300].count("The folder holds only an excerpt of it: a statement it lacks may stand in the "
                                    "part not stored.") == 1


def test_a_statement_that_opens_with_its_own_quotation_mark_is_not_quoted_twice():
    """Seen by helper ux11 on the Xi–Putin call: page 2 printed an outlet's quotation as “"Vladimir Putin informed …
    and ““The Chinese side …, the PDF's marks around the text's own."""
    from readout_viewer.export.brief import quoted
    assert quoted('"Vladimir Putin informed the Chinese president…') == '"Vladimir Putin informed the Chinese president…'
    assert quoted("“The Chinese side expressed support…") == "“The Chinese side expressed support…"
    assert quoted("Putin informed Xi.") == "“Putin informed Xi.”"


def test_the_coverage_matrix_names_the_excerpts_whose_columns_may_hold_the_rest(qapp, tiny_analysis, tmp_path):
    """Seen by helper ux12 on the Sunak–Modi call: Downing Street's readout, assembled from an outlet's quotation,
    had a ∅ in its matrix column for the call's opening sentence, which stands behind its "[…]"; the column's
    vertical header was cut before any "(excerpt)" and nothing on the page said the text is partial."""
    whole = tmp_path / "whole.pdf"
    export_pdf(tiny_analysis, whole)
    assert "The folder holds only an excerpt of this text" not in " ".join(
        _page(r, i) for r in [PdfReader(whole)] for i in range(len(r.pages)))
    words = _kremlin_excerpt_words(tiny_analysis, tmp_path)
    at = words.index("Coverage of the official statements")
    assert ("The folder holds only an excerpt of this text, so a ∅ in its column may stand in the part not stored: "
            "Kremlin readout.") in words[at:at + 800]


def test_a_text_s_folder_note_stands_under_its_heading_in_documents_in_full(qapp, tiny_analysis, tmp_path):
    """Seen by helper ux12 on the Sunak–Modi call: Downing Street's readout is assembled from one outlet's
    quotation (its front matter's notes say so), and the PDF said only "excerpt"."""
    import dataclasses

    note = "Assembled from the only verbatim quotation of it in the stored copies."
    docs = tuple(dataclasses.replace(d, extra={"notes": note}) if d.id == "ev/ru-readout" else d
                 for d in tiny_analysis.documents)
    out = tmp_path / "noted.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs), out)
    reader = PdfReader(out)
    words = " ".join(_page(reader, i) for i in range(len(reader.pages)))
    assert words.count(f"The folder's note on this text: {note}") == 1


def test_the_one_side_answer_is_printed_in_ink_not_in_the_intro_s_grey(qapp, tiny_analysis, tmp_path):
    """Seen by helper qa2 on the Iohannis–Zelenskyy call: "Only one side's official texts are in the folder: …", the
    page's one answer to "what did a side leave out", ran on in the muted grey of the part's intro, read as part of it."""
    import dataclasses

    from readout_viewer.export.canvas import INK, MUTED
    from tests.export.test_muted_paragraphs import _colour_of, _grey

    docs = tuple(dataclasses.replace(d, role="outlet", side=None) if d.id == "ev/us-readout" else d
                 for d in tiny_analysis.documents)
    out = tmp_path / "ink.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs), out)
    assert _colour_of(out, "Only one side's official text") == {_grey(INK)}
    assert _grey(MUTED) in _colour_of(out, "What each side's official texts")


def test_page_2_says_the_uncarried_reports_may_stand_in_the_part_of_an_excerpt_not_stored(qapp, tiny_analysis,
                                                                                          tmp_path):
    """Seen by helper qa8 on the Macron–Xi meeting, whose only official text (the Chinese readout) breaks off after
    its first paragraph: page 2 counted 20 reports "that no official text carries" and said only "The folder may
    lack the transcript or the post they quote", nowhere that the readout they may be in is stored cut short (with
    both sides' texts, the line under each side's omissions says so)."""
    import dataclasses

    from readout_viewer.core.model import Unreported
    report = Unreported("ev/paper#2", "reports what was said on the call; no official account carries it", 0.8)
    docs = tuple(dataclasses.replace(d, role="outlet", side=None) if d.id == "ev/us-readout" else
                 dataclasses.replace(d, excerpt=True) if d.id == "ev/ru-readout" else d
                 for d in tiny_analysis.documents)
    out = tmp_path / "only-excerpt.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs, unreported=(report,)), out)
    second = _page(PdfReader(out), 1)
    assert ("Only one side's official text is in the folder: the Kremlin readout (excerpt), side RU. The other side's "
            "readout is not, so nothing here says what either side left out of the other's; the outlets are compared "
            "with it under Summary and findings. The folder holds only an excerpt of it: what an outlet reports or "
            "quotes that no official text carries may stand in the part not stored.") in second
    assert "1 unreported (an outlet's reports of the call that no official text carries)" in second


def test_each_page_named_under_findings_is_the_page_of_its_own_table(qapp, corpus_analysis, tmp_path):
    """Seen by helper qa9 walking corpus/'s whole PDF as an editor: page 2 said "… and 1 more under Findings, page
    5." and "Also under Findings, page 5: 13 not found … and 13 unsupported" — page 5 is where the findings start
    (divergences, then nine pages of left-out statements); the altered and not-found tables are on page 11, the
    unsupported on page 14. Each page named is now that of the first table the line speaks of, and a link to it."""
    out = tmp_path / "corpus.pdf"
    export_pdf(corpus_analysis, out)
    reader = PdfReader(out)
    second = _page(reader, 1)
    also = re.findall(r"Also under Findings, page (\d+): \d+ not found", second)
    more = re.findall(r"(?:… and \d+ more|altered quotations? (?:and|or) misattributions?) under Findings, page (\d+)\.",
                      second)
    assert len(also) == 2 and more, second
    for page in also:
        assert "? Not found (" in _page(reader, int(page) - 1), page
    for page in more:
        held = _page(reader, int(page) - 1)
        assert "≈ Altered (" in held or "! Misattributed (" in held, page
    linked = {reader.get_page_number(a.get_object()["/Dest"][0].get_object()) + 1
              for a in reader.pages[1].get("/Annots", []) if "/Dest" in a.get_object()}
    assert {int(p) for p in also + more} <= linked
