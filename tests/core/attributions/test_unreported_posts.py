"""A leader's words a text retells from that leader's own post about the call, or as a named publication quoted them,
are no report "in no readout"."""

import pytest

from tests.builders import WARSHIPS as BERG_WARNED
from tests.builders import unreported_texts

WARSHIPS = BERG_WARNED + ".\n"


@pytest.mark.parametrize("posted", ["Berg told of the call with Sol in his Telegram channel on Monday evening.",
                                    "Source: President Berg on social media"])
def test_a_leaders_words_retold_from_his_own_post_are_no_report_in_no_readout(tmp_path, posted):
    assert unreported_texts(tmp_path, posted + "\n\n" + WARSHIPS) == []


def test_a_leaders_words_as_quoted_by_a_named_publication_are_no_report_in_no_readout(tmp_path):
    relayed = WARSHIPS.replace(".\n", ", as quoted by the Nordic news agency.\n")
    assert unreported_texts(tmp_path, relayed) == []


def test_another_leaders_post_is_no_source_of_his_words(tmp_path):
    # Sol's post said when the call would be; what Berg said on it is still in no readout
    [report] = unreported_texts(tmp_path, "President Sol announced on Facebook that she would speak with Berg on Monday."
                                     "\n\n" + WARSHIPS)
    assert report.startswith("President Berg warned that Norway would send three warships")


def test_a_leader_named_only_in_the_words_of_anothers_post_did_not_post_it(tmp_path):
    # Sol's post names Berg in its quoted words; Berg posted nothing, and his words on the call are still in no readout
    [report] = unreported_texts(tmp_path, '"I had a long and useful call with President Berg," Sol said on Twitter.'
                                     "\n\n" + WARSHIPS)
    assert report.startswith("President Berg warned that Norway would send three warships")


def test_a_bare_office_or_a_function_word_ties_no_post_to_a_leader():
    from readout_viewer.core.attributions.cited import Source
    from readout_viewer.core.attributions.parties import voices

    def source(name, leader=True):
        return Source(name, ("e/readout",), leader=leader)
    table = [source("joe biden"), source("president"), source("had"), source("us president"), source("kremlin", False)]
    assert voices(table) == {"e/readout": ["joe biden", "us president"]}


@pytest.mark.parametrize("channel", ["on the Telegram channel", "on his Telegram channel"])
def test_a_leaders_words_on_the_channel_named_with_an_article_are_no_report_in_no_readout(tmp_path, channel):
    assert unreported_texts(tmp_path, WARSHIPS.replace(".\n", f", he wrote {channel}.\n")) == []


def test_a_leaders_words_a_named_news_agency_reported_are_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, WARSHIPS.replace(".\n", ", Nordic News Agency reported.\n")) == []
    assert unreported_texts(tmp_path, WARSHIPS.replace(".\n", ", Baltic News reported.\n")) == []
