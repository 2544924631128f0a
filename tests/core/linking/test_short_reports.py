"""A leader's act told in two content words ("Berg said he backed the ferry") reports the one readout sentence
of that leader holding both, though it shares too few words with it for the gates (`short_reports.short_reports`)."""

from tests.builders import OUTLET, linked_starts, text_doc

READOUT = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
           "\"All parties should jointly back the ferry, whose signature would bring lasting calm to the "
           "fishing grounds, cheaper freight for the island towns and steady work for the harbour crews,\" Prime "
           "Minister Berg said.\n\n"
           "Prime Minister Sol said Sweden would back a joint study of the ferry timetables.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring.")


def _linked(news: str) -> set[tuple[str, str]]:
    return linked_starts(text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="N"))


def test_a_leaders_act_in_two_words_reports_the_one_sentence_of_that_leader_holding_them():
    assert ("Berg said he backed ", "\"All parties should ") in _linked("Berg said he backed the ferry.")


def test_an_act_in_one_word_is_not_linked_so():
    assert not any(a.startswith("Berg said he backed") for a, _ in _linked("Berg said he backed it."))


def test_another_leaders_act_is_not():
    assert not any(b.startswith("\"All parties should") for _, b in _linked("Sol said she backed the ferry."))
