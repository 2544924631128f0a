"""The PDF's metadata: the document information dictionary and the same facts as XMP, and the catalog's language."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

from readout_viewer import __version__
from readout_viewer.export.pdffile import dictionary, text

CREATOR = f"readout-viewer {__version__}"
PRODUCER = f"readout-viewer {__version__} (pages laid out by Qt, annotated and written by readout-viewer)"


@dataclass(frozen=True)
class DocInfo:
    """What the file says about itself; `lang` is the language of the report's own words (BCP 47)."""

    title: str
    subject: str
    created: datetime  # aware
    author: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    lang: str = "en"


def _pdf_date(when: datetime) -> str:
    offset = when.strftime("%z") or "+0000"
    return when.strftime("D:%Y%m%d%H%M%S") + f"{offset[:3]}'{offset[3:]}'"


def info_dictionary(info: DocInfo) -> bytes:
    """The /Info dictionary."""
    stamp = text(_pdf_date(info.created))
    entries = [("Title", text(info.title)), ("Author", text(info.author)), ("Subject", text(info.subject)),
               ("Keywords", text("; ".join(info.keywords))), ("Creator", text(CREATOR)),
               ("Producer", text(PRODUCER)), ("CreationDate", stamp), ("ModDate", stamp)]
    return dictionary((k, v) for k, v in entries if k != "Author" or info.author)


def xmp(info: DocInfo) -> bytes:
    """The XMP packet: the same title, author, subject, keywords, dates and language as /Info."""
    when = info.created.isoformat(timespec="seconds")
    creator = (f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
               if info.author else "")
    subjects = "".join(f"<rdf:li>{escape(k)}</rdf:li>" for k in info.keywords)
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.title)}</rdf:li></rdf:Alt></dc:title>
{creator}
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>
<dc:language><rdf:Bag><rdf:li>{escape(info.lang)}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{escape("; ".join(info.keywords))}</pdf:Keywords>
<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>
<xmp:CreatorTool>{escape(CREATOR)}</xmp:CreatorTool>
<xmp:CreateDate>{when}</xmp:CreateDate><xmp:ModifyDate>{when}</xmp:ModifyDate><xmp:MetadataDate>{when}</xmp:MetadataDate>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def user_name() -> str:
    """The person's full name from their system account, else their login name, else '' (the default Author)."""
    try:
        import pwd
        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if full:
            return full
    except (ImportError, KeyError, OSError, AttributeError):  # no pwd on Windows; no entry in a container
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
