"""Any text and any claim offsets export without error, and every related claim with visible words is marked."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from readout_viewer.core.language.text import paragraph_spans
from readout_viewer.core.model import Analysis, Claim, Document, Link, Omission
from readout_viewer.export.pdf import export_pdf

WORDS = st.sampled_from(["word", "Слово", "“quoted”", "x", "12,5", "—", "\n", "\n\n", " ", "longerwordwithoutbreaks" * 3])


@st.composite
def analyses(draw):
    text = " ".join(draw(st.lists(WORDS, min_size=1, max_size=60)))
    other = "The other account says something else entirely."
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=8))
    claims = [Claim(f"ev/a#{i}", "ev/a", min(s, e), max(s, e), text[min(s, e):max(s, e)])
              for i, (s, e) in enumerate(spans, 1)]
    target = Claim("ev/b#1", "ev/b", 0, len(other), other)
    links = tuple(Link(c.id, target.id, draw(st.sampled_from(["agree", "diverge"])), 0.5)
                  for c in claims if draw(st.booleans()))
    omissions = tuple(Omission(c.id, ("ev/b",)) for c in claims if draw(st.booleans()))
    docs = (Document("ev/a", "ev/a.txt", "A", text, role="official", event="ev", side="US"),
            Document("ev/b", "ev/b.txt", "B", other, role="official", event="ev", side="RU"))
    return Analysis(root="/r", documents=docs, claims=(*claims, target), links=links, omissions=omissions)


def _visible(text: str, claim: Claim) -> bool:
    return any(claim.start < e and claim.end > s and text[max(s, claim.start):min(e, claim.end)].strip()
               for s, e in paragraph_spans(text))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(analysis=analyses())
def test_any_offsets_export_and_related_claims_are_marked(qapp, tmp_path, analysis):
    out = tmp_path / "r.pdf"
    export_pdf(analysis, out)
    marks = {str(a.get_object()["/NM"]).split("@")[0]
             for p in PdfReader(out).pages for a in p.get("/Annots", [])
             if a.get_object()["/Subtype"] == "/Highlight"}
    text = analysis.documents[0].text
    related = {c.id for c in analysis.claims if c.doc == "ev/a" and _visible(text, c)
               and (analysis.links_of.get(c.id) or c.id in analysis.omission_of)}
    assert related <= marks
