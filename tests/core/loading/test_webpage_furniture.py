"""A saved page's furniture named by its class or id (skip and accessibility links, cookie banners, share and print
bars) or a "Skip to …" link is dropped before the text is read, even on a page too short for the extractor."""

from readout_viewer.core.loading import webpage

SAID = "<p>The two presidents spoke by telephone on Tuesday.</p>"


def _text(body: str) -> str:
    return webpage.extract(f"<html><head><title>Call</title></head><body>{body}</body></html>").text


def test_a_skip_link_and_the_accessibility_links_are_not_text():
    text = _text('<div class="accessibility-links"><h2>Accessibility links</h2><ul><li><a href="#nav">Skip to '
                 'main Navigation</a></li></ul></div><a href="#main">Skip to main content</a>' + SAID)
    assert "Skip to" not in text and "Accessibility" not in text
    assert "The two presidents spoke by telephone on Tuesday." in text


def test_cookie_share_and_print_bars_are_not_text():
    text = _text('<div id="cookie_banner">We use cookies on this site. Accept all</div>' + SAID +
                 '<div class="share-tools"><a href="/s">Share</a> <a href="/p">Print</a></div>'
                 '<span class="article-print">Print this page</span>')
    assert "cookies" not in text and "Share" not in text and "Print" not in text
    assert "The two presidents spoke by telephone on Tuesday." in text


def test_a_word_inside_a_name_or_a_long_element_so_named_is_kept():
    assert "spoke by telephone" in _text(f'<div class="shared-story">{SAID}</div>')
    assert "Skip to the end of the war" in _text('<p><a href="/a">Skip to the end of the war, said the minister.</a>'
                                                 '</p>' + SAID)
    story = " ".join(["The ministers gave a long account of the talks on trade and the border."] * 10)
    assert story[:70] in _text(f'<div class="social">{story}</div>')
