"""A correction made in the viewer reaches `analyze --json` and the annotated PDF of the folder."""

import json
import shutil

import pytest

from readout_viewer import cli
from readout_viewer.app.decisions.controller import DecisionsController
from readout_viewer.core.session import analyze_folder

NOTE = "Analyst check: the readout says nothing of the sort."


@pytest.fixture
def folder(tmp_path, corpus):
    """A copy of one event of the bundled corpus (the corpus itself is never written)."""
    event = sorted(p for p in corpus.iterdir() if p.is_dir())[-1]
    root = tmp_path / "folder"
    shutil.copytree(event, root / event.name)
    return root


def _correct(folder):
    """Through the controller: reject the first link, link two unlinked claims, note the first claim."""
    found = analyze_folder(folder, use_decisions=False)
    c = DecisionsController(folder)
    c.set_analysis(c.apply(found))
    rejected = found.links[0]
    c.reject(rejected)
    linked = {x for lk in found.links for x in (lk.a, lk.b)}
    outlet = next(x for x in found.claims if x.id not in linked and not found.document[x.doc].is_official)
    official = next(x for x in found.claims if x.id not in linked and found.document[x.doc].is_official
                    and found.document[x.doc].event == found.document[outlet.doc].event)
    c.link_claims(outlet.id, official.id, "diverge", "hedge")
    c.add_note(found.claims[0].id, NOTE)
    return rejected, (outlet.id, official.id)


def test_a_correction_in_the_viewer_is_in_analyze_json(folder, tmp_path):
    rejected, (outlet, official) = _correct(folder)
    out = tmp_path / "a.json"
    assert cli.main(["analyze", str(folder), "--json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    pairs = {(lk["a"], lk["b"]): lk for lk in data["links"]}
    assert (rejected.a, rejected.b) not in pairs
    assert pairs[(outlet, official)]["origin"] == "manual" and pairs[(outlet, official)]["reason"] == "hedge"
    assert [n["text"] for n in data["notes"]] == [NOTE]


def test_a_correction_in_the_viewer_is_in_the_pdf(folder, tmp_path):
    pdf = pytest.importorskip("readout_viewer.export.pdf")
    pypdf = pytest.importorskip("pypdf")
    _correct(folder)
    out = tmp_path / "a.pdf"
    pdf.export_pdf(analyze_folder(folder), out)
    contents = []
    for page in pypdf.PdfReader(str(out)).pages:
        for annot in page.get("/Annots") or ():
            contents.append(str(annot.get_object().get("/Contents", "")))
    assert any(NOTE in c for c in contents)
    assert any("linked by an analyst" in c for c in contents)
