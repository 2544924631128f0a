"""Word articles (.docx): the body's paragraphs and tables, and front matter from the document's properties.

Read with zipfile and the standard XML parser rather than python-docx: no new dependency (python-docx would add
itself on top of lxml), and what an article needs that python-docx leaves out is a few lines here: text in
tracked insertions and content controls, custom document properties (where an archive or a colleague records
source, url or event), and limits that stop a zip bomb. Deleted text (tracked deletions), field codes, comments,
headers, footers and text boxes (pull quotes repeat the article) are not the article and are left out. Nothing
in the file is run; a DOCTYPE, which a Word file never has, is refused rather than expanded.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field

from readout_viewer.core.loading import encoding, metadata, plaintext

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DC = "{http://purl.org/dc/elements/1.1/}"
CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
BODY_PART = "word/document.xml"
# A long article's document.xml is 0.1-2 MB (formatting included); a part larger than this, unpacked, is not an
# article and is refused before it is inflated (a zip bomb is a few kB packed, gigabytes unpacked).
MAX_PART_BYTES = 50_000_000
# Style names (as Word writes them in styles.xml, whatever the user's language) that mark the document's title.
TITLE_STYLES = ("title", "heading 1")
# Elements whose text is not the article: deleted text, field codes, text boxes, the fallback copy of drawings.
_SKIPPED = {W + "delText", W + "instrText", W + "txbxContent", MC + "Fallback", W + "del", W + "commentReference"}
_BREAKS = {W + "br", W + "cr"}


class NotWord(ValueError):
    """The file is not a Word document that can be read; the message says why for a person."""


@dataclass(frozen=True)
class Extracted:
    """A Word document's paragraphs as plain text, its metadata, and its first heading."""

    text: str
    meta: dict = field(default_factory=dict)
    heading: str | None = None


def _part(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    """A part of the package parsed, None when absent; NotWord when it is too large or not XML."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise NotWord(f"its {name} unpacks to {info.file_size / 1e6:.0f} MB, more than any article")
    with archive.open(info) as f:
        raw = f.read(MAX_PART_BYTES + 1)
    if len(raw) > MAX_PART_BYTES:
        raise NotWord(f"its {name} unpacks to more than {MAX_PART_BYTES / 1e6:.0f} MB")
    if b"<!DOCTYPE" in raw[:4096] or b"<!ENTITY" in raw:
        raise NotWord(f"its {name} declares XML entities, which a Word file never does")
    try:
        return ET.fromstring(raw)
    except ET.ParseError as exc:
        raise NotWord(f"its {name} is damaged ({exc})") from exc


def _runs(node: ET.Element, out: list[str]) -> None:
    """The visible text under a paragraph, in order; breaks as new lines."""
    for child in node:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in _BREAKS and child.get(W + "type") != "page":
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "softHyphen":
            out.append("\u00ad")  # removed with the other invisible characters
        elif tag != W + "p":  # runs, hyperlinks, insertions, fields, smart tags: their text counts
            _runs(child, out)


def _style(p: ET.Element, names: dict[str, str]) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return names.get(style.get(W + "val", ""), "") if style is not None else ""


def _paragraphs(body: ET.Element, names: dict[str, str]) -> tuple[list[str], str | None]:
    """Every paragraph of the body (tables' cells included) in reading order, and the first title-styled one."""
    paras: list[str] = []
    heading = None
    stack = [iter(body)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        if node.tag in _SKIPPED:
            continue
        if node.tag != W + "p":
            stack.append(iter(node))  # tables, rows, cells, content controls hold paragraphs
            continue
        out: list[str] = []
        _runs(node, out)
        lines = [plaintext.tidy_spaces(line) for line in encoding.normalize_text("".join(out)).split("\n")]
        lines = [line for line in lines if line]
        if lines and heading is None and _style(node, names) in TITLE_STYLES:
            heading = " ".join(lines)
        paras += lines
    return paras, heading


def _style_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Style id (language-dependent: "Heading1", "berschrift1") to its built-in name ("heading 1")."""
    styles = _part(archive, "word/styles.xml")
    names = {}
    for style in styles.iter(W + "style") if styles is not None else ():
        name = style.find(W + "name")
        if name is not None:
            names[style.get(W + "styleId", "")] = (name.get(W + "val") or "").lower()
    return names


def _properties(archive: zipfile.ZipFile) -> dict:
    """Front matter from the core properties (title, author) and the custom ones named like front-matter keys."""
    meta = {}
    core = _part(archive, "docProps/core.xml")
    for tag, key in ((DC + "title", "title"), (DC + "creator", "author")):
        node = core.find(tag) if core is not None else None
        text = (node.text or "").strip() if node is not None else ""
        if text:
            meta[key] = text
    custom = _part(archive, "docProps/custom.xml")
    for prop in custom.iter(CUSTOM + "property") if custom is not None else ():
        key = (prop.get("name") or "").strip().lower()
        value = next((child.text for child in prop if child.text and child.text.strip()), None)
        if key in metadata.KNOWN_KEYS and value:
            meta[key] = value.strip()
    return meta


def extract(raw: bytes) -> Extracted:
    """The article in a .docx file's bytes; NotWord when it is not one that can be read."""
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE container: an old .doc, or an encrypted .docx
        raise NotWord("it is protected by a password or is an old Word file renamed .docx (save it as .docx "
                      "without a password)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        raise NotWord("it is not a Word document (a .docx file is a zip archive, and this one is not)") from exc
    with archive:
        document = _part(archive, BODY_PART)
        if document is None:
            raise NotWord(f"it has no {BODY_PART}: not a Word document")
        body = document.find(W + "body")
        paras, heading = _paragraphs(body if body is not None else document, _style_names(archive))
        meta = _properties(archive)
    return Extracted(plaintext.finish(paras), meta, heading)
