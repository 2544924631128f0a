"""Precision: the words of a country's formal name ("People's Republic of China") say who, as the country does."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.linking.terms import formal_names
from readout_viewer.core.model import OUTLET
from tests.builders import run_to_end, text_doc

READOUT = text_doc("readout", "President Marsh met virtually on May 3 with President Xi Jinping of the People's Republic "
                          "of China (PRC).\n\nPresident Marsh raised concerns about China's fishing fleets near "
                          "Norland.\n\nThe two leaders discussed China's trade with Norland and the salmon quota.\n\n"
                          "Both said the people of the two countries want peace, and the people of the islands want "
                          "work.", side="NL")
PAPER = text_doc("paper", "Ms Marsh stressed the policy recognising the People's Republic of China.\n\nChina and Norland "
                      "spoke about fishing fleets and China's trade.", role=OUTLET)


def test_formal_names_come_from_the_table_of_countries():
    assert formal_names()["china"] == {"peopl", "republ"}
    assert formal_names()["russia"] == {"federa"}


def test_a_sentence_sharing_only_the_formal_name_does_not_report_the_call_line():
    docs = [READOUT, PAPER]
    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    links = run_to_end(find_links(docs, claims_of))[1]
    assert [(text[link.a][:10], text[link.b][:22]) for link in links] == [("China and ", "President Marsh raised")]
