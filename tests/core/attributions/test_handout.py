"""A readout named a handout, as South Asia's press names one ("according to a handout issued by the Prime Minister's
Office", the second attribution probe, eval/attr_probe2.yaml): a document noun (language.documents.DOCUMENT_NOUNS) of
the statement kind."""

from readout_viewer.core.language.documents import kind_named
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

AGREED = "the two leaders agreed to expand cooperation on clean energy and maritime security"


def _pakistan_and_china() -> list:
    pk = reading("pk", "Pakistani Prime Minister Shehbaz Sharif held a telephone conversation with Chinese Premier "
                 f"Li Qiang. {AGREED[0].upper()}{AGREED[1:]}.", OFFICIAL, "Prime Minister's Office, Pakistan", "PK")
    cn = reading("cn", "Chinese Premier Li Qiang spoke with Pakistani Prime Minister Shehbaz Sharif. The two sides "
                 "discussed trade.", OFFICIAL, "Ministry of Foreign Affairs of the People's Republic of China", "CN")
    return [pk, cn]


def test_a_handout_issued_by_an_office_cites_its_text():
    found = news_attributions(_pakistan_and_china(), "Snow fell. According to a handout issued by the Prime "
                              f"Minister's Office, {AGREED}.")
    assert [(a.cited, a.verdict) for a in found] == [("pk", SUPPORTED)]


def test_the_handout_said_after_the_words():
    found = news_attributions(_pakistan_and_china(), f"Snow fell. {AGREED[0].upper()}{AGREED[1:]}, the Prime "
                              "Minister's Office handout said.")
    assert [(a.cited, a.verdict) for a in found] == [("pk", SUPPORTED)]


def test_a_handout_is_a_statement():
    named = kind_named("a handout issued by the office")
    assert named is not None and named[0] == "statement"
