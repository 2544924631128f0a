"""Saved web pages: the article's own text (headline, byline, paragraphs) and its metadata, nothing fetched or run.

The extraction is trafilatura's (a maintained main-text extractor): it drops scripts, styles, navigation, footers
and boilerplate. It only ever gets the page as a string, so it has nothing to fetch; no script is executed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from readout_viewer.core.loading import plaintext
from readout_viewer.core.system.lazyre import LazyPattern

# Only the head of a page is searched for its declared encoding; browsers look at the first 1024 bytes too.
CHARSET_SNIFF_BYTES = 4096
# A byline is a short line; a longer element that holds the author's name is a paragraph about them.
MAX_BYLINE_CHARS = 120

# Page furniture that is never the article; dropped before extraction so that even a page too short for the
# extractor's statistics gives only its prose (the extractor then falls back to the whole body).
_FURNITURE_TAGS = ("nav", "footer", "aside", "style", "noscript", "form", "iframe", "template", "svg",
                   "button", "select", "menu")
_FURNITURE_ROLES = ("navigation", "contentinfo", "complementary", "search", "banner", "menu")
# Page furniture named so by its class or id: skip and accessibility links, cookie and consent banners, share,
# print and social buttons, breadcrumbs. A whole word of the name counts ("share-tools", "cookie_banner"), never a
# part of one ("shared", "printed"); the extractor keeps them on a page too short for its statistics.
_FURNITURE_NAMES = frozenset(("skip", "skiplink", "skiplinks", "accessibility", "a11y", "cookie", "cookies",
                              "consent", "gdpr", "share", "sharing", "sharebar", "social", "print", "breadcrumb",
                              "breadcrumbs"))
# An element so named holding more text than this is a wrapper round the article ("social-story"), kept.
MAX_FURNITURE_CHARS = 600
_NAME_WORDS = LazyPattern(r"[^a-z0-9]+")
# A link to a place on its own page that says "Skip to …" (main content, navigation, search): a skip link.
_SKIP_LINK = LazyPattern(r"\s*skip\s+to\b", re.I)
# An XHTML page's <?xml ... encoding=...?> line: lxml refuses it on text that is already decoded.
_XML_DECLARATION = LazyPattern(r"\A\s*<\?xml[^>]*\?>")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


class ExtractorMissing(ImportError):
    """The web-page extractor is not installed; the message says so for a person."""


def _trafilatura():
    try:
        import trafilatura
    except ImportError as exc:
        raise ExtractorMissing("reading saved web pages needs the trafilatura package, which is not installed "
                               "(pip install trafilatura)") from exc
    return trafilatura


@dataclass(frozen=True)
class Page:
    """What a saved page holds: its article text and the metadata found in <title> and <meta>."""

    text: str
    meta: dict = field(default_factory=dict)  # title, author, date, url, source, when the page names them
    note: str | None = None  # what could not be read, for a person


def declared_charset(raw: bytes) -> str | None:
    """The encoding a page declares in a <meta> tag, if any."""
    m = _CHARSET.search(raw[:CHARSET_SNIFF_BYTES])
    return m.group(1).decode("ascii") if m else None


def looks_like_html(text: str) -> bool:
    """Whether a text file is in fact a saved web page (starts with a doctype or an <html>-ish tag)."""
    return bool(_HTML_START.match(text[:CHARSET_SNIFF_BYTES]))


def _metadata(html: str) -> dict:
    extract_metadata = _trafilatura().extract_metadata
    tree = _parse(html, keep_json_ld=True)  # without scripts: searching them for dates costs seconds on big pages
    try:
        found = extract_metadata(tree) if tree is not None else None
    except Exception:  # noqa: BLE001 - a page too broken for the extractor's metadata pass still has its text
        return {}
    if found is None:
        return {}
    date = found.date if found.date and _written(found.date, html) else None
    meta = {"title": found.title, "author": found.author, "date": date, "url": found.url, "source": found.sitename}
    return {k: v for k, v in meta.items() if v}


# The extractor's date pass turns a bare year in the text ("the 2024 Lok Sabha elections") into the first of January
# of that year, a date the page never gives (helper qa11's walk showed it as "the page's date"). A first of January is
# kept only where the page writes it: in numbers, or with the month's name either side of the day.
_NEW_YEAR = LazyPattern(r"\b(?:January|Jan\.?)\s+(?:1|01)(?:st)?\b|\b(?:1|01)(?:st)?\s+(?:January|Jan\b)", re.I)


def _written(date: str, html: str) -> bool:
    """Whether the page gives `date` (YYYY-MM-DD) itself: any date but a first of January, or that one written."""
    year, _, rest = date.partition("-")
    if rest != "01-01":
        return True
    return any(f in html for f in (date, f"{year}/01/01", f"01.01.{year}", f"01/01/{year}")) or bool(
        _NEW_YEAR.search(html))


def _byline(html: str, author: str) -> str | None:
    """The page's own byline line ("By Jane Roe"), which main-text extractors drop as boilerplate."""
    import lxml.html
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None
    name = author.split(";")[0].strip()
    best = None
    for node in tree.xpath("//body//text()[contains(., $name)]", name=name) if name else ():
        parent = node.getparent()
        if parent is None or parent.tag in ("script", "style", "title"):
            continue
        line = plaintext.tidy_spaces(parent.text_content() or "")
        if len(line) <= MAX_BYLINE_CHARS and (best is None or len(line) < len(best)):
            best = line
    return best


def _parse(html: str, keep_json_ld: bool = False):
    """The page as an lxml tree with its furniture and scripts removed (but for JSON-LD metadata blocks when
    asked), or None when lxml cannot parse it."""
    import lxml.html
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None
    scripts = [el for el in tree.iter("script") if not (keep_json_ld and "ld+json" in (el.get("type") or ""))]
    for el in scripts + list(tree.iter(*_FURNITURE_TAGS)) + tree.xpath(
            "//*[@role][contains(' " + " ".join(_FURNITURE_ROLES) + " ', concat(' ', @role, ' '))]"):
        if el.getparent() is not None:
            el.drop_tree()
    for el in [el for el in tree.iter() if _named_furniture(el)]:
        if el.getparent() is not None:
            el.drop_tree()
    return tree


def _named_furniture(el) -> bool:
    """Whether an element is page furniture by its name (class or id) or a skip link, and short enough to be."""
    if not isinstance(el.tag, str):  # a comment or processing instruction
        return False
    if el.tag == "a" and (el.get("href") or "").startswith("#") and _SKIP_LINK.match(el.text_content() or ""):
        return True
    words = _NAME_WORDS.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    return not _FURNITURE_NAMES.isdisjoint(words) and len(el.text_content() or "") <= MAX_FURNITURE_CHARS


def _paragraphs(html: str) -> list[str]:
    trafilatura = _trafilatura()
    options = {"output_format": "txt", "include_comments": False, "include_tables": True, "include_images": False,
                   "include_links": False, "deduplicate": False, "with_metadata": False}
    tree = _parse(html)
    if tree is None:
        return []
    try:
        text = trafilatura.extract(tree, **options) or trafilatura.extract(_parse(html), favor_recall=True, **options)
    except Exception:  # noqa: BLE001 - the extractor failing on a hostile page leaves the plain text nodes below
        text = None
    if not text:  # the extractor found nothing it calls an article: keep every text node of the cleaned body
        tree = _parse(html)  # afresh: the extractor prunes the tree it is given
        body = tree.find("body")
        text = "\n".join((body if body is not None else tree).itertext())
    return [p for p in (plaintext.tidy_spaces(line) for line in text.split("\n")) if p]


def extract(html: str) -> Page:
    """A saved page's article text, one paragraph per line block, with its headline and byline on top."""
    meta = _metadata(html)
    paras = _paragraphs(html)
    title = meta.get("title")
    if title and paras and paras[0] != title and title not in paras[:3]:
        paras.insert(0, title)
    author = meta.get("author")
    if author and paras and not any(author.split(";")[0].strip() in p for p in paras[:4]):
        byline = _byline(html, author)
        if byline:
            paras.insert(1 if title and paras[0] == title else 0, byline)
    return Page(plaintext.finish(paras), meta, _depth_note(html))


# The HTML parser (libxml2) stops at this depth of nested elements; what is deeper, and often all that follows,
# is lost, so the page is named rather than shown shortened without a word.
HTML_MAX_DEPTH = 256


def _depth_note(html: str) -> str | None:
    """A note when the page nests elements deeper than the parser reads."""
    import lxml.html
    if html.count("<") < HTML_MAX_DEPTH:
        return None  # too few tags to nest that deep
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=parser)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None
    if any("depth" in str(e.message).lower() for e in parser.error_log):
        return (f"its HTML nests elements more than {HTML_MAX_DEPTH} deep; the text inside them (and often all "
                "that follows) could not be read")
    return None
