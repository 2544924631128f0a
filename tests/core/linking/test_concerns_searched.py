"""An outlet's sentences are searched for raised concerns (`concerns.RAISED`) only against a readout that counts
some (`concerns.COUNTED`): against any other there is nothing for them to report."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import concerns
from readout_viewer.core.linking.align import find_links
from tests.builders import OUTLET, run_to_end, text_doc

NEWS = "Berg brought up the issue of the Tallow Reef.\n\nSol raised concerns about the lighthouse fees."
COUNTING = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
            "Prime Minister Berg expressed his candid views on various concerns between the two nations.")
SILENT = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
          "Prime Minister Berg welcomed the reopening of the ferry line across the northern strait.")


class _Counted:
    """A pattern, with the texts it was searched in."""

    def __init__(self, pattern) -> None:
        self.pattern, self.searched = pattern, []

    def search(self, text: str):
        self.searched.append(text)
        return self.pattern.search(text)


def _searched(readout: str, monkeypatch) -> list[str]:
    counted = _Counted(concerns.RAISED)
    docs = [text_doc("news", NEWS, role=OUTLET), text_doc("readout", readout, side="N")]
    monkeypatch.setattr(concerns, "RAISED", counted)
    run_to_end(find_links(docs, {d.id: segment(d) for d in docs}))
    return counted.searched


def test_no_search_against_a_readout_that_counts_no_concerns(monkeypatch):
    assert _searched(SILENT, monkeypatch) == []


def test_searched_against_one_that_counts_them(monkeypatch):
    assert _searched(COUNTING, monkeypatch)
