"""Write a small folder of every kind of document readout-viewer reads (Markdown, text, web page, PDF, Word), for
packaging/check.sh to analyse with the built program. Standard library only: it runs without the project's
environment. Usage: python3 packaging/samples.py FOLDER"""

import io
import sys
import zipfile
from pathlib import Path

EVENT = "2021-12-07-video-call"
READOUT = """---
title: Readout of President Biden's Video Call with President Putin
source: The White House
role: official
side: US
---

President Biden spoke with President Putin of Russia by video for two hours on Tuesday.

President Biden voiced deep concerns about Russia's military build-up surrounding Ukraine.

The two presidents agreed that their teams would follow up.
"""
PAGE = """<!doctype html><html><head><title>Leaders hold video call</title>
<meta name="author" content="Jane Roe"></head><body><nav>Home | World</nav><article><h1>Leaders hold video call</h1>
<p>President Biden voiced deep concerns about Russia's military build-up surrounding Ukraine, the White House said.
</p><p>The two presidents agreed that their teams would follow up.</p></article><footer>Copyright</footer></body>
</html>"""
WORD_BODY = ["Biden and Putin talk for two hours", "President Biden spoke with President Putin of Russia by video "
             "for two hours on Tuesday.", "The two presidents agreed that their teams would follow up."]
PDF_LINES = ["President Biden voiced deep concerns about Russia's military", "build-up surrounding Ukraine, the "
             "readout said.", "The two presidents agreed that their teams would follow up."]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        z.writestr("docProps/core.xml", '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
                   '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Biden and '
                   "Putin talk</dc:title></cp:coreProperties>")
    return buf.getvalue()


def pdf(lines):
    stream = "".join(f"BT /F1 10 Tf 72 {700 - 12 * i} Td ({line}) Tj ET\n" for i, line in enumerate(lines))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
               "/Contents 5 0 R >>", f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
               "<< /Title (Talks in a PDF) >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main(folder):
    event = Path(folder) / EVENT
    event.mkdir(parents=True, exist_ok=True)
    (event / "white-house-readout.md").write_text(READOUT, encoding="utf-8")
    (event / "wire.txt").write_text("Putin and Biden talk\n\nThe two presidents agreed that their teams would "
                                    "follow up, the Kremlin said.\n", encoding="utf-8")
    (event / "page.html").write_text(PAGE, encoding="utf-8")
    (event / "article.docx").write_bytes(docx(WORD_BODY))
    (event / "article.pdf").write_bytes(pdf(PDF_LINES))


if __name__ == "__main__":
    main(sys.argv[1])
