"""How the findings tables use the page (helper qa9, walking whole PDFs as an editor)."""

import dataclasses

from pypdf import PdfReader

from readout_viewer.core.model import Claim, Document, Unreported
from readout_viewer.export.pdf import export_pdf

# As the engine words it for the Trump–Putin call of 3 July 2025: why an outlet's report is in no official text.
WHY = ("reports what Trump (as Ushakov tells it) said on the call; no official account of the event carries it; no "
       "claim of the 2 official texts holds more than 8% of its 18 content words, nor half of them read by sense "
       "(synonyms), and Presidential Aide Yuri Ushakov (Kremlin) briefing holds 6% of them in all (the folder "
       "holds only excerpts of 2 official texts: the rest may say it); the closest official wording has too little "
       "in common to link (shares “implementing”)")


def test_the_unreported_table_gives_its_long_why_the_room(qapp, tiny_analysis, tmp_path):
    """The Trump–Putin call's 28 unreported reports ran fourteen landscape pages, two rows a page: each row's "Why"
    (five times the words of its statement) stood a third of a page high in the narrow column beside a Text column
    half empty. The table now gives the Why its room: seven pages."""
    docs, claims, unreported = [], [], []
    for i in range(16):
        text = (f"Report {i}: on the conflict in Ukraine, Ushakov said Trump emphasized his push for a quick halt to "
                "the fighting, and Putin voiced Moscow's readiness to pursue talks with Kyiv.")
        doc = Document(f"ev/wire{i}", f"ev/wire{i}.txt", f"Wire {i}", text, event="ev", source=f"Wire {i}")
        docs.append(doc)
        claims.append(Claim(f"{doc.id}#1", doc.id, 0, len(text), text))
        unreported.append(Unreported(f"{doc.id}#1", WHY, 0.5))
    analysis = dataclasses.replace(tiny_analysis, documents=tiny_analysis.documents + tuple(docs),
                                   claims=tiny_analysis.claims + tuple(claims), unreported=tuple(unreported))
    out = tmp_path / "unreported.pdf"
    export_pdf(analysis, out)
    reader = PdfReader(out)
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    first = next(i for i, t in enumerate(texts) if "· Unreported (16)" in t)
    last = max(i for i, t in enumerate(texts) if "(shares “implementing”)" in t)
    assert last - first + 1 <= 4, (first, last)
