"""Quotations an outlet sources to a post the folder lacks: not found against an account retelling it, not altered."""

from readout_viewer.core.model import ALTERED, NOT_FOUND, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes

RELEASE = ("The President had a phone call with the Premier. During a productive hour-long conversation, the heads of "
           "state discussed a full range of topical issues of bilateral relations.")
POST = ("I had a phone call with the Premier. During the hour-long conversation, we discussed a full range of topical "
        "issues of bilateral relations")
QUOTED = f'"{POST}," he said.'


def doc(doc_id: str, text: str, role: str = OUTLET, kind: str | None = None) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", kind=kind)


def verdict(news_text: str, kind: str = "readout") -> str:
    quotes = [q for q in check_quotes([doc("ua", RELEASE, OFFICIAL, kind), doc("news", news_text)]) if q.doc == "news"]
    assert len(quotes) == 1, quotes
    return quotes[0].verdict


def test_a_quotation_sourced_to_a_post_is_not_altered_against_a_readout_retelling_it():
    assert verdict(f"The President wrote on Telegram after the call. {QUOTED}") == NOT_FOUND
    assert verdict(f'The President said on Twitter that he "{POST}".') == NOT_FOUND


def test_without_a_post_named_or_with_a_document_named_the_quotation_stays_altered():
    assert verdict(f"The President spoke after the call. {QUOTED}") == ALTERED
    assert verdict(f'It sparked rumours on social media. "{POST}," according to the statement.') == ALTERED


def test_a_post_in_the_folder_or_a_very_close_passage_stays_the_origin():
    assert verdict(f"The President wrote on Telegram after the call. {QUOTED}", kind="statement") == ALTERED
    close = RELEASE.replace("productive ", "").replace("topical", "current").rstrip(".")
    assert verdict(f'The office wrote on Telegram: "{close}."') == ALTERED


def test_a_quotation_another_outlet_sources_to_a_post_in_the_same_words_is_of_that_post():
    texts = [doc("ua", RELEASE, OFFICIAL, "readout"), doc("a", f"The President wrote on Telegram. {QUOTED}"),
             doc("b", f'"{POST}," the President said on Wednesday.')]
    assert {q.doc: q.verdict for q in check_quotes(texts)} == {"a": NOT_FOUND, "b": NOT_FOUND}
    texts[1] = doc("a", f'"{POST.replace("the Premier", "the Premier today")}," he wrote on Telegram.')
    assert {q.doc: q.verdict for q in check_quotes(texts)}["b"] == ALTERED  # other words: another quotation


def test_a_tweet_named_between_the_speaker_and_the_verb_is_a_post_a_statement_is_not():
    assert verdict(f'On his part, the President in a tweet confirmed that "{POST}".') == NOT_FOUND
    assert verdict(f'On his part, the President in a statement confirmed that "{POST}".') == ALTERED
