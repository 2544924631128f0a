"""A quotation standing inside an official text that no other text holds (a readout quoting a slogan, a title, the
other leader) stays not found, but says that the official text is its own record: "no official text of the folder
holds these words" is false of it and would read as the government misquoting."""

from readout_viewer.core import findings, jsonio
from readout_viewer.core.model import EXACT, NOT_FOUND, OFFICIAL, OUTLET, Analysis, Document
from readout_viewer.core.quotes.changes import quote_reason
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.sources import OWN_QUOTATION_NOTE

READOUT = ('The two leaders concurred that they would work together to realize a "Free and Open Indo-Pacific." '
           "They agreed to meet again soon.")
OTHER_READOUT = "The prime ministers met in Tokyo and discussed the region."


def doc(doc_id: str, text: str, role: str = OFFICIAL) -> Document:
    return Document(id=doc_id, path=f"{doc_id}.md", title=doc_id, text=text, role=role, event="e1", side="JP")


def quotes_of(doc_id: str, documents: list[Document]):
    return [q for q in check_quotes(documents) if q.doc == doc_id]


def test_quotation_inside_an_official_text_says_it_is_its_own_record():
    mine = quotes_of("kr", [doc("kr", READOUT), doc("au", OTHER_READOUT)])
    assert len(mine) == 1 and mine[0].verdict == NOT_FOUND
    assert mine[0].detail == OWN_QUOTATION_NOTE
    assert quote_reason(mine[0]) == OWN_QUOTATION_NOTE
    assert "no official text of the folder" not in quote_reason(mine[0])


def test_an_outlets_quotation_no_text_holds_keeps_the_plain_reason():
    news = doc("news", 'Kishida said he wanted "a region that is free and open to all," aides said.', OUTLET)
    mine = quotes_of("news", [doc("kr", READOUT), news])
    assert len(mine) == 1 and mine[0].verdict == NOT_FOUND and mine[0].detail is None
    assert quote_reason(mine[0]) == "no official text of the folder holds these words"


def test_an_official_quotation_another_official_text_holds_is_exact_without_a_note():
    other = doc("au", "Both sides will work together to realize a free and open Indo-Pacific for all.")
    mine = quotes_of("kr", [doc("kr", READOUT), other])
    assert len(mine) == 1 and mine[0].verdict == EXACT and mine[0].detail is None


def test_the_findings_row_carries_the_note_and_json_keeps_it():
    documents = (doc("kr", READOUT), doc("au", OTHER_READOUT))
    q, = quotes_of("kr", list(documents))
    analysis = Analysis(root="r", documents=documents, quotes=(q,))
    rows = [f for f in findings.findings(analysis) if f.kind == findings.QUOTE_NOT_FOUND]
    assert [f.reason for f in rows] == [OWN_QUOTATION_NOTE]
    assert jsonio.from_dict(jsonio.to_dict(analysis)).quotes == (q,)
