"""A claim quoting one statement is also matched by what it says outside the quotation, without copying every
claim's terms for it (a copy per such claim made a large folder's linking grow with the square of its size)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking import align
from readout_viewer.core.model import OUTLET
from tests.builders import run_to_end, text_doc

POST = text_doc("post", "I just had a lengthy and highly productive phone call with the premier. "
                "We have agreed to have our teams start negotiations on the fisheries accord immediately.", side="N")
PAPER = text_doc("paper", "The envoy, visiting the northern capital on a tour of the region, said he and the premier "
                 "agreed to start negotiations on the fisheries accord at once during their \u201clengthy and highly "
                 "productive\u201d call.", role=OUTLET)


def test_the_part_outside_the_quotation_is_matched_with_the_same_terms_mapping(monkeypatch):
    seen, real = [], align.counterparts_in

    def best(claim, index, terms, *args, **kwargs):
        seen.append(terms)
        return real(claim, index, terms, *args, **kwargs)
    monkeypatch.setattr(align, "counterparts_in", best)
    claims_of = {d.id: segment(d) for d in (PAPER, POST)}
    links = run_to_end(align.find_links([PAPER, POST], claims_of))[1]
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    assert {text[link.b][:20] for link in links} == {"I just had a lengthy", "We have agreed to ha"}
    assert len(seen) >= 2  # the whole claim, then its part outside the quotation
    assert all(terms is seen[0] for terms in seen)
