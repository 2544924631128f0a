"""A source that did something and then said it ("echoed Modi's claims, stating that ..."): the participle opens what
the source said (cue_words.PARTICIPLES)."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_what_follows_the_participle_is_the_sources():
    docs = folder("Snow fell. The Kremlin welcomed the talks, stating that the President pledged no new missile "
                  "batteries near the northern border.")
    a = only(check(docs))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)
    assert docs[2].text[a.start:a.end].startswith("The Kremlin welcomed")



def test_a_text_put_out_suggesting_what_it_holds():
    a = only(check(folder("Snow fell. The Kremlin put out a short readout, suggesting that both sides agreed to keep "
                          "talking.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)


def test_a_statement_issued_indicating_what_it_holds():
    a = only(check(folder("Snow fell. The Kremlin issued a statement regarding the conversation as well, indicating "
                          "that both sides agreed to keep talking.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)


def test_a_thing_added_is_no_words_said():
    # a deed that is no stance taken (round 29 reads "congratulated" as one: cue_words.STANCE_VERBS)
    docs = folder("Snow fell. The Kremlin sent the Chancellor birthday wishes, adding a personal touch to the "
                  "conversation.")
    assert [a for a in check(docs) if a.doc == "news"] == []


def test_words_said_after_saying_a():
    a = only(check(folder("Snow fell. The Kremlin welcomed the talks, saying a new grain corridor was discussed.")))
    assert (a.cited, a.cited_as) == ("ru", "The Kremlin")
