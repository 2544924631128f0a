"""Front matter, Markdown and plain text become the plain text every offset refers to."""

import pytest

from readout_viewer.core.loading import markup, plaintext

WRAPPED = """The foreign minister met his counterpart in Vienna on Tuesday and said
afterwards that the two sides had agreed to keep talking. He added that a
further round would take place before the end of the month, and that both
delegations had been instructed to prepare proposals.

The meeting lasted three hours.
"""


def test_front_matter_is_split_off():
    fm = markup.split_front_matter("---\ntitle: A call\nrole: official\n---\nBody text.\n")
    assert fm.keys == {"title": "A call", "role": "official"}
    assert fm.body == "Body text.\n"
    assert fm.note is None


def test_front_matter_may_end_with_dots_and_be_empty():
    assert markup.split_front_matter("---\ntitle: X\n...\nBody\n").keys == {"title": "X"}
    assert markup.split_front_matter("---\n---\nBody\n") == markup.FrontMatter({}, "Body\n")


@pytest.mark.parametrize("block", [
    "title: [unclosed\n",
    "title: !!python/object/apply:os.system ['echo hacked']\n",
    "key: value\n  - bad indentation: [\n",
])
def test_broken_or_hostile_front_matter_is_never_executed_and_the_body_is_kept(block):
    fm = markup.split_front_matter(f"---\n{block}---\nThe body survives.\n")
    assert fm.keys == {}
    assert fm.body == "The body survives.\n"
    assert "front matter could not be read" in fm.note


def test_oversized_front_matter_is_not_parsed():
    fm = markup.split_front_matter("---\n" + "k: v\n" * 10_000 + "---\nBody.\n")
    assert fm.keys == {} and fm.body == "Body.\n" and "over" in fm.note


def test_rules_around_prose_are_not_front_matter():
    raw = "---\nJust a line of prose\n---\nMore prose.\n"
    assert markup.split_front_matter(raw) == markup.FrontMatter({}, raw)


def test_markdown_inline_marks_go():
    md = "# The *big* call #\n\nShe said **it went well**, see [the readout](http://x/y) and ![a photo](p.jpg).\n"
    assert markup.markdown_to_text(md) == "The big call\n\nShe said it went well, see the readout and .\n"


def test_markdown_escapes_and_snake_case_survive():
    md = "Our speaker is \\[an official\\], file_name_here and 5 * 3 stay; _this_ goes.\n"
    assert markup.markdown_to_text(md) == "Our speaker is [an official], file_name_here and 5 * 3 stay; this goes.\n"


def test_markdown_paragraph_lines_are_joined_and_lists_kept_apart():
    md = "First line of a\nwrapped paragraph.\n\n- item one\n- item two\n  continued\n\n> quoted\n> text\n"
    assert markup.markdown_to_text(md).split("\n\n") == [
        "First line of a wrapped paragraph.", "item one", "item two continued", "quoted text\n"]


def test_markdown_rules_setext_headings_fences_and_comments():
    md = "Title here\n==========\n\nText.\n\n---\n\n<!-- hidden -->\n```\ncode line\n```\nSub\n---\n"
    assert markup.markdown_to_text(md).split("\n\n") == ["Title here", "Text.", "code line", "Sub\n"]
    assert markup.first_heading(md) == "Title here"


def test_markdown_hard_break_keeps_the_line_apart():
    md = "That is where we are.  \nAnd now, questions.\n"
    assert markup.markdown_to_text(md) == "That is where we are.\n\nAnd now, questions.\n"


def test_first_heading_atx():
    assert markup.first_heading("Intro line\n\n## The *real* title\n") == "The real title"
    assert markup.first_heading("No heading at all\n") is None


def test_layout_spaces_collapse_but_a_meant_no_break_space_stays():
    assert plaintext.tidy_spaces("MR. X:\u00a0 Hello.\u00a0 Yes.\u00a0") == "MR. X: Hello. Yes."
    assert plaintext.tidy_spaces("the JCPOA\u00a0deal of 5\u202fkm") == "the JCPOA\u00a0deal of 5\u202fkm"
    assert plaintext.tidy_spaces("Q\u00a0\u00a0\u00a0 And\tthen") == "Q And then"


def test_hard_wrapped_plain_text_reads_as_running_prose():
    text = plaintext.plain_to_text(WRAPPED)
    paras = text.split("\n\n")
    assert paras[0].startswith("The foreign minister met") and paras[0].endswith("to prepare proposals.")
    assert "said afterwards" in paras[0] and "\n" not in paras[0]
    assert paras[1] == "The meeting lasted three hours.\n"


def test_standalone_lines_are_never_glued_to_the_next_sentence():
    body = ("Breaking News\nMinisters Agree To Meet Again In Geneva Next Month\nBy Anna Petrova\n"
            "March 3, 2022\nThe ministers agreed on Tuesday to meet again, officials said.\n"
            "A photo of the two ministers shaking hands. /Reuters\n")
    assert plaintext.plain_to_text(body).split("\n\n") == [
        "Breaking News", "Ministers Agree To Meet Again In Geneva Next Month", "By Anna Petrova", "March 3, 2022",
        "The ministers agreed on Tuesday to meet again, officials said.",
        "A photo of the two ministers shaking hands. /Reuters\n"]


def test_standalone_lines_in_a_wrapped_file_stay_apart():
    body = "Ministers Meet In Vienna\nBy Anna Petrova\n\n" + WRAPPED
    paras = plaintext.plain_to_text(body).split("\n\n")
    assert paras[:2] == ["Ministers Meet In Vienna", "By Anna Petrova"]
    assert paras[2].endswith("to prepare proposals.")


def test_one_paragraph_per_line_files_are_not_joined():
    long_line = "The delegation said the talks covered arms control and trade, and that more were planned. " * 3
    body = f"{long_line}\n{long_line}\nShort closing line.\n"
    assert len(plaintext.plain_to_text(body).split("\n\n")) == 3


def test_a_sentence_broken_by_a_stray_blank_line_is_mended():
    body = "The president called for calm, restraint and a return to\n\ndiplomacy, the statement said.\n\nNext paragraph.\n"
    assert plaintext.plain_to_text(body) == ("The president called for calm, restraint and a return to diplomacy, the statement said.\n\n"
                                             "Next paragraph.\n")
    assert markup.markdown_to_text(body).startswith("The president called for calm, restraint and a return to diplomacy")


def test_crlf_free_output_ends_with_one_newline():
    assert plaintext.plain_to_text("\n\n  one  \n\n\n") == "one\n"
    assert plaintext.plain_to_text("   \n") == ""


def test_bullets_and_speaker_labels_open_a_new_paragraph_in_wrapped_text():
    body = WRAPPED.split("\n\n")[0] + "\nMR. IVANOV: We agree with that completely, and we will say so\n" \
        "in public as well.\n- a first point that is long enough to fill the line width, yes\n- a second point\n"
    paras = plaintext.plain_to_text(body).split("\n\n")
    assert paras[1] == "MR. IVANOV: We agree with that completely, and we will say so in public as well."
    assert paras[2:] == ["- a first point that is long enough to fill the line width, yes", "- a second point\n"]


def test_a_word_wrapped_at_its_hyphen_is_not_split():
    body = ("The two sides agreed that the situation called for a careful de-\n"
            "escalation along the border, and for talks to continue next month.\n")
    assert "careful de-escalation along" in plaintext.plain_to_text(body)
    assert "careful de-escalation along" in markup.markdown_to_text(body)


def test_wire_copy_keeps_labels_apart_and_joins_a_dateline_paragraph():
    body = ("Envoys Trade Accounts of the Call\nBy Ivan Petrov\n\n"
            "GENEVA, March 3 - Foreign Minister Anna Berg told Deputy Minister Karl\n"
            "Olsen on Tuesday that the talks had been useful, the ministry said, while\n"
            "his office said he had raised the question of the border crossings.\n\n"
            "The two ministers spoke for about an hour by secure telephone line.\n"
            "Advertisement\n"
            "Officials on both sides described the talks as frank, a word that in\n"
            "diplomatic language often signals deep disagreement between them.\n")
    paras = plaintext.plain_to_text(body).split("\n\n")
    assert paras[:2] == ["Envoys Trade Accounts of the Call", "By Ivan Petrov"]
    assert paras[2].startswith("GENEVA, March 3 - Foreign Minister Anna Berg told Deputy Minister Karl Olsen on")
    assert paras[3:5] == ["The two ministers spoke for about an hour by secure telephone line.", "Advertisement"]


def test_markdown_entities_are_read():
    assert markup.markdown_to_text("Talks &amp; more&nbsp;talks &lt;soon&gt;\n") == "Talks & more\u00a0talks <soon>\n"


def test_html_pasted_into_markdown_leaves_only_its_words():
    md = ('<div class="story">\n<p>The envoys <em>met</em> again.</p>\n<script>var x = "JUNK";</script>\n'
          '<img src="p.jpg" alt="x">\n</div>\n\nA 5 < 6 comparison and <senior official> stay.\n')
    assert markup.markdown_to_text(md) == "The envoys met again.\n\nA 5 < 6 comparison and <senior official> stay.\n"


def test_a_wrapped_line_starting_with_a_year_is_not_a_list():
    md = "The talks were agreed in June\n2021. They began in Geneva.\n\n1. first\n2. second\n"
    assert markup.markdown_to_text(md).split("\n\n") == [
        "The talks were agreed in June 2021. They began in Geneva.", "first", "second\n"]


def test_markdown_bylines_and_datelines_are_not_glued():
    md = "# Envoys meet\nBy [Anna Petrova](https://x)\nMarch 3, 2022\nThe envoys met on Monday\nin Vienna.\n"
    assert markup.markdown_to_text(md).split("\n\n") == [
        "Envoys meet", "By Anna Petrova", "March 3, 2022", "The envoys met on Monday in Vienna.\n"]
