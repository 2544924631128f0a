"""Saved web pages are reduced to the article's own text, with metadata from <title> and <meta>."""

from readout_viewer.core.loading import webpage

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>Envoys meet in Vienna | The Daily Example</title>
<meta property="og:title" content="Envoys meet in Vienna">
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2022-02-03T09:00:00Z">
<link rel="canonical" href="https://example.org/world/envoys-meet">
<script>document.write('SCRIPT TEXT'); fetch('https://tracker.example/ping');</script>
<style>.ad {{ color: red }} STYLE TEXT</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>NAVIGATION TEXT</li></ul></nav>
<div class="advert">ADVERT TEXT: subscribe today for one euro</div>
<article>
<h1>Envoys meet in Vienna</h1>
<p class="byline">By Maria Lopez</p>
<p>The envoys of both countries met in Vienna on Thursday and agreed to continue their talks next week,
according to a statement released by the ministry.</p>
<p>“We have made progress,” said the Austrian host, who called the atmosphere “calm and businesslike”.</p>
<p>Посол заявил, что стороны договорились продолжить консультации. Café crème à Genève.</p>
</article>
<footer>FOOTER TEXT Copyright The Daily Example. All rights reserved.</footer>
</body></html>
"""


def _page(charset="utf-8"):
    return ARTICLE.format(charset=charset)


def test_article_text_without_scripts_styles_navigation_ads_or_footer():
    text = webpage.extract(_page()).text
    for junk in ("SCRIPT TEXT", "STYLE TEXT", "NAVIGATION TEXT", "ADVERT TEXT", "FOOTER TEXT", "tracker"):
        assert junk not in text
    paras = text.split("\n\n")
    assert paras[0] == "Envoys meet in Vienna"
    assert "By Maria Lopez" in paras[:3]
    assert any(p.startswith("The envoys of both countries met in Vienna") for p in paras)
    assert "“We have made progress,” said the Austrian host" in text
    assert "Посол заявил" in text and "Café crème à Genève" in text


def test_metadata_comes_from_title_and_meta_tags():
    meta = webpage.extract(_page()).meta
    assert meta["title"] == "Envoys meet in Vienna"
    assert meta["author"] == "Maria Lopez"
    assert meta["date"] == "2022-02-03"
    assert meta["source"] == "The Daily Example"
    assert meta["url"] == "https://example.org/world/envoys-meet"


def test_declared_charset_and_html_sniffing():
    assert webpage.declared_charset(_page("windows-1251").encode("utf-8")) == "windows-1251"
    assert webpage.declared_charset(b"<p>no head</p>") is None
    assert webpage.looks_like_html("<!-- saved -->\n<!DOCTYPE html><html>")
    assert not webpage.looks_like_html("An article that mentions <html> later.")


def test_a_page_with_little_text_still_gives_its_words():
    text = webpage.extract("<html><body><p>Short note about the call.</p></body></html>").text
    assert "Short note about the call." in text


def test_broken_markup_does_not_raise():
    for html in ("<html><body><p>Unclosed <b>tags <i>everywhere", "<html></html>", "<<<>>>", "\x00<p>x</p>"):
        assert isinstance(webpage.extract(html).text, str)


def test_an_xhtml_page_with_an_xml_declaration_is_read():
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + _page()
    assert "The envoys of both countries met in Vienna" in webpage.extract(page).text


def test_json_ld_metadata_is_read_while_scripts_are_dropped():
    html = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            '"NewsArticle", "headline": "Envoys talk", "author": {"@type": "Person", "name": "Olga Ivanova"}, '
            '"datePublished": "2022-03-04T10:00:00Z"}</script><script>var junk = "SCRIPTJUNK";</script></head>'
            "<body><article><h1>Envoys talk</h1><p>The envoys talked for an hour on Monday and agreed to talk "
            "again soon, an aide to one of them said afterwards.</p></article></body></html>")
    page = webpage.extract(html)
    assert page.meta["author"] == "Olga Ivanova" and page.meta["date"] == "2022-03-04"
    assert "SCRIPTJUNK" not in page.text and "ld+json" not in page.text and "schema.org" not in page.text
