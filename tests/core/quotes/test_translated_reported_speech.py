"""A quotation an outlet gives as a translated government statement's words, in the speaker's own person, where the
folder's English text of that statement reports the same words in the third person: altered, not not found."""

from readout_viewer.core.model import ALTERED, NOT_FOUND, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.posted import sourced_to_document

# The ministry's English text tells the leader's words in reported speech, naming the partner by title.
READOUT = ("The two presidents spoke by telephone on Friday. Lorne said it is good that the President and the leaders "
           "of the relevant coastal countries have formed the peace mission and will visit both capitals. The two sides "
           "agreed to deepen their comprehensive strategic partnership.")
# The outlet's own translation of the same words, in the second person, its sentence naming the statement.
QUOTED = ('"The fact that you, Mr. President, together with the leaders of interested coastal countries, have formed '
          'a mission for peaceful settlement that will visit both capitals is a good event,"')


def official(side: str | None, text: str = READOUT, doc_id: str = "mfa") -> Document:
    return Document(id=doc_id, path=doc_id + ".md", title=doc_id, text=text, role=OFFICIAL, event="e1", side=side)


def news(text: str) -> Document:
    return Document(id="news", path="news.txt", title="News", text=text, role=OUTLET, event="e1")


def verdict(docs: list[Document]):
    mine = [q for q in check_quotes(docs) if q.doc == "news"]
    assert len(mine) == 1, mine
    return mine[0]


def test_a_translated_statements_reported_speech_quoted_in_the_speakers_person_is_altered():
    q = verdict([official("CN"), news(f"{QUOTED} Lorne was quoted as saying in a statement from the ministry.")])
    assert q.verdict == ALTERED and q.source is not None and q.source.doc == "mfa"
    assert READOUT[q.source.start:q.source.end].startswith("the President and the leaders")


def test_an_english_first_governments_readout_keeps_the_person_rule():
    """A readout written in English first retells its leader's own words (remarks, a post) in the third person; an
    outlet quoting them in the first or second person quotes a text the folder lacks."""
    q = verdict([official("ZA"), news(f"{QUOTED} Lorne was quoted as saying in a statement from the ministry.")])
    assert q.verdict == NOT_FOUND


def test_without_a_document_named_the_person_rule_stands():
    q = verdict([official("CN"), news(f"{QUOTED} Lorne told reporters in the capital.")])
    assert q.verdict == NOT_FOUND


def test_words_sourced_to_a_post_keep_the_person_rule():
    q = verdict([official("CN"), news(f"{QUOTED} Lorne wrote on Twitter, citing the statement.")])
    assert q.verdict == NOT_FOUND


def test_a_quotation_sharing_only_stock_words_stays_not_found():
    """A slogan both sides' texts hold ("comprehensive strategic partnership") and a few common words tie a
    first-person quotation to no passage, whatever the outlet says its source is."""
    other = official("ZA", "The President reaffirmed the comprehensive strategic partnership between the two "
                           "countries.", "presidency")
    text = ('"We will never allow anyone to undermine our comprehensive strategic partnership with the partners of the '
            'north," Lorne was quoted as saying in a statement from the ministry.')
    assert verdict([official("CN"), other, news(text)]).verdict == NOT_FOUND


def test_sourced_to_document_reads_the_quotations_sentence_only():
    text = 'He spoke. "We agree," he was quoted as saying in the statement. "We differ," he added.'
    ends = [10, 63, len(text)]
    first = text.index('"We agree')
    second = text.index('"We differ')
    assert sourced_to_document(text, ends, first, first + 11)
    assert not sourced_to_document(text, ends, second, second + 12)
