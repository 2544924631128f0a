"""Recall: a long sentence whose subject does two things ("it upholds X and wants Y") or that names a case of what it
says ("..., including Y") is scored by each part (`claim_parts.parts`), a piece of four content words among them."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.linking.claim_parts import parts
from readout_viewer.core.model import OUTLET, Document
from tests.builders import run_to_end, text_doc


def _linked(outlet: Document, readout: Document) -> list[str]:
    """The readout lines the outlet's claims are linked to, in link order."""
    claims_of = {d.id: segment(d) for d in (outlet, readout)}
    links = run_to_end(find_links([outlet, readout], claims_of))[1]
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    return [text[link.b] for link in links]


def test_a_second_predicate_after_and_starts_a_piece():
    sentence = ("Sol said that the south is ready to hold frank talks with the harbour board, and it upholds the "
                "fisheries quota policy and wants to settle the dispute over trawler licences before the winter.")
    assert [p.strip()[:20] for p in parts(sentence)] == [
        "Sol said that the so", "upholds the fisherie", "wants to settle the "]


def test_and_between_two_nouns_or_two_subjects_parts_nothing():
    assert parts("Berg discussed the tariffs and quotas with the harbour board before the winter season.") == []
    assert parts("Berg and Sol made clear progress on the fisheries accord.") == []


def test_an_outlet_sentence_reports_the_readout_line_one_of_its_predicates_tells():
    outlet = text_doc("paper", "Sol said that the south is ready to hold frank talks with the harbour board on the "
                               "spring tariffs and the new ferry routes, and it upholds the fishing quota policy and "
                               "wants to settle the long dispute over trawler licences before the winter storms.",
                      role=OUTLET)
    readout = text_doc("north", "Premier Sol reaffirmed the policy of quotas for fishing. The premiers discussed the "
                                "naval exercises near the islands. Premier Berg recalled the friendship of the "
                                "two fleets.", side="N")
    assert _linked(outlet, readout) == ["Premier Sol reaffirmed the policy of quotas for fishing."]


def test_an_including_clause_starts_a_piece():
    sentence = ("Berg and Sol also discussed the ongoing raids by armed trawlers on the coastal villages of the south, "
                "including the morning fire at the old Varn lighthouse.")
    assert [p.strip()[:20] for p in parts(sentence)] == ["Berg and Sol also di", "including the mornin"]


def test_an_outlet_sentence_reports_the_readout_line_on_the_case_it_includes():
    outlet = text_doc("paper", "Berg and Sol also discussed the ongoing raids by armed trawlers on the coastal villages "
                               "of the south, including the morning fire at the old Varn lighthouse.", role=OUTLET)
    readout = text_doc("south", "Premier Sol spoke of the situation on the coast and of the fire that destroyed the old "
                                "lighthouse this morning. The premiers discussed the harbour tariffs. Premier Berg "
                                "recalled the friendship of the two fleets.", side="S")
    assert [line[:30] for line in _linked(outlet, readout)] == ["Premier Sol spoke of the situa"]


def test_a_relative_after_a_preposition_starts_a_piece():
    assert [p.strip()[:20] for p in parts("Sol said he held a two-hour phone call with Berg, during which they "
                                          "discussed a truce in the northern strait and the return of the trawlers.")
            ] == ["Sol said he held a t", "they discussed a tru"]
