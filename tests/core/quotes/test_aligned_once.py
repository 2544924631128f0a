"""A wording's alignment in a source is worked out once (origins.Origins._aligned): outlets quoting the same altered
words get the verdicts they get with every quotation aligned apart; other words, or the same words cut by an
ellipsis elsewhere, are aligned again."""

from readout_viewer.core.model import ALTERED, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes import origins
from readout_viewer.core.quotes.check import check_quotes

READOUT = ("The presidents discussed the harbour dispute at length and agreed on practical steps. Both sides stressed "
           "the importance of regular contacts between the navies and of maritime safety in the strait.")
ALTERED_WORDS = '"Both sides underlined the importance of regular contacts between their navies and of safety at sea,"'
CUT_WORDS = '"Both sides underlined the importance ... of regular contacts between their navies and of safety at sea,"'


def _doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1")


def _folder() -> list[Document]:
    return [_doc("kr", READOUT, OFFICIAL),
            _doc("a", f"Talks went on. {ALTERED_WORDS} the Kremlin said."),
            _doc("b", f"In Moscow, officials spoke. {ALTERED_WORDS} the Kremlin said on Friday."),
            _doc("c", f"{ALTERED_WORDS} the Kremlin said."),
            _doc("d", f"Later, {CUT_WORDS} the Kremlin said.")]


def test_copies_are_aligned_once_and_judged_alike(monkeypatch):
    apart = check_quotes(_folder())
    monkeypatch.setattr(origins.Origins, "_aligned", lambda self, region, d: origins.aligned(
        region.words, self.sources[d]))
    unshared = check_quotes(_folder())
    monkeypatch.undo()
    calls = []
    real = origins.aligned
    monkeypatch.setattr(origins, "aligned", lambda words, source: calls.append(tuple(w.key for w in words)) or real(
        words, source))
    shared = check_quotes(_folder())
    assert shared == apart == unshared
    assert {q.doc for q in shared if q.verdict == ALTERED} == {"a", "b", "c", "d"}
    # the three copies' one wording and the cut one's: each aligned once in the readout
    assert len(calls) == 2 and calls[0] == calls[1]
