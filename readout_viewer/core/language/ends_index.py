"""One analysis's index of its documents' sentence ends: each whole text's `sentence_ends` worked out once."""

from __future__ import annotations

from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.model import Document


class SentenceEnds:
    """Each document's sentence ends (`sentence_ends` of its whole text), worked out the first time a stage asks and
    kept for the stages after it: the omissions' openings, the retelling pass (a text's ends asked for each of its
    claims linked to a cut official sentence: 16,976 times on 2,000 articles) and the quotation check read the same
    texts. One index serves one analysis and is released with it (core/stages.py): nothing grows across analyses,
    and the process-wide memo (`sentences.WHOLE_ENDS_CACHE`, 256 texts) is not cycled through by a large folder.
    Keyed by the document's id, unique in a folder; a caller outside an analysis makes its own."""

    def __init__(self) -> None:
        self._ends: dict[str, list[int]] = {}

    def of(self, doc: Document) -> list[int]:
        """`sentence_ends(doc.text)`, worked out the first time `doc` is asked (callers read it, never change it)."""
        ends = self._ends.get(doc.id)
        if ends is None:
            ends = self._ends[doc.id] = sentence_ends(doc.text)
        return ends
