"""Word diffs and the inspector's page: insertions and deletions are styled, verdicts are named."""

from readout_viewer.app.inspector.diffhtml import diff_html, similarity, word_diff
from readout_viewer.app.inspector.page import claim_html


def test_word_diff_keeps_whole_words():
    ops = word_diff("the cat sat", "the dog sat")
    assert ops == [(0, "the "), (-1, "cat"), (1, "dog"), (0, " sat")]


def test_diff_html_styles_changes_beyond_colour():
    page = diff_html([(0, "a "), (-1, "b"), (1, "c<")])
    assert "line-through" in page and "underline" in page and "c&lt;" in page


def _plain(page: str) -> str:
    import html
    import re
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_a_quotations_diff_keeps_its_words_apart_and_a_text_diff_adds_no_space():
    """Seen in the inspector: "Healsomade clear" for the quote diff ("He", +"also", "made clear")."""
    quote_ops = ((0, "President Biden urged Russia. He"), (1, "also"), (0, "made clear"))
    assert _plain(diff_html(quote_ops)) == "President Biden urged Russia. He also made clear"
    assert _plain(diff_html(((0, "nullify all the"), (-1, "accumulated"), (0, "restrictions")))) == \
        "nullify all the accumulated restrictions"
    text_ops = word_diff("talks in Kyiv.", "talks in Kyiv")  # the full stop is its own token, met word to mark
    assert _plain(diff_html(text_ops)) == "talks in Kyiv."


def test_similarity_bounds():
    assert similarity(word_diff("same words", "same words")) == 1.0
    assert similarity(word_diff("alpha beta", "gamma delta")) < 0.5


def test_claim_page_lists_links_in_all_documents_with_reason_and_score(tiny):
    page = claim_html(tiny, "e1/us#2")
    assert "negation" in page and "0.70" in page and "one side says no meeting was agreed" in page
    assert "Moscow" in page
    assert "left out" in page and "The Paper" in page


def test_claim_page_shows_a_quote_verdict_and_its_diff(tiny):
    page = claim_html(tiny, "e1/paper#2")
    # the Findings' word for the kind ("≈ Altered"), not a second name ("altered quote")
    assert "≈ altered&nbsp;" in page and "altered quote" not in page and "line-through" in page


def test_a_quote_not_found_says_why_as_its_findings_row_does(tiny):
    from dataclasses import replace

    from readout_viewer.core.findings import findings
    q = replace(tiny.quotes[0], verdict="not_found", diff=None)
    analysis = replace(tiny, quotes=(q,))
    page = claim_html(analysis, "e1/paper#2")
    reason = [f.reason for f in findings(analysis) if f.verdict == "not_found"]
    assert reason == ["no official text of the folder holds these words"] and reason[0] in page


def test_a_paraphrase_is_shown_whole_and_a_close_wording_diffed():
    from readout_viewer.core.model import AGREE, Link
    from tests.builders import build, doc
    a = build("/p", [(doc("e/a", "official"), ["Talks were held on trade.", "The sides met at noon today."]),
                     (doc("e/b"), ["Commerce came up in their conversation.", "The sides met at noon on Monday."])],
              links=[Link("e/b#1", "e/a#1", AGREE, 0.5), Link("e/b#2", "e/a#2", AGREE, 0.9)])
    paraphrase = claim_html(a, "e/a#1")
    assert "“Commerce came up in their conversation.”" in paraphrase and "line-through" not in paraphrase
    close = claim_html(a, "e/a#2")
    assert "line-through" in close and "Monday" in close


def test_unknown_claim_gives_a_hint():
    from readout_viewer.core.model import Analysis
    assert "Select a claim" in claim_html(Analysis(root=""), "nope#1")


def test_citation_names_source_date_and_address():
    from dataclasses import replace

    from readout_viewer.app.panes.claimtext import citation
    from tests.builders import doc
    text = citation(replace(doc("e/x", source="Gov"), url="https://example.org/r"), "They met.")
    assert text == "“They met.” (Gov: Title of e/x, 2020-01-01, https://example.org/r)"


def test_a_long_omission_list_is_cut_and_counted(tiny):
    from dataclasses import replace

    from readout_viewer.core.model import Omission
    many = tuple(f"e1/x{i}" for i in range(40))
    page = claim_html(replace(tiny, omissions=(Omission("e1/us#3", many),)), "e1/us#3")
    assert "and 28 more" in page and "e1/x39" not in page
