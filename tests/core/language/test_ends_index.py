"""One index of a folder's sentence ends: its answers are the plain ones, and one analysis works out each text's once."""

import pytest

from readout_viewer.core import analysis
from readout_viewer.core.language import ends_index
from readout_viewer.core.language.ends_index import SentenceEnds
from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.linking.omissions import find_omissions
from readout_viewer.core.model import AGREE, OFFICIAL, OUTLET, Claim, Document, Link
from readout_viewer.core.quotes.check import check_quotes
from tests.builders import claims_cut

READOUT = ("The governor welcomed the survey of the river dams and promised steady funding for the valley canal. "
           "Dr. Moss praised the St. Clair engineers. \"We will keep every lock open this winter,\" the governor said. "
           "Repairs start in June.")
OUTLETS = {
    "herald": ("Rain fell early. The governor welcomed the survey of the river dams and promised steady funding for "
               "the valley canal, aides said! \"We will keep every lock open this winter,\" he told reporters."),
    "courier": ("Dr. Moss praised the St. Clair engineers. The governor said: \"We shall keep every lock open all "
                "winter.\" Repairs start in June."),
    "gazette": "\"Repairs start in June,\" said Mr. Hale of the U.S. board. Nothing else was said.",
}
CUTS = {
    "readout": ["The governor welcomed the survey of the river dams", "promised steady funding for the valley canal.",
                "Dr. Moss praised the St. Clair engineers.", "Repairs start in June."],
    "herald": ["The governor welcomed the survey of the river dams",
               "promised steady funding for the valley canal, aides said!"],
    "courier": ["Dr. Moss praised the St. Clair engineers.", "Repairs start in June."],
    "gazette": ["Nothing else was said."],
}
LINKS = [Link("herald#1", "readout#1", AGREE, 0.8), Link("herald#2", "readout#2", AGREE, 0.8),
         Link("courier#1", "readout#3", AGREE, 0.8), Link("courier#2", "readout#4", AGREE, 0.8)]


def _folder() -> tuple[list[Document], dict[str, list[Claim]]]:
    texts = {"readout": READOUT, **OUTLETS}
    docs = [Document(id=d, path=f"{d}.txt", title=d, text=t, role=OFFICIAL if d == "readout" else OUTLET,
                     event="e", side="N" if d == "readout" else None, kind="readout" if d == "readout" else None)
            for d, t in texts.items()]
    return docs, claims_cut(texts, CUTS)


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """The texts whose ends the index works out, in the order asked."""
    asked: list[str] = []

    def counting(text: str, start: int = 0, end: int | None = None) -> list[int]:
        asked.append(text)
        return sentence_ends(text, start, end)

    monkeypatch.setattr(ends_index, "sentence_ends", counting)
    return asked


def test_the_indexed_ends_are_the_plain_ones_of_each_text():
    docs, _ = _folder()
    index = SentenceEnds()  # one index over every text: a key shared by two of them would answer wrongly
    for doc in docs * 2:
        assert index.of(doc) == sentence_ends(doc.text)
    assert READOUT[:index.of(docs[0])[1]].endswith("the St. Clair engineers.")  # "Dr." and "St." end no sentence


def test_one_index_through_the_omissions_and_the_quotation_check_works_out_each_text_once(counted):
    docs, claims_of = _folder()
    index = SentenceEnds()
    omitted = find_omissions(docs, claims_of, LINKS, ends=index)
    quotes = check_quotes(docs, index)
    assert len(counted) == len(set(counted))  # no text twice, though each stage asks each of its texts many times
    assert {READOUT, OUTLETS["herald"], OUTLETS["courier"]} <= set(counted)  # both stages read the index
    assert omitted == find_omissions(docs, claims_of, LINKS)  # each stage with an index of its own: the same
    assert quotes == check_quotes(docs)
    assert quotes and omitted


def test_an_analysis_works_out_each_texts_ends_once(counted, tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_VIEWER_WORKERS", "0")  # serial: the quotation check runs beside the omissions
    monkeypatch.setenv("READOUT_VIEWER_NO_CACHE", "1")
    (tmp_path / "e").mkdir()
    for name, text in {"readout": READOUT, **OUTLETS}.items():
        (tmp_path / "e" / f"{name}.txt").write_text(text, encoding="utf-8")
    result = analysis.analyze(tmp_path)
    assert result.quotes and len(counted) == len(set(counted))
