""""The report" named alone stands for an account as "the statement" does ("..., added the report": the account the
story cited before it), and "stated" follows its source after a quotation as "said" does ('"...," stated the
report'); "report" after a source's name is still the news ("a Reuters report"), no document noun."""

from readout_viewer.core.language import documents
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

CN_TEXT = ("Chinese President Xi Jinping had a phone conversation with British Prime Minister Keir Starmer. Starmer "
           "said there is no change to the UK's long-term one-China policy.")


def _cited(news):
    """Each attribution's verdict with the first words of its statement."""
    official = [reading("cn", CN_TEXT, OFFICIAL, "Ministry of Foreign Affairs of the People's Republic of China", "CN")]
    return [(a.cited, a.verdict, news[a.start:a.end][:5]) for a in news_attributions(official, news)]


def test_added_the_report_is_the_account_cited_before():
    assert _cited("According to the Chinese readout, Xi spoke with Starmer. He reiterated the UK's long-term "
                  "one-China policy, added the report.")[-1] == ("cn", SUPPORTED, "He re")


def test_stated_the_report_after_a_quotation():
    assert _cited("According to the Chinese readout, Xi spoke with Starmer. \"There is no change to the UK's long-term "
                  "one-China policy,\" stated the report.")[-1] == ("cn", SUPPORTED, '"Ther')


def test_report_is_no_document_noun_after_a_name():
    assert "report" not in documents.DOCUMENT_NOUNS and "report" in documents.BARE_DOCUMENT_NOUNS
