"""Word articles: paragraphs, tables and tracked changes read as a reader sees them; properties as front matter."""

from __future__ import annotations

import io
import zipfile

import pytest

from readout_viewer.core.loading import docxtext

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
STYLES = (f'<w:styles {NS}><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>'
          '</w:style></w:styles>')
CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Leaders talk</dc:title><dc:creator>Jane Roe'
        '</dc:creator></cp:coreProperties>')
CUSTOM = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Source"><vt:lpwstr>The Paper'
          '</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" '
          'name="MSIP_Label"><vt:lpwstr>internal</vt:lpwstr></property></Properties>')


def para(*runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def docx(body: str, parts: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>")
        for name, text in (parts or {}).items():
            z.writestr(name, text)
    return buf.getvalue()


ARTICLE = "".join([
    para(run("Leaders "), run("talk for two hours"), style="berschrift1"),
    para(run("By Jane Roe")),
    para(run("The presidents spoke"), '<w:ins w:id="1"><w:r><w:t> by video</w:t></w:r></w:ins>',
         '<w:del w:id="2"><w:r><w:delText> by phone</w:delText></w:r></w:del>', run(" on Tuesday.")),
    para('<w:hyperlink r:id="x" xmlns:r="r"><w:r><w:t>The readout</w:t></w:r></w:hyperlink>',
         run(" said they would"), "<w:r><w:tab/></w:r>", run("meet again.")),
    '<w:tbl><w:tr><w:tc>' + para(run("A cell says talks resume in January.")) + "</w:tc></w:tr></w:tbl>",
    para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
         run("Field result.")),
    para('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
         + para(run("A pull quote.")) + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>"
         + para(run("A pull quote.")) + "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"),
])


def test_paragraphs_tables_and_tracked_changes_as_a_reader_sees_them():
    word = docxtext.extract(docx(ARTICLE, {"word/styles.xml": STYLES}))
    assert word.text.split("\n\n") == [
        "Leaders talk for two hours", "By Jane Roe", "The presidents spoke by video on Tuesday.",
        "The readout said they would meet again.", "A cell says talks resume in January.", "Field result.\n"]
    assert word.heading == "Leaders talk for two hours"  # found by its style's name, not its localised id


def test_core_and_custom_properties_are_front_matter():
    word = docxtext.extract(docx(ARTICLE, {"docProps/core.xml": CORE, "docProps/custom.xml": CUSTOM}))
    assert word.meta == {"title": "Leaders talk", "author": "Jane Roe", "source": "The Paper"}


@pytest.mark.parametrize(("raw", "words"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password"),
    (b"plain text, not a zip", "not a Word document"),
    (docx("", {"xl/workbook.xml": "<workbook/>"}).replace(b"word/document.xml", b"word/documenX.xml"),
     "no word/document.xml"),
])
def test_files_that_are_not_word_documents_are_named(raw, words):
    with pytest.raises(docxtext.NotWord, match=words):
        docxtext.extract(raw)


def test_entities_and_huge_parts_are_refused_before_they_expand(monkeypatch):
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document ' + NS + "><w:body>&a;</w:body></w:document>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", bomb)
    with pytest.raises(docxtext.NotWord, match="entities"):
        docxtext.extract(buf.getvalue())
    monkeypatch.setattr(docxtext, "MAX_PART_BYTES", 100)
    with pytest.raises(docxtext.NotWord, match="unpacks to"):
        docxtext.extract(docx(ARTICLE))


def test_in_a_folder_the_word_file_is_a_document_with_claims(tmp_path):
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "paper.docx").write_bytes(docx(ARTICLE, {"docProps/core.xml": CORE,
                                                               "docProps/custom.xml": CUSTOM}))
    from readout_viewer.core.analysis import analyze
    analysis = analyze(tmp_path)
    doc = analysis.document["ev/paper"]
    assert (doc.title, doc.author, doc.source, doc.event) == ("Leaders talk", "Jane Roe", "The Paper", "ev")
    claims = [doc.text[c.start:c.end] for c in analysis.claims_of["ev/paper"]]
    assert "The presidents spoke by video on Tuesday." in claims and not analysis.problems


def test_soft_hyphens_zero_widths_and_decomposed_accents_are_normalised():
    body = para(run("nego"), "<w:r><w:softHyphen/></w:r>", run("tiations in the E\u0301lyse\u0301e\u200b."))
    assert docxtext.extract(docx(body)).text == "negotiations in the \u00c9lys\u00e9e.\n"
