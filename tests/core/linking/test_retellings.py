"""An outlet that reports a readout's statement does not also report the same government's briefer retelling it."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import OFFICIAL, OUTLET, Document
from tests.builders import run_to_end, text_doc


def _doc(doc_id: str, text: str, role: str = OFFICIAL, side: str | None = "N", kind: str | None = None) -> Document:
    return text_doc(doc_id, text, role, side, kind)


READOUT = _doc("readout", "Premier Berg spoke today with Premier Sol.\n\nPremier Berg reaffirmed the one Norland "
                          "policy and the fishing treaty of 1990.\n\nThe premiers discussed the price of salmon.",
               kind="readout")
BRIEFING = _doc("briefing", "Thanks, everyone.\n\nAnd Premier Berg clearly reaffirmed the one Norland policy and "
                            "the fishing treaty, as he has before.\n\nThe salmon price came up too.", kind="briefing")


def _linked(*docs: Document) -> list[tuple[str, str]]:
    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    links = run_to_end(find_links(list(docs), claims_of))[1]
    return sorted((text[link.a][:12], text[link.b][:20]) for link in links)


def test_an_outlet_reporting_the_readout_does_not_also_link_the_briefers_retelling():
    paper = _doc("paper", "Berg on Tuesday reaffirmed the long-standing one Norland policy and the fishing treaty of "
                          "1990.", role=OUTLET, side=None)
    assert [b for a, b in _linked(READOUT, BRIEFING, paper) if a.startswith("Berg on")] == ["Premier Berg reaffir"]


def test_an_outlet_in_the_briefers_own_words_keeps_that_link():
    paper = _doc("paper", "Berg clearly reaffirmed the one Norland policy and the fishing treaty, as he has before, an "
                          "aide said.", role=OUTLET, side=None)
    assert ("Berg clearly", "And Premier Berg cle") in _linked(READOUT, BRIEFING, paper)
